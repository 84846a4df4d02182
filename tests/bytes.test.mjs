// validateJson of UTF-8 bytes (docs/spec/api.md): exactly validateJson of the text that
// `new TextDecoder("utf-8", { fatal: true })` decodes from them (a leading byte order mark left
// out), refusals and positions included; more than maxBytes is `too-large` before anything
// else, and bytes that are not UTF-8 are `not-utf8` where the decoder would throw.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import vm from 'node:vm';
import * as sefcheck from 'sefcheck';
import { documents, exampleText } from './helpers.mjs';

const decoder = new TextDecoder('utf-8', { fatal: true });
const encoder = new TextEncoder();
const BOM = [0xef, 0xbb, 0xbf];

/** What a call gives: its report, or what it threw (name, code, message, line, column). */
function outcome(call) {
  try {
    return { report: call() };
  } catch (e) {
    return { threw: { name: e.name, code: e.code, message: e.message, line: e.line, column: e.column } };
  }
}

/** validateJson(bytes) against validateJson(the text the decoder makes of them). */
function sameAsDecoded(bytes, name) {
  for (const options of [undefined, { positions: true }]) {
    const expected = outcome(() => sefcheck.validateJson(decoder.decode(bytes), options));
    assert.deepEqual(
      outcome(() => sefcheck.validateJson(bytes, options)),
      expected,
      name,
    );
  }
}

test('every example and conformance text: the same report or refusal from its bytes as from its text', () => {
  const docs = documents(sefcheck.emptyDocument, sefcheck.contentDigest);
  assert.ok(docs.length > 150, `${docs.length} documents`);
  let refused = 0;
  for (const { name, text } of docs) {
    const bytes = encoder.encode(text);
    sameAsDecoded(bytes, name);
    sameAsDecoded(Buffer.from(bytes), `${name} as a Buffer`);
    sameAsDecoded(Uint8Array.from([...BOM, ...bytes]), `${name} after a byte order mark`);
    if (outcome(() => sefcheck.validateJson(bytes)).threw) refused += 1;
  }
  assert.ok(refused > 5, `${refused} texts refused alike`);
});

test('texts of every kind of character, empty bytes, a byte order mark alone or twice', () => {
  for (const text of ['', ' ', '{}', '{"voice":{"children":"é € 😀 \u2028"}}', '{"a":"\\ud800"}', '[1,', '\ufeff{}']) {
    sameAsDecoded(encoder.encode(text), JSON.stringify(text));
  }
  sameAsDecoded(Uint8Array.from(BOM), 'a byte order mark alone');
  sameAsDecoded(Uint8Array.from([...BOM, ...BOM, 0x7b, 0x7d]), 'two byte order marks');
  // A view into a larger buffer: only its own bytes count.
  const larger = encoder.encode(`xx${exampleText('complete')}yy`);
  sameAsDecoded(larger.subarray(2, larger.length - 2), 'a view into a larger buffer');
});

test('bytes that are not UTF-8: not-utf8 where the decoder throws, with no place', () => {
  const bad = [
    [0x7b, 0xff, 0x7d],
    [0x22, 0xc3, 0x22], // a lead byte cut short
    [0x22, 0xed, 0xa0, 0x80, 0x22], // a surrogate written in UTF-8
    [0x22, 0xc0, 0xaf, 0x22], // an overlong form
    [...BOM, 0x80],
    [0x7b, 0x22, 0x61, 0x22, 0x3a, 0xf4, 0x90, 0x80, 0x80], // past U+10FFFF
  ];
  for (const bytes of bad) {
    const u8 = Uint8Array.from(bytes);
    assert.throws(() => decoder.decode(u8), TypeError);
    const { threw } = outcome(() => sefcheck.validateJson(u8));
    assert.deepEqual(
      threw,
      { name: 'Error', code: 'not-utf8', message: 'The bytes are not UTF-8 text', line: undefined, column: undefined },
      JSON.stringify(bytes),
    );
  }
});

test('more than maxBytes is too-large before anything else; maxBytes after a byte order mark is not', () => {
  const { maxBytes } = sefcheck.limits();
  const over = new Uint8Array(maxBytes + 1).fill(0xff); // not UTF-8 either
  assert.equal(outcome(() => sefcheck.validateJson(over)).threw.code, 'too-large');
  const text = `{"voice":{"children":"${'a'.repeat(maxBytes - 25)}"}}`;
  assert.equal(encoder.encode(text).length, maxBytes);
  const atLimit = Uint8Array.from([...BOM, ...encoder.encode(text)]);
  const fromBytes = outcome(() => sefcheck.validateJson(atLimit));
  assert.ok(fromBytes.report, 'exactly maxBytes after the byte order mark is checked');
  assert.deepEqual(
    fromBytes,
    outcome(() => sefcheck.validateJson(text)),
  );
});

test('a Uint8Array of another realm is bytes; other typed arrays and ArrayBuffers are a not-string TypeError', () => {
  const foreign = vm.runInNewContext('new Uint8Array([123, 125])');
  assert.equal(foreign instanceof Uint8Array, false);
  assert.deepEqual(sefcheck.validateJson(foreign), sefcheck.validateJson('{}'));
  for (const value of [
    new Uint16Array([123, 125]),
    new Int8Array([123, 125]),
    new Uint8ClampedArray([123, 125]),
    new ArrayBuffer(2),
    new DataView(new ArrayBuffer(2)),
  ]) {
    assert.throws(
      () => sefcheck.validateJson(value),
      (e) =>
        e instanceof TypeError &&
        e.code === 'not-string' &&
        /^validateJson needs a string or UTF-8 bytes \(a Uint8Array\), not /.test(e.message),
      Object.prototype.toString.call(value),
    );
  }
});
