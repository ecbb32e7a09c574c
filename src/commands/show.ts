// `downtime show ID`: everything about one incident — fields, source, timeline, corrections,
// evaluation, actions, linked drill and notices.
import type { CommandModule } from 'yargs';
import { commandDescription } from './help-text.js';
import { withProfileOption } from './options.js';
import { parseId } from '../records/at.js';
import { readSession, requireIncident } from '../records/session.js';
import { incidentJson } from './list.js';
import { formatDuration } from '../format.js';
import { CATEGORY_LABELS } from '../classify/categories.js';
import type { EvaluationRecord } from '../store/cycle.js';

interface ShowArgs {
  id: string;
  db?: string;
  profile: string;
  json: boolean;
}

/** The evaluation in a few lines: when and by whom, the answers a reader looks for, what to print. */
function evaluationLines(e: EvaluationRecord | null, id: number, units: number): string[] {
  if (!e) return [`Evaluasi: belum ada (isi dengan: downtime evaluate ${id} --file eval.yaml)`];
  const yn = (b: boolean | null) => (b == null ? '–' : b ? 'ya' : 'tidak');
  return [
    `Evaluasi: ada (${e.createdAt}${e.by ? `, oleh ${e.by}` : ''}); formulir: downtime form ${id}`,
    `  Prosedur manual dipakai  ${yn(e.fallbackUsed)}`,
    `  Unit terdampak           ${e.unitsAffected ?? '–'} dari ${units}`,
    `  Rekonsiliasi entri ulang ${e.reconciled == null ? '–' : e.reconciled ? 'selisih 0 di semua formulir' : 'BELUM selisih 0'}`,
    `  Akar masalah             ${e.rootCause ?? '–'}`,
  ];
}

const TYPE_LABELS: Record<string, string> = { informed: 'unit diberi tahu', estimate: 'perkiraan', decision: 'keputusan', recovered: 'pulih', other: 'catatan' };

export const showCommand: CommandModule<object, ShowArgs> = {
  command: 'show <id>',
  describe: commandDescription('show'),
  builder: (y) =>
    withProfileOption(y)
      .positional('id', { type: 'string', demandOption: true, describe: 'Nomor insiden' })
      .option('json', { type: 'boolean', default: false, describe: 'Keluaran JSON di stdout' })
      .example('$0 show 12', 'Insiden 12 dengan linimasa dan jejak koreksinya') as never,
  handler: (argv) => {
    const id = parseId(argv.id);
    let unitCount = 0;
    const data = readSession(argv, ({ store, profile }) => {
      unitCount = profile.units.length;
      const inc = requireIncident(store, id);
      const batch = store.batchById(inc.batchId);
      return {
        incident: { ...incidentJson(inc), voided: !!inc.voided, voidReason: inc.voidReason ?? null },
        batch: batch ? { id: batch.id, file: batch.file, sourceKind: batch.sourceKind, importedAt: batch.importedAt } : null,
        timeline: store.cycle.events(id),
        corrections: store.cycle.corrections(id),
        evaluation: store.cycle.evaluation(id),
        actions: store.cycle.actions({ incidentId: id }),
        drill: store.cycle.drillOfIncident(id),
        notices: store.cycle.notices(id),
      };
    });
    if (argv.json) {
      process.stdout.write(`${JSON.stringify(data, null, 2)}\n`);
      return;
    }
    const i = data.incident;
    const lines: string[] = [
      `Insiden ${i.id}${i.voided ? `  [DIBATALKAN: ${i.voidReason}]` : ''}`,
      `  Kejadian     ${i.title}`,
      `  Jenis        ${i.kind === 'planned' ? 'Terencana' : 'Tidak terencana'} (${i.kindReason})`,
      `  Mulai        ${i.start}`,
      `  Selesai      ${i.end ?? (i.durationMinutes == null ? 'belum pulih' : '–')}`,
      `  Lama         ${formatDuration(i.durationMinutes)}`,
      `  Kategori     ${CATEGORY_LABELS[i.category].id} (${i.categoryReason}); lingkup ${i.scope}`,
      `  Penyebab     ${i.cause || '–'}`,
      `  Tindak lanjut ${i.followUp || '–'}`,
      `  Unit         ${i.unit ?? '–'}`,
      `  PIC          ${i.pic ?? '–'}`,
      `  Sumber       ${i.source.file}${i.source.sheet ? ` [${i.source.sheet}]` : ''} baris ${i.source.row}${data.batch ? ` (impor #${data.batch.id}, ${data.batch.sourceKind})` : ''}`,
      '',
      `Linimasa (${data.timeline.length})`,
      ...data.timeline.map((e) => `  ${e.at}  ${TYPE_LABELS[e.type]}${e.estimateMinutes != null ? ` ${e.estimateMinutes} menit` : ''}: ${e.text}${e.recordedBy ? ` — ${e.recordedBy}` : ''}`),
      '',
      `Koreksi (${data.corrections.length})`,
      ...data.corrections.map((c) =>
        c.field === 'evaluation'
          ? `  #${c.id} ${c.at}  evaluasi direvisi (versi lama utuh di show ${i.id} --json) oleh ${c.by}; alasan: ${c.reason}`
          : `  #${c.id} ${c.at}  ${c.field}: "${c.oldValue ?? ''}" → "${c.newValue ?? ''}" oleh ${c.by}; alasan: ${c.reason}`,
      ),
      '',
      ...evaluationLines(data.evaluation, i.id, unitCount),
      `Tindak lanjut (${data.actions.length})`,
      ...data.actions.map((a) => `  #${a.id} [${a.status === 'done' ? 'selesai' : 'terbuka'}] ${a.action} — ${a.pic}, target ${a.due}${a.evidence ? `; bukti: ${a.evidence}` : ''}`),
      `Simulasi: ${data.drill ? `#${data.drill.id} tanggal ${data.drill.date}, prosedur ${data.drill.procedure}` : '–'}`,
      `Pemberitahuan: ${data.notices.length ? data.notices.map((n) => `#${n.id} ${n.number ?? '(nomor menyusul)'} tanggal ${n.noticeDate}`).join('; ') : '–'}`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  },
};
