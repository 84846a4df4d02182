// --format text (the default): a line per diagnostic in the compiler convention that editors and
// terminals turn into links, `FILE:LINE:COLUMN: error CODE: message` (or `warning`), then a
// line with the document's readiness and its sections' statuses; a closing summary.

import { counts, readiness, summaryLine } from './summary.mjs';

export function createText() {
  return {
    positions: true,
    begin: () => '',
    file(name, report) {
      let out = '';
      for (const d of report.diagnostics) {
        const at = d.line === undefined ? '' : `:${d.line}:${d.column}`;
        out += `${name}${at}: ${d.severity} ${d.code}: ${d.message}\n`;
      }
      const sections = report.sections.map((s) => `${s.id} ${s.status}`).join(', ');
      return `${out}${name}: ${readiness(report)}: ${counts(report)}; ${sections}\n`;
    },
    failed: () => '',
    end: (tally) => `${summaryLine(tally)}\n`,
  };
}
