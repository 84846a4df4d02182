// --format github: GitHub Actions workflow commands, an annotation per diagnostic at the
// package's position in the file, then plain lines with each document's readiness and the
// closing summary.

import { relativeName, STDIN } from '../files.mjs';
import { counts, readiness, summaryLine } from './summary.mjs';
import { regionOf } from './region.mjs';

// Workflow commands: data escapes % CR LF; property values also escape : and ,.
const ghData = (s) => String(s).replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
const ghProp = (s) => ghData(s).replaceAll(':', '%3A').replaceAll(',', '%2C');

function command(level, name, region, title, message) {
  const props = [];
  if (name !== STDIN) {
    props.push(`file=${ghProp(relativeName(name))}`);
    if (region) {
      props.push(`line=${region.startLine}`, `col=${region.startColumn}`);
      if (region.endColumn) props.push(`endLine=${region.endLine}`, `endColumn=${region.endColumn}`);
    }
  }
  props.push(`title=${ghProp(title)}`);
  return `::${level} ${props.join(',')}::${ghData(message)}\n`;
}

// Plain lines go to the log as they are; one that began with `::` would be read as a command.
const plain = (s) => `${(s.startsWith('::') ? ` ${s}` : s).replace(/[\r\n]/g, ' ')}\n`;

export function createGithub() {
  return {
    positions: true,
    begin: () => '',
    file(name, report) {
      let out = '';
      for (const d of report.diagnostics) {
        const at = d.path === '' ? '' : ` at ${d.path}`;
        out += command(d.severity === 'warning' ? 'warning' : 'error', name, regionOf(d), `sefcheck ${d.code}${at}`, d.message);
      }
      return out + plain(`${name}: ${readiness(report)}: ${counts(report)}`);
    },
    failed: (name, failure) => command('error', name, regionOf(failure), 'sefcheck could not check this file', failure.message),
    end: (tally) => plain(summaryLine(tally)),
  };
}
