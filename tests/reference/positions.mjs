// The JSON scanner the command used to find where diagnostics are, before the core gave their
// positions (src/locate.rs): kept, as it was, to compare the core's answers with
// (tests/positions.test.mjs). `regions(text, report)` gives, for each diagnostic, the SARIF
// region the command wrote, or null.

function escapePointer(key) {
  return key.replaceAll('~', '~0').replaceAll('/', '~1');
}

function locate(text, wanted) {
  const at = new Map(); // pointer -> { offset, line, column }
  let i = 0;
  let line = 1;
  let lineStart = 0;
  const n = text.length;
  const ws = () => {
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 0x0a) {
        line++;
        lineStart = ++i;
      } else if (c === 0x20 || c === 0x09 || c === 0x0d) {
        i++;
      } else {
        return;
      }
    }
  };
  const skipString = () => {
    i++; // opening quote
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x5c) i += 2;
      else if (c === 0x22) return void i++;
      else i++;
    }
  };
  const value = (pointer) => {
    ws();
    if (wanted.has(pointer)) at.set(pointer, { offset: i, line, column: i - lineStart + 1 });
    const c = text.charCodeAt(i);
    if (c === 0x7b) {
      i++;
      ws();
      if (text.charCodeAt(i) === 0x7d) return void i++;
      for (;;) {
        ws();
        const start = i;
        skipString();
        const key = JSON.parse(text.slice(start, i));
        ws();
        i++; // colon
        value(`${pointer}/${escapePointer(key)}`);
        ws();
        if (text.charCodeAt(i++) === 0x7d) return;
      }
    } else if (c === 0x5b) {
      i++;
      ws();
      if (text.charCodeAt(i) === 0x5d) return void i++;
      for (let k = 0; ; k++) {
        value(`${pointer}/${k}`);
        ws();
        if (text.charCodeAt(i++) === 0x5d) return;
      }
    } else if (c === 0x22) {
      skipString();
    } else {
      while (i < n && !/[\s,\]}]/.test(text[i])) i++;
    }
  };
  value('');
  return at;
}

/** The raw offset in `text` of code unit `index` of the string value starting at `offset`. */
function offsetInString(text, offset, index) {
  let i = offset + 1;
  for (let k = 0; k < index && i < text.length; k++) {
    if (text.charCodeAt(i) === 0x5c) i += text[i + 1] === 'u' ? 6 : 2;
    else i++;
  }
  return i;
}

/** Region per diagnostic (same order), or null where none can be known. */
export function regions(text, report) {
  if (text === undefined || report.diagnostics.length === 0) return [];
  const wanted = new Set();
  for (const d of report.diagnostics) {
    const parts = d.path.split('/');
    for (let k = 1; k <= parts.length; k++) wanted.add(parts.slice(0, k).join('/'));
  }
  let at;
  try {
    at = locate(text, wanted);
  } catch {
    return []; // never let a presentation nicety stop a check
  }
  return report.diagnostics.map((d) => {
    let p = d.path;
    while (!at.has(p) && p !== '') p = p.slice(0, p.lastIndexOf('/'));
    const found = at.get(p);
    if (!found) return null;
    const region = { startLine: found.line, startColumn: found.column };
    if (p === d.path && d.span && text.charCodeAt(found.offset) === 0x22) {
      const start = offsetInString(text, found.offset, d.span.start);
      const end = offsetInString(text, found.offset, d.span.end);
      const lineStart = found.offset - found.column + 1;
      return { startLine: found.line, startColumn: start - lineStart + 1, endLine: found.line, endColumn: end - lineStart + 1 };
    }
    return region;
  });
}
