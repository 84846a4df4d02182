'use strict';
// The content digest's SHA-256 in Node (src/digest.rs, docs/architecture.md "The boundary"):
// node:crypto's `hash` (OpenSSL, with the CPU's SHA instructions), many times faster than sha2 in
// WebAssembly, once the process has hashed enough for loading node:crypto to pay. The digest is
// the same either way; tests/host-sha256.test.mjs checks both, and this policy.

/** Bytes of canonical text the module hashes itself (sha2) before node:crypto is loaded.
 *  Loading it takes about 3 ms, about what sha2 in WebAssembly takes for 1 MiB: a process that
 *  checks one document does not wait for it, one that checks many soon has it
 *  (docs/performance.md, "SHA-256 from the host"). */
const HASHED_BEFORE_CRYPTO = 1 << 20;

/**
 * What `setSha256Host` is given for a module whose memory is `memory`. `loadHash` gives
 * node:crypto's `hash` (tests count when it is asked).
 */
function sha256Host(memory, loadHash = () => require('node:crypto').hash) {
  let hash = null;
  let hashedAlone = 0;
  return {
    sha256(at, length, out) {
      try {
        if (hash === null) {
          hashedAlone += length;
          if (hashedAlone <= HASHED_BEFORE_CRYPTO) return false; // sha2 in the module, then
          hash = loadHash();
        }
        const sum = hash('sha256', new Uint8Array(memory.buffer, at, length), 'buffer');
        new Uint8Array(memory.buffer, out, 32).set(sum);
        return true;
      } catch {
        return false; // the module's own SHA-256 then
      }
    },
  };
}

module.exports = { sha256Host, HASHED_BEFORE_CRYPTO };
