// Where a diagnostic or a failure is in its file, as SARIF and GitHub annotations want it: the
// line and column the package gave (UTF-16 code units, from 1), and where a disclosure finding
// ends.

/** `{ startLine, startColumn, endLine?, endColumn? }`, or null when there is no position. */
export function regionOf(at) {
  if (!Number.isInteger(at.line)) return null;
  const region = { startLine: at.line, startColumn: at.column };
  if (Number.isInteger(at.endLine)) Object.assign(region, { endLine: at.endLine, endColumn: at.endColumn });
  return region;
}
