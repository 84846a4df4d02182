// Checking many files on every CPU: worker threads (worker.mjs), each with its own copy of the
// package, are handed the files in batches, and the outcomes come back in the files' order, so
// that the output is the same, byte for byte, as when the command's own thread checks each
// file in turn (checkFile, the reference this is tested against in tests/cli-threads.test.mjs).

import { Worker } from 'node:worker_threads';

/** Fewer files than this are checked in the command's own thread: starting threads (each loads
 *  the WebAssembly module) would cost more than it saves. */
export const THREADS_FROM = 64;
/** Files per message: enough to make a message's cost small against checking them. */
const BATCH = 16;
/** Batches handed to a thread before it answers: it never waits for the next. */
const AHEAD = 2;

/**
 * The outcome of each file, in order, checked by `jobs` worker threads. Stops the threads when
 * the caller stops early (a closed standard output) as when it is done.
 */
export async function* checkInThreads(list, { jobs, positions }) {
  const batches = [];
  for (let i = 0; i < list.length; i += BATCH) batches.push(list.slice(i, i + BATCH));
  const done = new Array(batches.length);
  let next = 0;
  let failed = null;
  let wake = null;
  const notify = () => {
    if (wake) wake();
    wake = null;
  };

  // Batches handed out run at most this far ahead of the one being written, so that a slow
  // reader of the output holds the threads back instead of letting outcomes pile up.
  const reach = jobs * (AHEAD + 1);
  let writing = 0;
  const idle = [];
  const give = (worker) => {
    if (next < batches.length && next < writing + reach) {
      worker.postMessage({ batch: next, files: batches[next] });
      next++;
    } else {
      idle.push(worker);
    }
  };
  const workers = [];
  for (let j = 0; j < Math.min(jobs, batches.length); j++) {
    const worker = new Worker(new URL('./worker.mjs', import.meta.url), { workerData: { positions } });
    worker.on('message', ({ batch, outcomes }) => {
      done[batch] = outcomes;
      give(worker);
      notify();
    });
    worker.on('error', (e) => {
      failed ??= e;
      notify();
    });
    worker.on('exit', (code) => {
      if (code !== 0) failed ??= Object.assign(new Error('a worker thread stopped'), { code: 'worker-exit' });
      notify();
    });
    workers.push(worker);
    for (let k = 0; k < AHEAD; k++) give(worker);
  }

  try {
    for (let b = 0; b < batches.length; b++) {
      while (done[b] === undefined) {
        if (failed) throw failed;
        await new Promise((resolve) => {
          wake = resolve;
        });
      }
      const outcomes = done[b];
      done[b] = null; // what has been written is not kept
      writing = b + 1;
      while (idle.length > 0 && next < Math.min(batches.length, writing + reach)) give(idle.shift());
      for (let i = 0; i < outcomes.length; i++) yield { file: batches[b][i], outcome: outcomes[i] };
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
