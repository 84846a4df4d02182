// --format json: one JSON object, `{ "files": [ { "file", "report" } ], "readyToShare" }`, each
// report as the package gives it, written as each file is checked.

export function createJson() {
  let first = true;
  return {
    positions: false,
    begin: () => '{"files":[',
    file(name, report) {
      const entry = `${first ? '\n' : ',\n'}${JSON.stringify({ file: name, report })}`;
      first = false;
      return entry;
    },
    failed: () => '',
    end: (tally) => `\n],"readyToShare":${tally.notReady === 0 && tally.failed === 0}}\n`,
  };
}
