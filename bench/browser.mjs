// Comparison 7 (docs/performance.md): typing into the longest field of `large` (a 1,500-word
// answer) in the browser form, in Debian's Chromium (headless, driven by playwright-core; never a
// downloaded browser). Timed inside the page: from the `input` event (a capturing listener on
// window, which runs before the page's own listeners on the box) until the word count under
// the box and the page's status (the "Saved" line) have both been rewritten (a
// MutationObserver, whose callback runs as soon as the page's input handlers have returned),
// then also after a forced style and layout of the count, and at the next animation frame.
// Also: what saving costs (JSON.stringify and the localStorage write, of the whole draft, as
// the form did on every keystroke until it kept one entry per answer, and of the one answer a
// keystroke in the box now writes, beside an IndexedDB put of the same answer), and how long
// the task list, where the section statuses are shown, takes to draw for `large`. The draft is
// seeded in the one entry 'sefcheck:draft' that the form read before; the form moves it in.
//
// The form is built by Vite with its own config (www/vite.config.mjs) into a temporary folder,
// with `sefcheck` taken from the benchmark's copy of the package, and served by Vite's
// preview server on a free port, as tests/browser/harness.mjs does.
//
//   node bench/browser.mjs PACKAGE_DIR [--tiny] [--profile]   prints the results as JSON
// (--profile: the page unminified, and the self time of each function over the keystrokes)
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';
import { chromium } from 'playwright-core';
import { chromiumPath } from '../tests/browser/harness.mjs';
import { summary } from './harness.mjs';
import { LONGEST_FIELD, largePath, repo } from './documents.mjs';

const configFile = join(repo, 'www', 'vite.config.mjs');

/** Self time (ms) by function of a CDP CPU profile, busiest first, idle left out. */
function selfTimes(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const ms = new Map();
  profile.samples.forEach((id, i) => {
    const f = byId.get(id).callFrame;
    const name = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
    ms.set(name, (ms.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return [...ms]
    .filter(([k]) => !k.startsWith('(idle)'))
    .sort((a, b) => b[1] - a[1])
    .slice(0, 25)
    .map(([k, v]) => [k, +v.toFixed(2)]);
}

export async function run(packageDir, { tiny = false, keystrokes, profile: cpuProfile = false } = {}) {
  const n = keystrokes ?? (tiny ? 5 : 200);
  const warmup = tiny ? 2 : 30;
  const out = mkdtempSync(join(tmpdir(), 'sefcheck-bench-www-'));
  const profile = mkdtempSync(join(tmpdir(), 'sefcheck-bench-chromium-'));
  const inline = {
    configFile,
    logLevel: 'silent',
    resolve: { alias: [{ find: /^sefcheck$/, replacement: join(packageDir, 'js', 'browser.mjs') }] },
    // With --profile the page is not minified, so that the profile names its functions.
    build: { outDir: out, emptyOutDir: true, ...(cpuProfile ? { minify: false } : {}) },
  };
  let server = null;
  let context = null;
  try {
    await build(inline);
    server = await preview({ ...inline, preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false } });
    const { port } = server.httpServer.address();
    const url = `http://127.0.0.1:${port}/`;
    context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath(),
      headless: true,
      viewport: { width: 1024, height: 900 },
      args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
    const page = context.pages()[0] ?? (await context.newPage());
    const browserVersion = context.browser()?.version() ?? (await page.evaluate(() => navigator.userAgent));
    const draft = JSON.stringify(JSON.parse(readFileSync(largePath, 'utf8')));
    await page.goto(url);
    await page.waitForSelector('html[data-ready="true"]');
    await page.evaluate((text) => localStorage.setItem('sefcheck:draft', text), draft);
    await page.goto(`${url}#/section/privateLaw`);
    await page.reload();
    await page.waitForSelector('html[data-ready="true"]');
    const box = page.locator(`[data-pointer="${LONGEST_FIELD}"]`);
    await box.waitFor();
    const setup = await box.evaluate((ta) => {
      const count = document.querySelector(`[data-count-for="${ta.id}"]`);
      const saved = document.getElementById('save-status');
      window.__lat = [];
      let t0 = null;
      let countDone = false;
      let savedDone = false;
      window.addEventListener(
        'input',
        (e) => {
          if (e.target !== ta) return;
          t0 = performance.now();
          countDone = savedDone = false;
        },
        true,
      );
      new MutationObserver((records) => {
        if (t0 === null) return;
        for (const r of records) {
          if (count.contains(r.target)) countDone = true;
          if (saved.contains(r.target)) savedDone = true;
        }
        if (!countDone || !savedDone) return;
        const start = t0;
        t0 = null;
        const dom = performance.now() - start;
        void count.getBoundingClientRect(); // style and layout of what changed
        const layout = performance.now() - start;
        requestAnimationFrame(() => window.__lat.push({ dom, layout, frame: performance.now() - start }));
      }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
      ta.focus();
      ta.setSelectionRange(ta.value.length, ta.value.length);
      return { chars: ta.value.length, words: ta.value.split(/\s+/).filter(Boolean).length, count: count.textContent };
    });
    const text = ' and children said they felt heard';
    let cdp = null;
    if (cpuProfile) {
      cdp = await context.newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    }
    const settle = () => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
    for (let i = 0; i < warmup + n; i++) {
      if (cdp && i === warmup) await cdp.send('Profiler.start');
      await page.keyboard.type(text[i % text.length]);
      await settle();
    }
    const cpu = cdp ? selfTimes((await cdp.send('Profiler.stop')).profile) : undefined;
    const lat = await page.evaluate(() => window.__lat);
    if (lat.length !== warmup + n)
      throw new Error(`${lat.length} of ${warmup + n} keystrokes were seen to update the count and the status`);
    const kept = lat.slice(warmup);
    const after = await box.evaluate((ta) => document.querySelector(`[data-count-for="${ta.id}"]`).textContent);

    // The parts of one keystroke that do not depend on the package: saving the draft.
    const parts = await page.evaluate(
      ({ draftText, runs, pointer }) => {
        const doc = JSON.parse(draftText);
        // The box's answer is a part of its own (www/src/store.js).
        const answer = pointer
          .slice(1)
          .split('/')
          .reduce((v, key) => v[key], doc);
        // `batch` calls at a time, for what is quicker than performance.now()'s 0.1 ms steps.
        const time = (f, batch = 1) => {
          const xs = [];
          for (let i = 0; i < runs; i++) {
            const t = performance.now();
            for (let j = 0; j < batch; j++) f();
            xs.push((performance.now() - t) / batch);
          }
          xs.sort((a, b) => a - b);
          return xs[Math.floor(xs.length / 2)];
        };
        const s = JSON.stringify(doc);
        // Two texts in turn, as a keystroke changes the part each time.
        const a = [JSON.stringify(answer), JSON.stringify(`${answer}x`)];
        let k = 0;
        return {
          stringify: time(() => JSON.stringify(doc)),
          setItem: time(() => localStorage.setItem('sefcheck:bench-probe', s)),
          draftChars: s.length,
          partStringify: time(() => JSON.stringify(answer), 50),
          partSetItem: time(() => localStorage.setItem('sefcheck:bench-probe', a[k++ % 2]), 50),
          partChars: a[0].length,
        };
      },
      { draftText: draft, runs: tiny ? 3 : 30, pointer: LONGEST_FIELD },
    );
    await page.evaluate(() => localStorage.removeItem('sefcheck:bench-probe'));

    // The store the draft could have been built on instead (www/src/store.js says why not):
    // IndexedDB, one `put` of the same part per keystroke in a transaction of its own, timed on
    // the main thread (the call) and until the transaction completes (the write is durable).
    const indexedDb = await page.evaluate(
      async ({ draftText, runs, pointer }) => {
        const doc = JSON.parse(draftText);
        const answer = pointer
          .slice(1)
          .split('/')
          .reduce((v, key) => v[key], doc);
        const db = await new Promise((resolve, reject) => {
          const open = indexedDB.open('sefcheck-bench-probe', 1);
          open.onupgradeneeded = () => open.result.createObjectStore('answers');
          open.onsuccess = () => resolve(open.result);
          open.onerror = () => reject(open.error);
        });
        const call = [];
        const done = [];
        for (let i = 0; i < runs * 5; i++) {
          const value = { t: String(i), v: answer + (i % 2 ? 'x' : '') };
          const t0 = performance.now();
          const tx = db.transaction('answers', 'readwrite');
          tx.objectStore('answers').put(value, pointer);
          call.push(performance.now() - t0);
          await new Promise((resolve) => (tx.oncomplete = resolve));
          done.push(performance.now() - t0);
        }
        db.close();
        await new Promise((resolve) => {
          const del = indexedDB.deleteDatabase('sefcheck-bench-probe');
          del.onsuccess = del.onerror = resolve;
        });
        const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
        return { putCall: median(call), putComplete: median(done) };
      },
      { draftText: draft, runs: tiny ? 3 : 30, pointer: LONGEST_FIELD },
    );

    // The task list, where the section statuses are: validate() of the whole draft and the list.
    const taskList = [];
    for (let i = 0; i < (tiny ? 1 : 15); i++) {
      await page.goto(`${url}#/section/privateLaw`);
      await page.waitForSelector('html[data-ready="true"]');
      taskList.push(
        await page.evaluate(
          () =>
            new Promise((resolve) => {
              const t0 = performance.now();
              const mo = new MutationObserver(() => {
                if (!document.getElementById('completed-count')) return;
                mo.disconnect();
                resolve(performance.now() - t0);
              });
              mo.observe(document.body, { subtree: true, childList: true });
              location.hash = '#/';
            }),
        ),
      );
    }
    const completed = await page.locator('#completed-count').textContent();

    const pick = (k) => summary(kept.map((x) => x[k]));
    return {
      browser: browserVersion,
      keystrokes: n,
      warmup,
      field: { pointer: LONGEST_FIELD, ...setup, countAfter: after },
      dom: pick('dom'),
      layout: pick('layout'),
      frame: pick('frame'),
      parts,
      indexedDb,
      taskList: summary(taskList),
      taskListCompleted: completed,
      ...(cpu ? { profile: cpu } : {}),
    };
  } finally {
    if (context) await context.close();
    if (server) await new Promise((resolve) => server.httpServer.close(() => resolve()));
    rmSync(out, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dir, ...flags] = process.argv.slice(2);
  console.log(JSON.stringify(await run(dir, { tiny: flags.includes('--tiny'), profile: flags.includes('--profile') }), null, 2));
}
