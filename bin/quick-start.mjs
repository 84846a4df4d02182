// A short run of the command compiles the WebAssembly module with V8's baseline compiler only
// (Liftoff), not also with its optimising one: for a few documents the optimised code never
// pays for itself, and Node waits at exit for the optimising compiles it has started in the
// background. Measured (docs/performance.md, "Start-up"): one file 137 ms to 116 ms, 63 files
// 214 ms to 163 ms; on thousands of files the optimised code is what counts (10,000 files with
// `--jobs 1` took 4.6 s instead of 3.0 s with Liftoff only), so a run of 64 files or more (the
// number from which they go to worker threads, threads.mjs) keeps V8's default. The flag must be set before the
// module is compiled, that is before the package is loaded; it changes how V8 compiles
// WebAssembly, never what the code does (the tests run the command both ways).
import { setFlagsFromString } from 'node:v8';

/** Asks V8 for baseline WebAssembly code only, unless SEFCHECK_V8_DEFAULT is set. */
export function quickStart() {
  if (!process.env.SEFCHECK_V8_DEFAULT) setFlagsFromString('--liftoff-only');
}
