// The refusals of a file that cannot be read, or that goes beyond what one import may hold.
import { MAX_IMPORT_CELL_CHARS, MAX_IMPORT_COLUMNS, MAX_IMPORT_LINES } from '@tutti/contracts';
import { AppError } from '../errors';

/** Non-blank rows read from a file: the data lines, plus a header and title lines above them. */
export const MAX_READ_ROWS = MAX_IMPORT_LINES + 10;

export function unreadable(message: string) {
  return new AppError('IMPORT.UNREADABLE', message, {
    fields: [{ path: 'body', message }],
  });
}

export function tooManyRows(line: number) {
  return new AppError(
    'IMPORT.TOO_MANY_LINES',
    `The file has more than ${MAX_IMPORT_LINES} lines (reading stopped at line ${line}); split it into several files`,
    { details: { limit: 'lines', maxLines: MAX_IMPORT_LINES, line } },
  );
}

export function tooManyColumns(line: number, column: number) {
  return new AppError(
    'IMPORT.TOO_MANY_COLUMNS',
    `Line ${line} has a cell in column ${column}; at most ${MAX_IMPORT_COLUMNS} columns are read`,
    { details: { limit: 'columns', maxColumns: MAX_IMPORT_COLUMNS, line, column } },
  );
}

export function cellTooLong(line: number, column: number) {
  return new AppError(
    'IMPORT.CELL_TOO_LONG',
    `The cell of line ${line}, column ${column} holds more than ${MAX_IMPORT_CELL_CHARS} characters`,
    { details: { limit: 'cellCharacters', maxCharacters: MAX_IMPORT_CELL_CHARS, line, column } },
  );
}

/** Checks one cell's place and length as it is read. */
export function checkCell(line: number, column: number, length: number) {
  if (column > MAX_IMPORT_COLUMNS) throw tooManyColumns(line, column);
  if (length > MAX_IMPORT_CELL_CHARS) throw cellTooLong(line, column);
}
