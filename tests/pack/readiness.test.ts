// The readiness check as a pure function, on hand-built records: the edges the CLI tests do not
// reach (the 12-month window, 29 February, a drill's own incident, the SOP checks).
import { describe, expect, it } from 'vitest';
import { addYears, readiness, type ReadinessInput, type SopFacts } from '../../src/pack/readiness.js';
import { firstSentence } from '../../src/pack/register.js';
import type { PeriodRecords } from '../../src/pack/records.js';
import type { ActionRecord } from '../../src/store/cycle.js';
import type { Incident, Period } from '../../src/types.js';

const period: Period = { fromMs: 0, toMs: 1, from: '2024-01-01', to: '2024-12-31', label: '2024', granularity: 'year' };
const incident = (id: number, kind: Incident['kind']): Incident =>
  ({ id, kind, title: `Kejadian ${id}`, start: '2024-03-01T08:00:00+07:00' }) as Incident;
const empty: PeriodRecords = { incidents: [], attestedMonths: [], evaluations: [], drills: [], allDrillDates: ['2024-06-01'], trainings: [], allTrainingDates: ['2024-02-01'], notices: [], actions: [], allActions: [], evaluatedIncidents: [] };
const sop: SopFacts = { source: 'a.yaml', title: 'SPO A', number: '1/SPO', revision: '01', issuedOn: '2022-11-25', history: [{ revision: '01', date: '2022-11-25', change: 'x' }], lintErrors: [], file: 'a.pdf' };
const run = (over: Partial<ReadinessInput> = {}) => readiness({ period, records: empty, monthsWithoutData: [], sops: [sop], today: '2025-01-10', lang: 'id', ...over }).map((f) => f.code);

describe('readiness', () => {
  it('finds nothing when every record is there', () => expect(run()).toEqual([]));

  it('counts a drill and a training only within the 12 months up to the period end', () => {
    expect(run({ records: { ...empty, allDrillDates: ['2023-12-31'], allTrainingDates: ['2024-12-31'] } })).toEqual(['no-drill-12-months']);
    expect(run({ records: { ...empty, allDrillDates: ['2025-01-05'] } })).toEqual(['no-drill-12-months']);
    // A period not over yet counts back from today.
    expect(run({ today: '2024-05-01', records: { ...empty, allDrillDates: ['2023-06-01'] } })).toEqual([]);
  });

  it('asks an evaluation of unplanned incidents only, and not of the planned incident a drill was recorded as', () => {
    const drillRecord = { record: { id: 1, date: '2024-06-01', procedure: 'drill', document: {}, incidentId: 2, createdAt: '' }, actions: [] };
    expect(run({ records: { ...empty, incidents: [incident(1, 'unplanned'), incident(2, 'unplanned'), incident(3, 'planned')], drills: [drillRecord] } })).toEqual(['unplanned-without-evaluation']);
  });

  it('tells open from overdue actions against today, and skips done ones', () => {
    const a = (id: number, due: string, status: 'open' | 'done') => ({ id, sourceKind: 'evaluation' as const, sourceId: 1, incidentId: 1, action: 'x', pic: 'p', due, status, evidence: null, doneAt: null });
    expect(run({ records: { ...empty, actions: [a(1, '2025-01-09', 'open'), a(2, '2025-01-10', 'open'), a(3, '2020-01-01', 'done')] } })).toEqual(['overdue-action', 'open-action']);
  });

  it('finds an SOP due for review three years after issue, on the day', () => {
    expect(run({ today: '2025-11-24' })).toEqual([]);
    expect(run({ today: '2025-11-25' })).toEqual(['sop-review-due']);
    expect(addYears('2024-02-29', 3)).toBe('2027-02-28');
  });

  it('finds a history without the current revision, and lint errors', () => {
    expect(run({ sops: [{ ...sop, revision: '02', lintErrors: ['GALAT same-address hosts: …'] }] })).toEqual(['sop-history-lacks-revision', 'sop-lint-error']);
  });
});

describe('readiness: the SOP revision an evaluation caused', () => {
  const action = (id: number, over: Partial<ActionRecord> = {}): ActionRecord => ({ id, sourceKind: 'evaluation', sourceId: 1, incidentId: 6, action: 'Revisi SPO take over', pic: 'p', due: '2024-12-01', status: 'done', evidence: 'SPO revisi 02', doneAt: null, ...over });
  const citing = (cause: SopFacts['history'][number]['cause']): SopFacts => ({ ...sop, revision: '02', history: [...sop.history, { revision: '02', date: '2024-12-05', change: 'y', cause }] });
  const check = (sops: SopFacts[], actions: ActionRecord[], evaluatedIncidents = [6]) =>
    readiness({ period, records: { ...empty, actions: actions.filter((a) => a.status === 'done'), allActions: actions, evaluatedIncidents }, monthsWithoutData: [], sops, today: '2025-01-10', lang: 'id' }).map((f) => `${f.code}: ${f.message}`);

  it('accepts a revision citing an evaluated incident and its done action', () => {
    expect(check([citing({ incident: 6, actions: [3] })], [action(3)])).toEqual([]);
  });

  it('finds a cause that names an incident without evaluation, a missing action, an open one, or one of another source', () => {
    expect(check([citing({ incident: 5, actions: [] })], [])).toEqual([
      'sop-revision-cause-invalid: SPO SPO A (1/SPO) revisi 02 menyebut evaluasi insiden #5 sebagai penyebabnya, tetapi insiden 5 belum dievaluasi (downtime evaluate 5 --file …)',
    ]);
    expect(check([citing({ incident: null, actions: [9] })], [])).toEqual([
      'sop-revision-cause-invalid: SPO SPO A (1/SPO) revisi 02 menyebut tindak lanjut #9 sebagai penyebabnya, tetapi tindak lanjut #9 tidak ada (lihat downtime actions)',
    ]);
    expect(check([citing({ incident: null, actions: [3] })], [action(3, { status: 'open', action: 'Uji beban UPS' })])).toEqual([
      'sop-revision-cause-invalid: SPO SPO A (1/SPO) revisi 02 menyebut tindak lanjut #3 "Uji beban UPS", tetapi tindak lanjut itu belum selesai (downtime action done 3 --evidence "SPO revisi 02")',
    ]);
    expect(check([citing({ incident: 6, actions: [4] })], [action(4, { sourceKind: 'drill', incidentId: null })])).toEqual([
      'sop-revision-cause-invalid: SPO SPO A (1/SPO) revisi 02 menyebut tindak lanjut #4 dari evaluasi insiden #6, tetapi tindak lanjut #4 berasal dari simulasi',
    ]);
  });

  it('finds a done action of the period that revises an SOP and that no revision cites, in any SOP', () => {
    const other: SopFacts = { ...citing({ incident: null, actions: [3] }), source: 'b.yaml', title: 'SPO B' };
    expect(check([sop], [action(3), action(4, { action: 'Ganti baterai UPS' }), action(5, { status: 'open' })])).toEqual([
      'sop-revision-not-cited: Tindak lanjut #3 (evaluasi insiden 6) "Revisi SPO take over" selesai dan merevisi SPO, tetapi riwayat revisi SPO tidak menyebutnya (tulis cause: { action: 3 } pada revisi itu di document.history)',
    ]);
    expect(check([sop, other], [action(3)])).toEqual([]);
  });
});

describe('firstSentence', () => {
  it('keeps the first sentence of a root cause, cut at a word when long', () => {
    expect(firstSentence('UPS tidak menahan beban. Server mati.')).toBe('UPS tidak menahan beban.');
    expect(firstSentence('Tanpa titik')).toBe('Tanpa titik');
    const long = firstSentence(`${'kata '.repeat(60)}akhir.`);
    expect(long.length).toBeLessThanOrEqual(202);
    expect(long.endsWith(' …')).toBe(true);
  });
});
