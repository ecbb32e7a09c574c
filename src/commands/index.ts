import type { CommandModule } from 'yargs';
import { importCommand } from './import.js';
import { listCommand } from './list.js';
import { statsCommand } from './stats.js';
import { reportCommand } from './report.js';
import { sopCommand } from './sop.js';

// Every command, registered explicitly. Each command file loads its heavy modules (exceljs,
// pdfkit, docx) lazily inside its handler so that `--help` stays fast.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const commands: CommandModule<any, any>[] = [importCommand, listCommand, statsCommand, reportCommand, sopCommand];
