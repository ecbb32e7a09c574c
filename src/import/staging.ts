// The import plan's incidents, kept in a private temporary SQLite file rather than in memory: a
// 100,000-row log then plans in constant memory, the store is untouched until apply, and apply is
// one INSERT … SELECT inside SQLite (see Store.applyStaged), which holds the store's write lock
// only for the copy. (Inserting each row straight into the store inside one long write transaction,
// rolled back on refusal, measured slower — 0.90 against 0.81 s CPU for 100,000 rows, staging and
// copy included: row-by-row inserts into the indexed table cost more than the native copy — and it
// would lock readers out for the whole import once SQLite's page cache spills.)
import Database from 'better-sqlite3';
import { READER } from '../wording/reader.js';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ExitCode, UserError } from '../errors.js';
import { CONTENT_COLUMN_LIST, CONTENT_COLUMN_NAMES, STAGED_CONTENT, STAGED_TABLE, decodeNewIncident, type ContentRow, type NewIncident } from '../store/incident-row.js';
import type { StagedRows, StagedSpan, Store } from '../store/store.js';

/** Staging folders are `downtime-import-<pid>-XXXXXX`: the pid tells a stale one from a running one. */
const PREFIX = 'downtime-import-';

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes staging folders that a killed import left in `root` (its process is gone). Folders of
 * older releases carry no pid and are removed once a day old. Best effort: never fails an import.
 */
export function removeStaleStaging(root = tmpdir()): string[] {
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(root);
  } catch {
    return removed;
  }
  for (const name of names) {
    if (!name.startsWith(PREFIX)) continue;
    const dir = join(root, name);
    const pid = /^downtime-import-(\d+)-/.exec(name)?.[1];
    try {
      const stale = pid ? Number(pid) !== process.pid && !processAlive(Number(pid)) : Date.now() - statSync(dir).mtimeMs > 86_400_000;
      if (!stale) continue;
      rmSync(dir, { recursive: true, force: true });
      removed.push(dir);
    } catch {
      // another import removed it first, or it is not ours to remove
    }
  }
  return removed;
}

/** A failure to write the staging file is about TMPDIR, not the input or the store: say so. */
function tmpdirError(err: unknown): unknown {
  if (err instanceof UserError) return err;
  const code = String((err as { code?: unknown })?.code ?? '');
  const full = code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT';
  const known = full || /^(E[A-Z]+|SQLITE_(CANTOPEN|IOERR|READONLY).*)$/.test(code);
  if (!known) return err;
  const dir = tmpdir();
  return new UserError(
    READER().staging.tmpdir(dir, full, (err as Error).message, process.env.TMPDIR),
    { exitCode: ExitCode.io },
  );
}

/**
 * The staged rows' identities, as two 32-bit hashes → seq of the first row staged with it, in an
 * open-addressing table in one typed array: 12 bytes a slot, so 300,000 rows take 6 MB. It replaced an
 * index on the staging file, whose random-key inserts and lookups cost a quarter of the staging
 * time. A hit is confirmed against the row's identity in the file (hashes can collide); a miss
 * is certain.
 */
export type IdentityHash = (identity: string) => [number, number];

/** FNV-1a twice, with different primes: 64 bits in all. */
export function identityHash(s: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return [a | 0, (b ^ (b >>> 15)) | 0];
}

export class IdentitySet {
  constructor(private readonly hashes: IdentityHash = identityHash) {}
  /**
   * Slot k is table[3k] and table[3k + 1] (the two hashes) and table[3k + 2], seq + 1 of the first
   * row staged with them (0 = empty slot): one array, so a lookup in a table too big for the CPU
   * caches touches one place, not one in each of three arrays.
   */
  private table = new Int32Array(3 << 12);
  private size = 0;
  // The planner asks first() and then add() for the same row: hash it once.
  private lastIdentity: string | null = null;
  private lastHashes: [number, number] = [0, 0];

  private hashOf(identity: string): [number, number] {
    if (identity !== this.lastIdentity) {
      this.lastHashes = this.hashes(identity);
      this.lastIdentity = identity;
    }
    return this.lastHashes;
  }

  /** Index in `table` of the slot holding these hashes, or of the empty slot where they go. */
  private slot(h: number, l: number): number {
    const t = this.table;
    const mask = t.length / 3 - 1;
    let i = (h ^ Math.imul(l, 0x9e3779b1)) & mask;
    while (t[3 * i + 2] !== 0 && (t[3 * i] !== h || t[3 * i + 1] !== l)) i = (i + 1) & mask;
    return 3 * i;
  }

  /** seq of the first row staged with these hashes, or null. */
  first(identity: string): number | null {
    const [h, l] = this.hashOf(identity);
    const s = this.table[this.slot(h, l) + 2]!;
    return s === 0 ? null : s - 1;
  }

  /** Records `seq` unless a row with the same hashes came first. */
  add(identity: string, seq: number): void {
    const [h, l] = this.hashOf(identity);
    const i = this.slot(h, l);
    const t = this.table;
    if (t[i + 2] !== 0) return;
    t[i] = h;
    t[i + 1] = l;
    t[i + 2] = seq + 1;
    if (++this.size * 2 > t.length / 3) this.grow();
  }

  private grow(): void {
    const old = this.table;
    this.table = new Int32Array(old.length * 2);
    for (let k = 0; k < old.length; k += 3) {
      if (old[k + 2] === 0) continue;
      const i = this.slot(old[k]!, old[k + 1]!);
      this.table[i] = old[k]!;
      this.table[i + 1] = old[k + 1]!;
      this.table[i + 2] = old[k + 2]!;
    }
  }
}

type Planned = { batch: number; file: string; sheet: string | null; row: number };

/** True when the object has no own enumerable key (extra is '{}' for most rows). */
function isEmpty(o: object): boolean {
  for (const _ in o) return false;
  return true;
}

export class Staging implements StagedRows {
  private readonly dir: string;
  /** The staging file, for Store.applyStaged to attach. */
  readonly path: string;
  private readonly db: Database.Database;
  private readonly insert: Database.Statement<unknown[]>;
  /** Each batch's rows as seq ranges, in staging order (plan.ts stages a file's rows in one run). */
  private readonly ranges: (StagedSpan & { batch: number })[] = [];
  // The first planned row of each identity, so a row repeated by a later file of the same import is
  // reported like one already stored. Hashes in memory (12 bytes a row), the row itself on disk.
  private readonly identities: IdentitySet;
  private readonly bySeq: Database.Statement<[number], { identity: string; file: string | null; sheet: string | null; row: number }>;
  /** Only after a hash collision: the file scanned for the identity (no index is kept). */
  private readonly byIdentity: Database.Statement<[string], { seq: number; file: string | null; sheet: string | null; row: number }>;
  private nextSeq = 1;
  private open = true;

  /** `hash` is for tests (a colliding one); imports use identityHash. */
  constructor(opts: { hash?: IdentityHash } = {}) {
    this.identities = new IdentitySet(opts.hash);
    removeStaleStaging();
    try {
      this.dir = mkdtempSync(join(tmpdir(), `${PREFIX}${process.pid}-`));
    } catch (err) {
      throw tmpdirError(err);
    }
    this.path = join(this.dir, 'staging.sqlite');
    try {
      this.db = new Database(this.path);
    } catch (err) {
      rmSync(this.dir, { recursive: true, force: true });
      throw tmpdirError(err);
    }
    try {
      // 64 KiB pages: the file is written once, in seq order, and read back in ranges; measured
      // 0.38 → 0.30 s to stage 100,000 rows against SQLite's 4 KiB.
      this.db.pragma('page_size = 65536');
      // Rows are appended and read back in order: a small page cache does (better-sqlite3's default
      // is 16 MB, memory an import needs elsewhere).
      this.db.pragma('cache_size = -2048');
      this.db.pragma('journal_mode = OFF');
      this.db.pragma('synchronous = OFF');
      // The store's content columns under the store's names (see store/incident-row.ts), untyped:
      // values keep the type they were written with, and Store.applyStaged copies them as they are.
      // (Staging one JSON document per row measured slower, both ways.)
      this.db.exec(STAGED_TABLE);
      this.insert = this.db.prepare(`INSERT INTO staged (seq, ${CONTENT_COLUMN_LIST}) VALUES (?, ${CONTENT_COLUMN_NAMES.map(() => '?').join(', ')})`);
      const located = 'source_file AS file, source_sheet AS sheet, source_row AS row';
      this.bySeq = this.db.prepare(`SELECT identity, ${located} FROM staged WHERE seq = ?`);
      this.byIdentity = this.db.prepare(`SELECT seq, ${located} FROM staged WHERE identity = ? ORDER BY seq LIMIT 1`);
      this.db.exec('BEGIN');
    } catch (err) {
      this.close();
      throw tmpdirError(err);
    }
  }

  /** The seq ranges of one batch's staged rows (Store.applyStaged copies them). */
  spans(batch: number): StagedSpan[] {
    return this.ranges.filter((r) => r.batch === batch).map(({ first, last, file }) => ({ first, last, file }));
  }

  private rangeOf(seq: number): StagedSpan & { batch: number } {
    for (let k = this.ranges.length - 1; k >= 0; k--) if (this.ranges[k]!.first <= seq) return this.ranges[k]!;
    throw new Error(`seq ${seq} was not staged`);
  }

  private planned(seq: number, hit: { file: string | null; sheet: string | null; row: number }): Planned {
    const range = this.rangeOf(seq);
    return { batch: range.batch, file: hit.file ?? range.file, sheet: hit.sheet, row: hit.row };
  }

  /** Where this import first planned a row with this identity, if it did. */
  plannedAt(identity: string): Planned | undefined {
    const seq = this.identities.first(identity);
    if (seq == null) return undefined;
    const hit = this.bySeq.get(seq);
    if (hit && hit.identity === identity) return this.planned(seq, hit);
    const found = this.byIdentity.get(identity);
    return found ? this.planned(found.seq, found) : undefined;
  }

  /** Adds a planned incident. */
  stage(batch: number, i: NewIncident): void {
    try {
      const seq = this.nextSeq++;
      let range = this.ranges.at(-1);
      if (range?.batch !== batch) this.ranges.push((range = { batch, file: i.source.file, first: seq, last: seq }));
      // The values bound one by one, in STAGED_TABLE's column order (CONTENT_COLUMN_NAMES): no row
      // object, no array, no spread per row. Measured 0.46 → 0.38 s per 100,000 rows against
      // spreading Object.values(encodeRow(i)) with a batch column. tests/import/staging.test.ts
      // brings back an incident whose every field differs.
      this.insert.run(
        seq,
        i.identity,
        i.kind,
        i.kindReason,
        i.title,
        i.start,
        i.end,
        i.precision,
        i.startMs,
        i.endMs,
        i.untilMs,
        i.durationMinutes,
        i.cause,
        i.followUp,
        i.pic,
        i.unit,
        i.category,
        i.categoryReason,
        i.scope,
        i.source.file === range.file ? null : i.source.file,
        i.source.sheet,
        i.source.row,
        i.warnings.length ? JSON.stringify(i.warnings) : null,
        isEmpty(i.extra) ? null : JSON.stringify(i.extra),
      );
      range.last = seq;
      this.identities.add(i.identity, seq);
    } catch (err) {
      throw tmpdirError(err);
    }
  }

  /** Ends the writing phase; reading back may begin. */
  seal(): void {
    try {
      if (this.db.inTransaction) this.db.exec('COMMIT');
    } catch (err) {
      throw tmpdirError(err);
    }
  }

  /** The planned incidents of one batch, in file order, read lazily from disk (dry-run output). */
  *incidents(batch: number): IterableIterator<NewIncident> {
    const read = this.db.prepare<[string, number, number], ContentRow>(`SELECT ${STAGED_CONTENT} FROM staged WHERE seq BETWEEN ? AND ? ORDER BY seq`);
    for (const { file, first, last } of this.spans(batch)) {
      for (const r of read.iterate(file, first, last)) yield decodeNewIncident(r);
    }
  }

  close(): void {
    if (this.open) this.db?.close();
    this.open = false;
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/**
 * Stores `incidents` as one batch of `file` the way an import does (staged, then Store.applyStaged)
 * without reading a file: for stores built by benchmarks and tests, which then are real stores.
 * The batch's SHA-256 is zeros: it names no file's content.
 */
export function stageIncidents(store: Pick<Store, 'applyStaged'>, file: string, sourceKind: string, incidents: Iterable<NewIncident>): number {
  const staging = new Staging();
  try {
    let rows = 0;
    for (const inc of incidents) {
      staging.stage(0, inc);
      rows++;
    }
    staging.seal();
    const batch = { file, sha256: '0'.repeat(64), selector: '', importedAt: '2026-01-01T00:00:00Z', sourceKind, rowsRead: rows, duplicates: 0, skipped: 0, warnings: 0, mapping: null };
    store.applyStaged(staging, [{ batch, staged: 0 }]);
    return rows;
  } finally {
    staging.close();
  }
}
