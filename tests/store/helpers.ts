// What the store tests share: logs of a few thousand rows, the CLI run asynchronously (so a test
// can kill it or hold a lock meanwhile), and a copy of a store to damage.
import { spawn, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { CLI } from '../helpers/cli.js';

export interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** A CSV log of `n` unplanned incidents, one a day from `year`; `tag` makes each file's titles its own. */
export function writeLog(path: string, n: number, tag: string, year = 2000): string {
  const lines = ['No,Tanggal,Jam Mulai,Jam Selesai,Kejadian,Jenis,Penyebab,Tindak Lanjut'];
  for (let i = 1; i <= n; i++) {
    const d = new Date(Date.UTC(year, 0, 1) + i * 86_400_000);
    const date = `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`;
    const min = String(i % 60).padStart(2, '0');
    lines.push(`${i},${date},08:${min},09:${min},Server ${tag} down nomor ${i},Tidak Terencana,Listrik padam,Restart server`);
  }
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

/** The CLI in a child process; DOWNTIME_DB is cleared so only --db counts. */
export function cli(args: string[], env: Record<string, string> = {}) {
  return spawn(process.execPath, [CLI, ...args], { env: { ...process.env, DOWNTIME_DB: '', ...env } });
}

export function runAsync(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    const child = cli(args, env);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

/** As runCli, with a private TMPDIR and an optional uid (to be a user chmod applies to). */
export function run(args: string[], env: Record<string, string> = {}, opts: { uid?: number; gid?: number } = {}): Run {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    env: { ...process.env, DOWNTIME_DB: '', ...env },
    timeout: 60_000,
    maxBuffer: 1 << 30,
    ...opts,
  });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
