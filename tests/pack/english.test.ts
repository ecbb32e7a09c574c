// The pack in English: its findings and register are worded in the pack's own language (an
// explicit lang, whatever the process language), and a broken stored row is named in the process language.
import { afterEach, describe, expect, it } from 'vitest';
import { readiness, type SopFacts } from '../../src/pack/readiness.js';
import { revisionLine } from '../../src/pack/index-doc.js';
import { registerRows } from '../../src/pack/register.js';
import { trainingInput, type PeriodRecords } from '../../src/pack/records.js';
import type { ActionRecord } from '../../src/store/cycle.js';
import type { Incident, Period } from '../../src/types.js';
import { setLanguage } from '../../src/wording/lang.js';

const period: Period = { fromMs: 0, toMs: 1, from: '2024-01-01', to: '2024-12-31', label: '2024', granularity: 'year' };
const incident = { id: 4, kind: 'unplanned', title: 'Server down', start: '2024-03-01T08:00:00+07:00' } as Incident;
const action: ActionRecord = { id: 7, sourceKind: 'evaluation', sourceId: 1, incidentId: 4, action: 'Replace the UPS battery', pic: 'IPSRS', due: '2024-12-20', status: 'open', evidence: null, doneAt: null };
const records: PeriodRecords = {
  incidents: [incident],
  attestedMonths: [],
  evaluations: [],
  drills: [],
  allDrillDates: [],
  trainings: [],
  allTrainingDates: ['2024-02-01'],
  notices: [],
  actions: [action],
  allActions: [action],
  evaluatedIncidents: [],
};
const sop: SopFacts = { source: 'a.yaml', title: 'SOP A', number: '1/SPO', revision: '02', issuedOn: '2024-01-05', history: [{ revision: '01', date: '2024-01-05', change: 'x' }], lintErrors: [], file: 'a.pdf' };

afterEach(() => setLanguage('id'));

describe('the pack in English', () => {
  it('words each readiness finding in the pack language', () => {
    const findings = readiness({ period, records, monthsWithoutData: ['2024-03'], sops: [sop], today: '2025-01-10', lang: 'en' });
    expect(findings.map((f) => f.message)).toEqual([
      'March 2024: no data — no incident recorded and no attestation (downtime attest --month 2024-03 --none if there really was no downtime)',
      'Incident 4 (2024-03-01, "Server down") is unplanned and has no evaluation',
      'Action 7 (evaluation of incident 4) "Replace the UPS battery", PIC IPSRS: overdue since 20 December 2024',
      'No drill in the 12 months up to 31 December 2024',
      'SOP SOP A (1/SPO): the revision history lacks the current revision 02',
    ]);
    // The pack's language is its own option: an English process does not change an Indonesian pack.
    setLanguage('en');
    const id = readiness({ period, records, monthsWithoutData: [], sops: [], today: '2025-01-10', lang: 'id' });
    expect(id[0]!.message).toBe('Insiden 4 (2024-03-01, "Server down") tidak terencana dan belum dievaluasi');
  });

  it('words the SOP revision checks and the index line in the pack language', () => {
    const done = { ...action, status: 'done' as const, action: 'Revise the take-over SOP' };
    const cited: SopFacts = { ...sop, revision: '01', history: [{ revision: '01', date: '2024-01-05', change: 'x', cause: { incident: 9, actions: [8] } }] };
    const findings = readiness({ period, records: { ...records, actions: [done], allActions: [done] }, monthsWithoutData: [], sops: [cited], today: '2025-01-10', lang: 'en' });
    expect(findings.filter((f) => f.code.startsWith('sop-revision')).map((f) => f.message)).toEqual([
      'SOP SOP A (1/SPO) revision 01 names the evaluation of incident #9 as its cause, but incident 9 has no evaluation (downtime evaluate 9 --file …)',
      'SOP SOP A (1/SPO) revision 01 names action #8 as its cause, but there is no action #8 (see downtime actions)',
      'Action #7 (evaluation of incident 4) "Revise the take-over SOP" is done and revises an SOP, but no SOP revision history names it (write cause: { action: 7 } on that revision in document.history)',
    ]);
    const line = revisionLine(
      { sop: 'Take-over', file: '13.1a-regulasi-spo/a.pdf', revision: '01', date: '2024-01-05', change: 'Contacts updated', cause: { incident: 4, actions: [7, 8] }, evidence: ['13.1c-evaluasi-laporan/formulir-evaluasi-4.pdf'] },
      [{ file: '13.1c-evaluasi-laporan/formulir-evaluasi-4.pdf', element: 'mrmik-13.1c', title: 't', pages: 2, sha256: '', bytes: 0, combinedFrom: 12 }],
      'en',
    );
    expect(line).toBe(
      'SOP Take-over revision 01 (5 January 2024) after the evaluation of incident #4, actions #7 and #8: Contacts updated — see 13.1c-evaluasi-laporan/formulir-evaluasi-4.pdf (p. 12 of the combined file); revision history in 13.1a-regulasi-spo/a.pdf',
    );
  });

  it('words the register rows in the pack language', () => {
    const [row] = registerRows(records, '2025-01-10', 'en');
    expect(row).toMatchObject({ source: 'Incident 4 (evaluation)', status: 'overdue' });
  });

  it('names a broken stored row in the process language', () => {
    setLanguage('en');
    expect(() => trainingInput({ id: 3, date: '2024-02-01', topic: 't', document: { topic: 't' }, createdAt: '' })).toThrow(
      /^Training record is not valid: training #3 in the database\n  date: /,
    );
  });
});
