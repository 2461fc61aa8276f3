// Tabular files (CSV, XLSX) as offices produce and open them: reading, understanding headers and values, writing.
export { decodeText, type TextEncodingName } from './decode';
export {
  type Cell,
  type ExportTable,
  exportCsv,
  exportXlsx,
  pValueFloor,
  type TypedCell,
  typed,
} from './export-table';
export {
  type ColumnMatch,
  cellText,
  type FieldSpec,
  foldHeader,
  locateHeader,
  matchColumns,
} from './headers';
export { readTable } from './read-table';
export type { CellValue, Table, TableRow, TableSource } from './table';
export {
  type DateRepair,
  formatFrenchDate,
  parseBoolean,
  parseDate,
  parseDecimal,
  parseWholeNumber,
  readDate,
} from './values';
export {
  type ColumnType,
  type Sheet,
  type SheetCell,
  type SheetColumn,
  toCsv,
  toXlsx,
} from './write';
