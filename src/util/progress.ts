// A progress line on stderr for long reads: only on a TTY, never with --json (stdout stays JSON).
import cliProgress from 'cli-progress';
import { GENERAL } from '../wording/general.js';

export interface Progress {
  update(value: number): void;
  stop(): void;
}

const NONE: Progress = { update: () => {}, stop: () => {} };

export function createProgress(enabled: boolean, label: string, total?: number): Progress {
  if (!enabled || !process.stderr.isTTY) return NONE;
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: total ? `${label} [{bar}] {value}/{total}` : GENERAL().fs.rows(label),
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(value) {
      if (!started) {
        bar.start(total ?? 0, 0);
        started = true;
      }
      bar.update(value);
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
