// The import command's text report: per file, its source and counts, then every error line.
import type { ImportIssue } from '@tutti/geo';
import type { FileReport, ImportRun } from './reference-import.service';

const LABELS: Record<FileReport['kind'], string> = {
  'commune-centres': 'Commune centres',
  'density-grid': 'Density grid',
  'cultural-facilities': 'Cultural facilities',
  'priority-areas': 'Priority areas (QPV)',
};

/** Errors shown per file; a wrong file can have one on every line. */
const MAX_ISSUES = 100;

const percent = (share: number) => `${(share * 100).toFixed(1)} %`;

function issueLine(i: ImportIssue) {
  const where = i.line === 0 ? 'file' : `line ${i.line}`;
  const column = i.column ? ` [${i.column}]` : '';
  const value = i.value !== undefined ? ` "${i.value}"` : '';
  return `  ${where}: ${i.code}${column}${value} ${i.message}`.trimEnd();
}

function fileLines(file: FileReport): string[] {
  const { result } = file;
  const s = result.source;
  const lines = [
    '',
    `${LABELS[file.kind]}: ${s.fileName ?? ''} — ${s.name} (${s.publisher}, ${s.licence}, ${s.year}), layout ${result.layout}`,
    `  ${result.linesRead} lines read, ${result.records.length} records, ${result.errors.length} errors, ${result.warnings.length} warnings`,
  ];
  lines.push(...result.errors.slice(0, MAX_ISSUES).map(issueLine));
  if (result.errors.length > MAX_ISSUES) {
    lines.push(`  … and ${result.errors.length - MAX_ISSUES} more errors`);
  }
  const warnings = result.warnings.slice(0, 10).map((w) => `${issueLine(w)} (warning)`);
  lines.push(...warnings);
  if (result.warnings.length > 10)
    lines.push(`  … and ${result.warnings.length - 10} more warnings`);
  if (result.ok) {
    const unplaced = file.unplaced ? `, ${file.unplaced} without any position (left out)` : '';
    lines.push(`  to apply: ${file.applied}${unplaced}`);
    if (file.unknownCodes.length > 0) {
      const shown = file.unknownCodes.slice(0, 20).join(', ');
      const more = file.unknownCodes.length > 20 ? ', …' : '';
      lines.push(
        `  ${file.unknownCodes.length} codes unknown to the reference, skipped: ${shown}${more}`,
      );
    }
  }
  return lines;
}

/**
 * The whole report, ending with what happened: applied (with the batch id) or refused.
 *
 * @example formatImportReport(run).join('\n')
 */
export function formatImportReport(run: ImportRun): string[] {
  const lines = run.files.flatMap(fileLines);
  lines.push('');
  if (!run.ok) {
    lines.push(
      'Import refused: fix the lines above; nothing was applied (all files and lines, or none).',
    );
    return lines;
  }
  lines.push(`Applied in one transaction (batch ${run.batchId}).`);
  lines.push(
    `Approximate French commune positions: ${percent(run.approximateShare.before)} before, ${percent(run.approximateShare.after)} after.`,
  );
  return lines;
}
