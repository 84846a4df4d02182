// The facade's own guarantees, on a stand-in module: whatever the module throws surfaces as an
// Error, and a trap (a bug in the core) makes the facade load a fresh instance.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createApi } from '../js/facade.mjs';

function fakeModule(behaviour) {
  const memory = new WebAssembly.Memory({ initial: 1 });
  return {
    wasmMemory: () => memory,
    inputBuffer: () => 8,
    countWordsInput: behaviour,
    validateInput: behaviour,
  };
}

test('a trap becomes an Error with code internal, and the next call gets a fresh module', () => {
  let instances = 0;
  let current = null;
  const load = () => {
    instances++;
    current = fakeModule(instances === 1 ? () => { throw new WebAssembly.RuntimeError('unreachable'); } : () => 3);
  };
  load();
  const api = createApi(() => current, load);
  assert.throws(() => api.countWords('a b c'), (e) => e instanceof Error && e.code === 'internal' && e.cause instanceof WebAssembly.RuntimeError);
  assert.equal(instances, 2);
  assert.equal(api.countWords('a b c'), 3);
});

test('a refusal thrown by the module as JSON text becomes an Error with its properties', () => {
  const refusal = JSON.stringify({ refusal: 'not-json', message: 'The text is not JSON', line: 2, column: 5 });
  const api = createApi(() => fakeModule(() => { throw refusal; }));
  assert.throws(() => api.validateJson('{'), (e) => e instanceof Error && e.code === 'not-json' && e.line === 2 && e.column === 5 && e.message === 'The text is not JSON');
  assert.throws(() => api.validate({}), (e) => e instanceof Error && e.code === 'not-json');
});

test('anything else the module throws is an Error too', () => {
  for (const thrown of ['plain string', 42, null, undefined, { not: 'an error' }]) {
    const api = createApi(() => fakeModule(() => { throw thrown; }));
    assert.throws(() => api.countWords('x'), (e) => e instanceof Error);
  }
});

test('a module that is not loaded yet: the loader\'s Error, as it is', () => {
  const api = createApi(() => { const e = new Error('not loaded'); e.code = 'not-ready'; throw e; });
  assert.throws(() => api.rules(), (e) => e instanceof Error && e.code === 'not-ready');
  assert.throws(() => api.emptyDocument(), (e) => e instanceof Error && e.code === 'not-ready');
});
