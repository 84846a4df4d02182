// --format sarif: SARIF 2.1.0, one run, the rules from the package's rules(), a result per
// diagnostic with the JSON Pointer as its logical location and the package's position as its
// region; a file that cannot be checked is a tool execution notification.

import { createHash } from 'node:crypto';
import { relativeName, STDIN } from '../files.mjs';
import { positionOf } from './summary.mjs';
import { regionOf } from './region.mjs';

/** A SARIF URI reference for a file name: relative, forward slashes, percent-encoded. */
function sarifUri(name) {
  return relativeName(name)
    .split('/')
    .map((part) => (part === '..' || part === '.' ? part : encodeURIComponent(part)))
    .join('/');
}

function location(name, region) {
  const loc = {};
  if (name !== STDIN) {
    loc.physicalLocation = { artifactLocation: { uri: sarifUri(name) } };
    if (region) loc.physicalLocation.region = region;
  }
  return loc;
}

export function createSarif({ api, version }) {
  let first = true;
  const notifications = [];
  const ruleIndex = new Map();
  return {
    positions: true,
    begin() {
      const rules = api.rules();
      rules.forEach((r, k) => {
        ruleIndex.set(r.code, k);
      });
      const driver = {
        name: 'sefcheck',
        version,
        semanticVersion: version,
        rules: rules.map((r) => ({
          id: r.code,
          shortDescription: { text: r.title },
          fullDescription: { text: r.description },
          defaultConfiguration: { level: r.severity === 'warning' ? 'warning' : 'error' },
        })),
      };
      return (
        '{"$schema":"https://json.schemastore.org/sarif-2.1.0.json","version":"2.1.0","runs":[{' +
        `"tool":${JSON.stringify({ driver })},"columnKind":"utf16CodeUnits","results":[`
      );
    },
    file(name, report) {
      let out = '';
      for (const d of report.diagnostics) {
        const loc = location(name, regionOf(d));
        loc.logicalLocations = [{ name: d.path, fullyQualifiedName: d.path }];
        const result = {
          ruleId: d.code,
          ruleIndex: ruleIndex.get(d.code),
          level: d.severity === 'warning' ? 'warning' : 'error',
          message: { text: d.path === '' ? d.message : `${d.message} (${d.path})` },
          locations: [loc],
          partialFingerprints: {
            'sefcheckDiagnostic/v1': createHash('sha256')
              .update(`${d.code}\u0000${d.path}\u0000${d.span ? `${d.span.start}` : ''}`)
              .digest('hex'),
          },
          properties: d.span ? { section: d.section, span: d.span } : { section: d.section },
        };
        if (result.ruleIndex === undefined) delete result.ruleIndex;
        out += `${first ? '\n' : ',\n'}${JSON.stringify(result)}`;
        first = false;
      }
      return out;
    },
    failed(name, failure) {
      const loc = location(name, regionOf(failure));
      const notification = { level: 'error', message: { text: `${name}${positionOf(failure)}: ${failure.message}` } };
      if (loc.physicalLocation) notification.locations = [loc];
      notifications.push(notification);
      return '';
    },
    end(tally) {
      const invocation = { executionSuccessful: tally.failed === 0 };
      if (notifications.length > 0) invocation.toolExecutionNotifications = notifications;
      return `\n],"invocations":[${JSON.stringify(invocation)}]}]}\n`;
    },
  };
}
