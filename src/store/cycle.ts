// The records of the downtime cycle (schema v4): timeline, corrections, attestations, evaluations,
// actions, drills, trainings and notices. Each table's row layout (column ↔ field) is written once,
// here, as a `…Row` interface and a `to…` function; Store (store.ts) exposes them as methods.
import type Database from 'better-sqlite3';

export const EVENT_TYPES = ['informed', 'estimate', 'decision', 'recovered', 'other'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export interface IncidentEvent {
  id: number;
  incidentId: number;
  /** ISO with the hospital's offset. */
  at: string;
  atMs: number;
  type: EventType;
  text: string;
  /** For 'estimate': minutes from the start until the promised recovery. */
  estimateMinutes: number | null;
  recordedAt: string;
  recordedBy: string | null;
}
export type NewEvent = Omit<IncidentEvent, 'id'>;

interface EventRow {
  id: number;
  incident_id: number;
  at: string;
  at_ms: number;
  type: EventType;
  text: string;
  estimate_minutes: number | null;
  recorded_at: string;
  recorded_by: string | null;
}
const toEvent = (r: EventRow): IncidentEvent => ({
  id: r.id,
  incidentId: r.incident_id,
  at: r.at,
  atMs: r.at_ms,
  type: r.type,
  text: r.text,
  estimateMinutes: r.estimate_minutes,
  recordedAt: r.recorded_at,
  recordedBy: r.recorded_by,
});

/** Fields `edit` may change, by the names users type (and corrections store). */
export const EDITABLE_FIELDS = ['kind', 'category', 'scope', 'title', 'cause', 'followUp', 'unit', 'start', 'end', 'duration', 'pic', 'voided'] as const;
export type EditableField = (typeof EDITABLE_FIELDS)[number];
/**
 * What a correction changed: an incident field, or 'evaluation' — a revised evaluation
 * (`evaluate --replace`), whose old value is the whole previous evaluation with its actions (JSON).
 */
export type CorrectionField = EditableField | 'evaluation';

export interface Correction {
  id: number;
  incidentId: number;
  /** The incident's row identity: how the correction finds its row again after `import --replace`. */
  identity: string;
  field: CorrectionField;
  oldValue: string | null;
  newValue: string | null;
  at: string;
  by: string;
  reason: string;
}
export type NewCorrection = Omit<Correction, 'id'>;

interface CorrectionRow {
  id: number;
  incident_id: number;
  identity: string;
  field: CorrectionField;
  old_value: string | null;
  new_value: string | null;
  at: string;
  by: string;
  reason: string;
}
const toCorrection = (r: CorrectionRow): Correction => ({
  id: r.id,
  incidentId: r.incident_id,
  identity: r.identity,
  field: r.field,
  oldValue: r.old_value,
  newValue: r.new_value,
  at: r.at,
  by: r.by,
  reason: r.reason,
});

export interface Attestation {
  month: string;
  none: true;
  by: string;
  at: string;
  note: string | null;
}
interface AttestationRow {
  month: string;
  none: number;
  by: string;
  at: string;
  note: string | null;
}
const toAttestation = (r: AttestationRow): Attestation => ({ month: r.month, none: true, by: r.by, at: r.at, note: r.note });

/** Summary columns of an evaluation, next to its whole document (JSON, as validated by its schema). */
export interface EvaluationRecord {
  id: number;
  incidentId: number;
  document: unknown;
  fallbackUsed: boolean | null;
  rootCause: string | null;
  unitsAffected: number | null;
  /** Every reconciliation difference is 0. */
  reconciled: boolean | null;
  createdAt: string;
  by: string | null;
}
export type NewEvaluation = Omit<EvaluationRecord, 'id'>;
interface EvaluationRow {
  id: number;
  incident_id: number;
  document: string;
  fallback_used: number | null;
  root_cause: string | null;
  units_affected: number | null;
  reconciled: number | null;
  created_at: string;
  by: string | null;
}
const bool = (v: number | null) => (v == null ? null : v === 1);
const int = (v: boolean | null) => (v == null ? null : v ? 1 : 0);
const toEvaluation = (r: EvaluationRow): EvaluationRecord => ({
  id: r.id,
  incidentId: r.incident_id,
  document: JSON.parse(r.document) as unknown,
  fallbackUsed: bool(r.fallback_used),
  rootCause: r.root_cause,
  unitsAffected: r.units_affected,
  reconciled: bool(r.reconciled),
  createdAt: r.created_at,
  by: r.by,
});

export interface ActionRecord {
  id: number;
  sourceKind: 'evaluation' | 'drill';
  sourceId: number;
  incidentId: number | null;
  action: string;
  pic: string;
  /** ISO date. */
  due: string;
  status: 'open' | 'done';
  evidence: string | null;
  doneAt: string | null;
}
export type NewAction = Omit<ActionRecord, 'id' | 'sourceId' | 'status' | 'evidence' | 'doneAt'> &
  Partial<Pick<ActionRecord, 'status' | 'evidence' | 'doneAt'>>;
interface ActionRow {
  id: number;
  source_kind: 'evaluation' | 'drill';
  source_id: number;
  incident_id: number | null;
  action: string;
  pic: string;
  due: string;
  status: 'open' | 'done';
  evidence: string | null;
  done_at: string | null;
}
const toAction = (r: ActionRow): ActionRecord => ({
  id: r.id,
  sourceKind: r.source_kind,
  sourceId: r.source_id,
  incidentId: r.incident_id,
  action: r.action,
  pic: r.pic,
  due: r.due,
  status: r.status,
  evidence: r.evidence,
  doneAt: r.done_at,
});

export interface DrillRecord {
  id: number;
  date: string;
  procedure: string;
  document: unknown;
  incidentId: number | null;
  createdAt: string;
}
interface DrillRow {
  id: number;
  date: string;
  procedure: string;
  document: string;
  incident_id: number | null;
  created_at: string;
}
const toDrill = (r: DrillRow): DrillRecord => ({
  id: r.id,
  date: r.date,
  procedure: r.procedure,
  document: JSON.parse(r.document) as unknown,
  incidentId: r.incident_id,
  createdAt: r.created_at,
});

export interface TrainingRecord {
  id: number;
  date: string;
  topic: string;
  document: unknown;
  createdAt: string;
}
interface TrainingRow {
  id: number;
  date: string;
  topic: string;
  document: string;
  created_at: string;
}
const toTraining = (r: TrainingRow): TrainingRecord => ({ id: r.id, date: r.date, topic: r.topic, document: JSON.parse(r.document) as unknown, createdAt: r.created_at });

export interface NoticeRecord {
  id: number;
  incidentId: number;
  /** Null: printed with a blank sequence, numbered after signing. */
  number: string | null;
  noticeDate: string;
  document: unknown;
  createdAt: string;
}
interface NoticeRow {
  id: number;
  incident_id: number;
  number: string | null;
  notice_date: string;
  document: string;
  created_at: string;
}
const toNotice = (r: NoticeRow): NoticeRecord => ({
  id: r.id,
  incidentId: r.incident_id,
  number: r.number,
  noticeDate: r.notice_date,
  document: JSON.parse(r.document) as unknown,
  createdAt: r.created_at,
});

/** The cycle's tables over one open database. Callers own the transaction. */
export class CycleRecords {
  constructor(private readonly db: Database.Database) {}

  addEvent(e: NewEvent): number {
    return Number(
      this.db
        .prepare(
          `INSERT INTO incident_events (incident_id, at, at_ms, type, text, estimate_minutes, recorded_at, recorded_by)
           VALUES (@incidentId, @at, @atMs, @type, @text, @estimateMinutes, @recordedAt, @recordedBy)`,
        )
        .run(e).lastInsertRowid,
    );
  }

  events(incidentId: number): IncidentEvent[] {
    return this.db.prepare<[number], EventRow>('SELECT * FROM incident_events WHERE incident_id = ? ORDER BY at_ms, id').all(incidentId).map(toEvent);
  }

  /** Timeline entries of many incidents at once (stats), grouped by incident. */
  eventsOf(incidentIds: readonly number[]): Map<number, IncidentEvent[]> {
    const out = new Map<number, IncidentEvent[]>();
    if (!incidentIds.length) return out;
    const rows = this.db
      .prepare<[string], EventRow>('SELECT * FROM incident_events WHERE incident_id IN (SELECT value FROM json_each(?)) ORDER BY incident_id, at_ms, id')
      .all(JSON.stringify(incidentIds));
    for (const r of rows) {
      const list = out.get(r.incident_id) ?? [];
      list.push(toEvent(r));
      out.set(r.incident_id, list);
    }
    return out;
  }

  addCorrection(c: NewCorrection): number {
    return Number(
      this.db
        .prepare(
          `INSERT INTO corrections (incident_id, identity, field, old_value, new_value, at, by, reason)
           VALUES (@incidentId, @identity, @field, @oldValue, @newValue, @at, @by, @reason)`,
        )
        .run(c).lastInsertRowid,
    );
  }

  corrections(incidentId: number): Correction[] {
    return this.db.prepare<[number], CorrectionRow>('SELECT * FROM corrections WHERE incident_id = ? ORDER BY id').all(incidentId).map(toCorrection);
  }

  /** Corrections of one import's incidents, oldest first. */
  batchCorrections(batchId: number): Correction[] {
    return this.db
      .prepare<[number], CorrectionRow>('SELECT * FROM corrections WHERE incident_id IN (SELECT id FROM incidents WHERE batch_id = ?) ORDER BY id')
      .all(batchId)
      .map(toCorrection);
  }

  /** Points corrections at the incident that now carries their row (after `import --replace`). */
  moveCorrection(id: number, incidentId: number): void {
    this.db.prepare('UPDATE corrections SET incident_id = ? WHERE id = ?').run(incidentId, id);
  }

  attest(a: Attestation): void {
    this.db.prepare('INSERT INTO attestations (month, none, by, at, note) VALUES (@month, 1, @by, @at, @note)').run(a);
  }

  attestation(month: string): Attestation | null {
    const r = this.db.prepare<[string], AttestationRow>('SELECT * FROM attestations WHERE month = ?').get(month);
    return r ? toAttestation(r) : null;
  }

  attestations(): Attestation[] {
    return this.db.prepare<[], AttestationRow>('SELECT * FROM attestations ORDER BY month').all().map(toAttestation);
  }

  insertEvaluation(e: NewEvaluation): number {
    return Number(
      this.db
        .prepare(
          `INSERT INTO evaluations (incident_id, document, fallback_used, root_cause, units_affected, reconciled, created_at, by)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(e.incidentId, JSON.stringify(e.document), int(e.fallbackUsed), e.rootCause, e.unitsAffected, int(e.reconciled), e.createdAt, e.by).lastInsertRowid,
    );
  }

  /** A revised evaluation (`evaluate --replace`) keeps its id, so its actions keep their source. */
  updateEvaluation(id: number, e: NewEvaluation): void {
    this.db
      .prepare('UPDATE evaluations SET document = ?, fallback_used = ?, root_cause = ?, units_affected = ?, reconciled = ?, created_at = ?, by = ? WHERE id = ?')
      .run(JSON.stringify(e.document), int(e.fallbackUsed), e.rootCause, e.unitsAffected, int(e.reconciled), e.createdAt, e.by, id);
  }

  /** Actions of one evaluation or drill, in register order. */
  actionsOf(sourceKind: ActionRecord['sourceKind'], sourceId: number): ActionRecord[] {
    return this.db.prepare<[string, number], ActionRow>('SELECT * FROM actions WHERE source_kind = ? AND source_id = ? ORDER BY id').all(sourceKind, sourceId).map(toAction);
  }

  /** Removes the open actions of one source (a revised evaluation); done ones are evidence and stay. */
  deleteOpenActions(sourceKind: ActionRecord['sourceKind'], sourceId: number): number {
    return this.db.prepare("DELETE FROM actions WHERE source_kind = ? AND source_id = ? AND status = 'open'").run(sourceKind, sourceId).changes;
  }

  /** The drill of one date and procedure, if recorded: the same drill file is not recorded twice. */
  drillOn(date: string, procedure: string): DrillRecord | null {
    const r = this.db.prepare<[string, string], DrillRow>('SELECT * FROM drills WHERE date = ? AND procedure = ? ORDER BY id LIMIT 1').get(date, procedure);
    return r ? toDrill(r) : null;
  }

  /** The training of one date and topic, if recorded. */
  trainingOn(date: string, topic: string): TrainingRecord | null {
    const r = this.db.prepare<[string, string], TrainingRow>('SELECT * FROM trainings WHERE date = ? AND topic = ? ORDER BY id LIMIT 1').get(date, topic);
    return r ? toTraining(r) : null;
  }

  evaluation(incidentId: number): EvaluationRecord | null {
    const r = this.db.prepare<[number], EvaluationRow>('SELECT * FROM evaluations WHERE incident_id = ?').get(incidentId);
    return r ? toEvaluation(r) : null;
  }

  evaluations(): EvaluationRecord[] {
    return this.db.prepare<[], EvaluationRow>('SELECT * FROM evaluations ORDER BY id').all().map(toEvaluation);
  }

  insertAction(sourceId: number, a: NewAction): number {
    return Number(
      this.db
        .prepare(
          `INSERT INTO actions (source_kind, source_id, incident_id, action, pic, due, status, evidence, done_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(a.sourceKind, sourceId, a.incidentId, a.action, a.pic, a.due, a.status ?? 'open', a.evidence ?? null, a.doneAt ?? null).lastInsertRowid,
    );
  }

  action(id: number): ActionRecord | null {
    const r = this.db.prepare<[number], ActionRow>('SELECT * FROM actions WHERE id = ?').get(id);
    return r ? toAction(r) : null;
  }

  actions(filter: { incidentId?: number; status?: 'open' | 'done' } = {}): ActionRecord[] {
    const rows = this.db.prepare<[], ActionRow>('SELECT * FROM actions ORDER BY due, id').all().map(toAction);
    return rows.filter((a) => (filter.incidentId == null || a.incidentId === filter.incidentId) && (filter.status == null || a.status === filter.status));
  }

  completeAction(id: number, evidence: string, doneAt: string): void {
    this.db.prepare("UPDATE actions SET status = 'done', evidence = ?, done_at = ? WHERE id = ?").run(evidence, doneAt, id);
  }

  insertDrill(d: Omit<DrillRecord, 'id'>): number {
    return Number(
      this.db
        .prepare('INSERT INTO drills (date, procedure, document, incident_id, created_at) VALUES (?, ?, ?, ?, ?)')
        .run(d.date, d.procedure, JSON.stringify(d.document), d.incidentId, d.createdAt).lastInsertRowid,
    );
  }

  drill(id: number): DrillRecord | null {
    const r = this.db.prepare<[number], DrillRow>('SELECT * FROM drills WHERE id = ?').get(id);
    return r ? toDrill(r) : null;
  }

  drillOfIncident(incidentId: number): DrillRecord | null {
    const r = this.db.prepare<[number], DrillRow>('SELECT * FROM drills WHERE incident_id = ? ORDER BY id LIMIT 1').get(incidentId);
    return r ? toDrill(r) : null;
  }

  drills(): DrillRecord[] {
    return this.db.prepare<[], DrillRow>('SELECT * FROM drills ORDER BY date, id').all().map(toDrill);
  }

  insertTraining(t: Omit<TrainingRecord, 'id'>): number {
    return Number(
      this.db.prepare('INSERT INTO trainings (date, topic, document, created_at) VALUES (?, ?, ?, ?)').run(t.date, t.topic, JSON.stringify(t.document), t.createdAt).lastInsertRowid,
    );
  }

  training(id: number): TrainingRecord | null {
    const r = this.db.prepare<[number], TrainingRow>('SELECT * FROM trainings WHERE id = ?').get(id);
    return r ? toTraining(r) : null;
  }

  trainings(): TrainingRecord[] {
    return this.db.prepare<[], TrainingRow>('SELECT * FROM trainings ORDER BY date, id').all().map(toTraining);
  }

  insertNotice(n: Omit<NoticeRecord, 'id'>): number {
    return Number(
      this.db
        .prepare('INSERT INTO notices (incident_id, number, notice_date, document, created_at) VALUES (?, ?, ?, ?, ?)')
        .run(n.incidentId, n.number, n.noticeDate, JSON.stringify(n.document), n.createdAt).lastInsertRowid,
    );
  }

  notices(incidentId?: number): NoticeRecord[] {
    const rows = incidentId == null
      ? this.db.prepare<[], NoticeRow>('SELECT * FROM notices ORDER BY id').all()
      : this.db.prepare<[number], NoticeRow>('SELECT * FROM notices WHERE incident_id = ? ORDER BY id').all(incidentId);
    return rows.map(toNotice);
  }
}
