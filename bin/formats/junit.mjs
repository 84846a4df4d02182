// --format junit: JUnit XML, a test suite per file, a test case per section, a failure per
// section with errors (and, with --fail-on warning, with warnings).

import { plural, positionOf } from './summary.mjs';

// XML 1.0 cannot hold most control characters or lone surrogates at all: they become U+FFFD.
const XML_INVALID =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters XML 1.0 cannot hold
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const XML_ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\n': '&#10;', '\r': '&#13;', '\t': '&#9;' };
const xmlAttr = (s) =>
  String(s)
    .replace(XML_INVALID, '\ufffd')
    .replace(/[&<>"'\n\r\t]/g, (c) => XML_ESCAPES[c]);
const xmlText = (s) =>
  String(s)
    .replace(XML_INVALID, '\ufffd')
    .replace(/[&<>]|\r/g, (c) => XML_ESCAPES[c]);

export function createJunit({ failOn }) {
  return {
    positions: false,
    begin: () => '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="sefcheck">\n',
    file(name, report) {
      const bySection = new Map(report.sections.map((s) => [s.id, []]));
      for (const d of report.diagnostics) bySection.get(d.section)?.push(d);
      let failures = 0;
      let cases = '';
      for (const s of report.sections) {
        const ds = bySection.get(s.id);
        const errors = ds.filter((d) => d.severity === 'error');
        const warnings = ds.filter((d) => d.severity === 'warning');
        const failing = errors.length > 0 || (failOn === 'warning' && warnings.length > 0);
        const line = (d) => `${d.path}: ${d.severity} ${d.code}: ${d.message}\n`;
        const open = `    <testcase classname="${xmlAttr(name)}" name="${xmlAttr(`${s.title} (${s.id})`)}"`;
        if (!failing && warnings.length === 0) {
          cases += `${open}/>\n`;
          continue;
        }
        cases += `${open}>\n`;
        if (failing) {
          failures++;
          const what = [errors.length && plural(errors.length, 'error'), warnings.length && plural(warnings.length, 'warning')]
            .filter(Boolean)
            .join(', ');
          const type = errors.length > 0 ? 'error' : 'warning';
          cases += `      <failure type="${type}" message="${xmlAttr(`${s.id}: ${s.status}, ${what}`)}">${xmlText(ds.map(line).join(''))}</failure>\n`;
        } else {
          cases += `      <system-out>${xmlText(warnings.map(line).join(''))}</system-out>\n`;
        }
        cases += '    </testcase>\n';
      }
      return (
        `  <testsuite name="${xmlAttr(name)}" tests="${report.sections.length}" failures="${failures}" errors="0" skipped="0">\n` +
        `    <properties>\n      <property name="readyToShare" value="${report.readyToShare}"/>\n` +
        `      <property name="errors" value="${report.errors}"/>\n      <property name="warnings" value="${report.warnings}"/>\n    </properties>\n` +
        `${cases}  </testsuite>\n`
      );
    },
    failed(name, failure) {
      return (
        `  <testsuite name="${xmlAttr(name)}" tests="1" failures="0" errors="1" skipped="0">\n` +
        `    <testcase classname="${xmlAttr(name)}" name="read">\n` +
        `      <error type="unreadable" message="${xmlAttr(`${name}${positionOf(failure)}: ${failure.message}`)}"/>\n` +
        '    </testcase>\n  </testsuite>\n'
      );
    },
    end: () => '</testsuites>\n',
  };
}
