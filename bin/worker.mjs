// A worker thread of the command (threads.mjs): checks the batches of files it is handed with
// its own copy of the package, and answers with their outcomes, in order.

import { createRequire } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import { checkFile } from './check.mjs';

const api = createRequire(import.meta.url)('sefcheck');

parentPort.on('message', async ({ batch, files }) => {
  const outcomes = [];
  for (const file of files) outcomes.push(await checkFile(api, file, workerData.positions));
  parentPort.postMessage({ batch, outcomes });
});
