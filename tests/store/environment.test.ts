// The environment failing under the store: a read-only store, a full disk (a real, private
// tmpfs where the machine allows, else a file-size limit), a full or unusable TMPDIR.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chmodSync, copyFileSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { CLI, fileHash, tempDir } from '../helpers/cli.js';
import { run, writeLog } from './helpers.js';

let dir: string;
let base: string;
let logB: string;
let before: string;

function listJson(db: string): string {
  const r = run(['list', '--db', db, '--json']);
  expect(r.stderr).toBe('');
  return r.stdout;
}

beforeAll(() => {
  dir = tempDir('downtime-store-env-');
  chmodSync(dir, 0o755);
  base = join(dir, 'base.sqlite');
  expect(run(['import', writeLog(join(dir, 'a.csv'), 1500, 'A'), '--db', base]).code).toBe(0);
  logB = writeLog(join(dir, 'b.csv'), 1500, 'B', 2010);
  before = listJson(base);
}, 60_000);

afterAll(() => {
  chmodSync(dir, 0o755);
  rmSync(dir, { recursive: true, force: true });
});

// As root chmod changes nothing, so the CLI then runs as `nobody`, for whom it does.
const asRoot = process.getuid?.() === 0;
const user = asRoot ? { uid: 65534, gid: 65534 } : {};

describe('a read-only store', () => {
  it('import says it cannot be written (not "invalid"); list still reads it', () => {
    const ro = join(dir, 'ro');
    mkdirSync(ro, { mode: 0o755 });
    const db = join(ro, 'store.sqlite');
    copyFileSync(base, db);
    chmodSync(db, 0o444);
    chmodSync(ro, 0o555);
    const hash = fileHash(db);
    const r = run(['import', logB, '--db', db], { TMPDIR: '/tmp' }, user);
    expect(r.stderr).toContain(`${db}: basis data tidak dapat ditulis`);
    expect(r.stderr).not.toMatch(/valid|Kesalahan internal/);
    expect(r.code).toBe(3);
    expect(fileHash(db)).toBe(hash);
    const list = run(['list', '--db', db, '--json'], {}, user);
    expect(list.code).toBe(0);
    expect(list.stdout).toBe(before);
  });

  it('with a hot journal it cannot roll back, says so and that the data is intact', () => {
    const ro = join(dir, 'ro-hot');
    mkdirSync(ro, { mode: 0o755 });
    const db = join(ro, 'store.sqlite');
    copyFileSync(base, db);
    const child = spawnSync(
      process.execPath,
      ['-e', "const D=require('better-sqlite3');const db=new D(process.argv[1]);db.pragma('cache_size=2');db.exec('BEGIN');" +
        "db.prepare(\"UPDATE incidents SET title = title || ' rusak'\").run();process.kill(process.pid,'SIGKILL')", db],
      { cwd: process.cwd() },
    );
    expect(child.signal).toBe('SIGKILL');
    chmodSync(db, 0o444);
    chmodSync(ro, 0o555);
    const r = run(['list', '--db', db], {}, user);
    expect(r.stderr).toContain('penulisan sebelumnya terputus');
    expect(r.stderr).toContain('Data lama masih utuh');
    expect(r.code).toBe(3);
    // given write permission again, the next command rolls it back
    chmodSync(ro, 0o755);
    chmodSync(db, 0o644);
    expect(listJson(db)).toBe(before);
  });
});

/** Whether a private mount namespace with a tmpfs is possible here (root in a permissive container). */
let tmpfsProbe: boolean | null = null;
function canMountTmpfs(): boolean {
  if (tmpfsProbe != null) return tmpfsProbe;
  const probe = join(dir, 'probe');
  mkdirSync(probe, { recursive: true });
  const r = spawnSync('unshare', ['-m', 'sh', '-c', `mount -t tmpfs -o size=1m tmpfs ${probe}`]);
  tmpfsProbe = r.status === 0;
  return tmpfsProbe;
}

/** Runs the CLI with `dbDir` a tmpfs of `bytes` in a private mount namespace; `setup` runs in it first. */
function onTinyDisk(dbDir: string, bytes: number, setup: string, args: string[], env: Record<string, string> = {}) {
  mkdirSync(dbDir, { recursive: true });
  const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
  const script = `mount -t tmpfs -o size=${bytes} tmpfs ${q(dbDir)} && ${setup} && ${q(process.execPath)} ${q(CLI)} ${args.map(q).join(' ')}; ` +
    `code=$?; cp -a ${q(dbDir)}/. ${q(dbDir)}.after/ ; exit $code`;
  mkdirSync(`${dbDir}.after`, { recursive: true });
  const r = spawnSync('unshare', ['-m', 'sh', '-c', script], { encoding: 'utf8', env: { ...process.env, DOWNTIME_DB: '', ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('a full disk', () => {

  it('while writing the store: a UserError naming the store; the store as before, every command works', () => {
    const size = statSync(base).size;
    if (canMountTmpfs()) {
      const disk = join(dir, 'disk');
      const r = onTinyDisk(disk, size + 200_000, `cp ${base} ${disk}/store.sqlite`, ['import', logB, '--db', join(disk, 'store.sqlite')]);
      expect(r.stderr).toContain(`${join(disk, 'store.sqlite')}: disk penuh saat menulis basis data (database or disk is full)`);
      expect(r.stderr).not.toContain('Kesalahan internal');
      expect(r.code).toBe(3);
      const after = join(`${disk}.after`, 'store.sqlite');
      expect(listJson(after)).toBe(before);
      expect(run(['import', logB, '--db', after]).code).toBe(0);
    } else {
      // No tmpfs: a file-size limit makes the store's growth fail (EFBIG: SQLite says I/O error).
      const db = join(dir, 'limited.sqlite');
      copyFileSync(base, db);
      const r = spawnSync('prlimit', [`--fsize=${size + 65_536}`, process.execPath, CLI, 'import', logB, '--db', db], { encoding: 'utf8' });
      expect(r.stderr).toContain(`${db}: `);
      expect(r.stderr).not.toContain('Kesalahan internal');
      expect(r.status).toBe(3);
      expect(listJson(db)).toBe(before);
    }
  });

  it('in TMPDIR: a UserError naming TMPDIR; no store is created', () => {
    const db = join(dir, 'never.sqlite');
    if (canMountTmpfs()) {
      const t = join(dir, 'tinytmp');
      const r = onTinyDisk(t, 64 * 1024, 'true', ['import', logB, '--db', db], { TMPDIR: t });
      expect(r.stderr).toContain(`Folder sementara ${t} penuh`);
      expect(r.stderr).toContain('TMPDIR');
      expect(r.code).toBe(3);
    } else {
      const r = spawnSync('prlimit', ['--fsize=65536', process.execPath, CLI, 'import', logB, '--db', db], { encoding: 'utf8' });
      expect(r.stderr).toContain('TMPDIR');
      expect(r.status).toBe(3);
    }
    expect(fileHash(db)).toBe('absent');
  });
});

describe('an unusable TMPDIR', () => {
  it('is named in a UserError, not a stack', () => {
    const notADir = join(dir, 'plain-file');
    writeFileSync(notADir, 'x');
    const r = run(['import', logB, '--db', join(dir, 'never2.sqlite')], { TMPDIR: join(notADir, 'sub') });
    expect(r.stderr).toContain(`Folder sementara ${join(notADir, 'sub')} tidak dapat ditulis`);
    expect(r.stderr).toContain('TMPDIR');
    expect(r.stderr).not.toContain('Kesalahan internal');
    expect(r.code).toBe(3);
  });
});

describe('stale staging folders', () => {
  it('a killed import\'s folder is removed by the next import; a running one\'s is kept', () => {
    const tmp = join(dir, 'stale-tmp');
    mkdirSync(tmp);
    // a pid that is not running: the highest the kernel hands out, plus one
    const dead = Number(spawnSync('cat', ['/proc/sys/kernel/pid_max'], { encoding: 'utf8' }).stdout.trim() || 4194304) + 1;
    mkdirSync(join(tmp, `downtime-import-${dead}-abc123`));
    writeFileSync(join(tmp, `downtime-import-${dead}-abc123`, 'staging.sqlite'), 'x'.repeat(1000));
    mkdirSync(join(tmp, `downtime-import-${process.pid}-live01`));
    mkdirSync(join(tmp, 'unrelated'));
    const r = run(['import', writeLog(join(dir, 'c.csv'), 10, 'C', 2030), '--db', join(dir, 'stale.sqlite')], { TMPDIR: tmp });
    expect(r.code).toBe(0);
    expect(readdirSync(tmp).sort()).toEqual([`downtime-import-${process.pid}-live01`, 'unrelated']);
  });
});
