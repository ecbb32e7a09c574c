// The readiness check as a pure function, on hand-built records: the edges the CLI tests do not
// reach (the 12-month window, 29 February, a drill's own incident, the SOP checks).
import { describe, expect, it } from 'vitest';
import { addYears, readiness, type ReadinessInput, type SopFacts } from '../../src/pack/readiness.js';
import { firstSentence } from '../../src/pack/register.js';
import type { PeriodRecords } from '../../src/pack/records.js';
import type { Incident, Period } from '../../src/types.js';

const period: Period = { fromMs: 0, toMs: 1, from: '2024-01-01', to: '2024-12-31', label: '2024', granularity: 'year' };
const incident = (id: number, kind: Incident['kind']): Incident =>
  ({ id, kind, title: `Kejadian ${id}`, start: '2024-03-01T08:00:00+07:00' }) as Incident;
const empty: PeriodRecords = { incidents: [], attestedMonths: [], evaluations: [], drills: [], allDrillDates: ['2024-06-01'], trainings: [], allTrainingDates: ['2024-02-01'], notices: [], actions: [] };
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

describe('firstSentence', () => {
  it('keeps the first sentence of a root cause, cut at a word when long', () => {
    expect(firstSentence('UPS tidak menahan beban. Server mati.')).toBe('UPS tidak menahan beban.');
    expect(firstSentence('Tanpa titik')).toBe('Tanpa titik');
    const long = firstSentence(`${'kata '.repeat(60)}akhir.`);
    expect(long.length).toBeLessThanOrEqual(202);
    expect(long.endsWith(' …')).toBe(true);
  });
});
