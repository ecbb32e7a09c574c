// Preloaded with `node --import` by the benchmark: writes the process's peak RSS (MB) on exit.
import { writeFileSync } from 'node:fs';
const out = process.env.BENCH_RSS_FILE;
process.on('exit', () => {
  if (out) writeFileSync(out, String(process.resourceUsage().maxRSS / 1024));
});
