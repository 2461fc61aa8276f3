// ExcelJS takes half a second to load: it is loaded on the first spreadsheet read or written,
// not at every start of the server.
export async function loadExcelJs() {
  return (await import('exceljs')).default;
}
