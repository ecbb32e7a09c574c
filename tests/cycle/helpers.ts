import { join } from 'node:path';
import { runCli, tempDir } from '../helpers/cli.js';

export function setup() {
  const dir = tempDir('downtime-cycle-');
  const db = join(dir, 's.sqlite');
  const run = (...args: string[]) => runCli([...args, '--db', db]);
  const ok = (...args: string[]) => {
    const r = run(...args);
    if (r.code !== 0) throw new Error(`${args.join(' ')} → ${r.code}\n${r.stderr}`);
    return r.stdout;
  };
  const json = (...args: string[]) => JSON.parse(ok(...args, '--json'));
  return { dir, db, run, ok, json };
}
