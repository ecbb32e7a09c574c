// The bare insert floor: the benchmark's rows inserted with better-sqlite3 into a fresh file, one
// prepared statement, one transaction. `node scripts/bench-insert-floor.mjs DB ROWS`.
import Database from 'better-sqlite3';
import { benchRow } from './bench-rows.mjs';

const [path, rows] = process.argv.slice(2);
const db = new Database(path);
db.exec('CREATE TABLE log (no INTEGER, tanggal TEXT, jam_mulai TEXT, jam_selesai TEXT, lama TEXT, kejadian TEXT, penyebab TEXT, tindak_lanjut TEXT, jenis TEXT)');
const insert = db.prepare('INSERT INTO log VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
db.transaction(() => {
  for (let i = 1; i <= Number(rows); i++) {
    const r = benchRow(i);
    insert.run(r.no, r.dateText, r.time, r.end, r.duration, r.title, r.cause, r.followUp, r.kind);
  }
})();
db.close();
