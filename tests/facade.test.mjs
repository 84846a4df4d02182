// The facade's own guarantees, on a stand-in module: a refusal the module answers with becomes
// the Error the caller sees, as it is; whatever the module throws surfaces as an Error; and a
// trap (a bug in the core) makes the facade load a fresh instance.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createApi } from '../js/facade.mjs';

function fakeModule(behaviour) {
  const memory = new WebAssembly.Memory({ initial: 1 });
  return {
    wasmMemory: () => memory,
    inputBuffer: () => 8,
    countWordsInput: behaviour,
    validateJsonInput: behaviour,
    validateValueInput: behaviour,
  };
}

test('a trap becomes an Error with code internal, and the next call gets a fresh module', () => {
  let instances = 0;
  let current = null;
  const load = () => {
    instances++;
    current = fakeModule(
      instances === 1
        ? () => {
            throw new WebAssembly.RuntimeError('unreachable');
          }
        : () => '{"ok":3}',
    );
  };
  load();
  const api = createApi(() => current, load);
  assert.throws(
    () => api.countWords('a b c'),
    (e) => e instanceof Error && e.code === 'internal' && e.cause instanceof WebAssembly.RuntimeError,
  );
  assert.equal(instances, 2);
  assert.equal(api.countWords('a b c'), 3);
});

test('a refusal the module answers with becomes an Error with its properties, as the core worded it', () => {
  const answer = JSON.stringify({ refusal: { code: 'not-json', message: 'The text is not JSON', line: 2, column: 5 } });
  const api = createApi(() => fakeModule(() => answer));
  assert.throws(
    () => api.validateJson('{'),
    (e) => e instanceof Error && e.code === 'not-json' && e.line === 2 && e.column === 5 && e.message === 'The text is not JSON',
  );
  const plain = JSON.stringify({ refusal: { code: 'too-deep', message: 'The document is nested more than 64 levels deep' } });
  const api2 = createApi(() => fakeModule(() => plain));
  assert.throws(
    () => api2.validate({}),
    (e) => e instanceof Error && e.code === 'too-deep' && !('line' in e) && !('column' in e),
  );
});

test('what the module answers is what the caller gets', () => {
  const api = createApi(() => fakeModule(() => '{"ok":{"formVersion":1,"readyToShare":true}}'));
  assert.deepEqual(api.validate({ formVersion: 1 }), { formVersion: 1, readyToShare: true });
});

test('anything else the module throws is an Error too', () => {
  for (const thrown of ['plain string', '{"refusal":{"code":"not-json"}}', 42, null, undefined, { not: 'an error' }]) {
    const api = createApi(() =>
      fakeModule(() => {
        throw thrown;
      }),
    );
    assert.throws(
      () => api.countWords('x'),
      (e) => e instanceof Error,
    );
  }
});

test("a module that is not loaded yet: the loader's Error, as it is; limits need no module", () => {
  const api = createApi(() => {
    const e = new Error('not loaded');
    e.code = 'not-ready';
    throw e;
  });
  assert.throws(
    () => api.rules(),
    (e) => e instanceof Error && e.code === 'not-ready',
  );
  assert.throws(
    () => api.emptyDocument(),
    (e) => e instanceof Error && e.code === 'not-ready',
  );
  assert.equal(api.limits().maxDepth, 64);
});
