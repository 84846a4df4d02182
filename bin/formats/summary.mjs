// The lines more than one format writes: a document's readiness, a failure's position, and the
// closing summary.

export const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function readiness(report) {
  return report.readyToShare ? 'ready to share' : 'not ready to share';
}

/** `2 errors, 1 warning`: a document's counts. */
export function counts(report) {
  return `${plural(report.errors, 'error')}, ${plural(report.warnings, 'warning')}`;
}

/** `:LINE:COLUMN` of a failure that has a position, or nothing. */
export function positionOf(failure) {
  return failure.line ? `:${failure.line}:${failure.column}` : '';
}

/** The closing line: how many files, how many ready, and what else. */
export function summaryLine(tally) {
  const parts = [`${tally.ready} ready to share`, `${tally.notReady} not ready to share`];
  if (tally.withWarnings > 0) parts.push(`${tally.withWarnings} with warnings`);
  if (tally.failed > 0) parts.push(`${tally.failed} could not be checked`);
  return `${plural(tally.files, 'file')} checked: ${parts.join(', ')}`;
}
