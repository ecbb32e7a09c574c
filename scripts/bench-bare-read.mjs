// The baseline: every cell of every row read with exceljs's streaming reader, nothing else.
import ExcelJS from 'exceljs';
const reader = new ExcelJS.stream.xlsx.WorkbookReader(process.argv[2], { styles: 'cache', sharedStrings: 'cache', worksheets: 'emit' });
let cells = 0;
for await (const ws of reader) {
  for await (const row of ws) {
    row.eachCell({ includeEmpty: false }, () => {
      cells++;
    });
  }
}
console.log(cells);
