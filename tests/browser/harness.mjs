// What the browser tests share: the built form (www/dist) served by Vite's preview server on a
// random local port, and Debian's Chromium driven by playwright-core (never a downloaded
// browser), with every request, dialog and CSP violation recorded.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { chromium } from 'playwright-core';
import { preview } from 'vite';

export const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const dist = join(repo, 'www', 'dist');

export function chromiumPath() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  for (const name of ['chromium', 'chromium-browser']) {
    try {
      return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
    } catch {
      // try the next name
    }
  }
  throw new Error("No Chromium found: `bash scripts/setup.sh all` installs Debian's chromium");
}

/** Starts the preview server on a free port; returns { url, origin, close }. */
export async function serve() {
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error('www/dist is not built: run `npm run build:www` (npm run test:browser does)');
  }
  const server = await preview({
    configFile: join(repo, 'www', 'vite.config.mjs'),
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
    logLevel: 'silent',
  });
  const { port } = server.httpServer.address();
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/`,
    origin,
    close: () => new Promise((resolve) => server.httpServer.close(() => resolve())),
  };
}

/** Launches Chromium headless, in a fresh temporary profile. */
export async function launch() {
  const profile = mkdtempSync(join(tmpdir(), 'sefcheck-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    acceptDownloads: true,
    viewport: { width: 1024, height: 900 },
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-default-apps',
      '--disable-sync',
    ],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Watches a browser context: every request whose origin is not the server's (blob: and data:
 * URLs made by the page itself are the page's own), every dialog (alert/confirm/prompt: a
 * payload that ran) and every CSP violation the page reports.
 */
export function watch(context, origin) {
  const seen = { foreign: [], dialogs: [], requests: 0 };
  context.on('request', (request) => {
    seen.requests++;
    const url = request.url();
    if (url.startsWith('blob:') || url.startsWith('data:')) {
      if (url.startsWith(`blob:${origin}/`) || url.startsWith('data:')) return;
    }
    let o;
    try {
      o = new URL(url).origin;
    } catch {
      o = url;
    }
    if (o !== origin) seen.foreign.push(url);
  });
  // Nothing outside the origin is ever fetched, even if a request were made.
  context.route(
    (url) => url.origin !== origin && url.protocol !== 'blob:' && url.protocol !== 'data:',
    (route) => route.abort('blockedbyclient'),
  );
  const onPage = (page) => {
    page.on('dialog', (dialog) => {
      seen.dialogs.push(dialog.message());
      dialog.dismiss().catch(() => {});
    });
  };
  context.pages().forEach(onPage);
  context.on('page', onPage);
  context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return seen;
}

/** axe-core on the page as it is (WCAG 2.2 AA and best practice): no violation. */
export async function axe(page, state) {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .options({ resultTypes: ['violations'] })
    .analyze();
  const found = result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  assert.deepEqual(found, [], `axe on ${state}`);
}

/** Opens the form at `hash` and waits until the package is loaded and the page drawn. */
export async function open(page, url, hash = '#/') {
  await page.goto(url + hash);
  await page.waitForSelector('html[data-ready="true"]');
}

export const fixtureText = (name) => readFileSync(join(repo, 'tests', 'browser', 'fixtures', name), 'utf8');
/** An example document of the contract, docs/spec/examples/NAME.json (complete or draft). */
export const exampleText = (name) => readFileSync(join(repo, 'docs', 'spec', 'examples', `${name}.json`), 'utf8');
export const example = (name) => JSON.parse(exampleText(name));

/** Every entry of the page's localStorage, as an object. */
export const storageEntries = (page) =>
  page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((key) => [key, localStorage.getItem(key)])));

/**
 * localStorage's methods over a Map, for reading what a page saved with the page's own code
 * (www/src/store.js) in Node; `quota` (in characters of keys and values) makes setItem throw as
 * a full storage does.
 */
export class MemoryStorage {
  constructor(entries = {}, { quota = Infinity } = {}) {
    this.map = new Map(Object.entries(entries));
    this.quota = quota;
    this.writes = [];
  }

  get length() {
    return this.map.size;
  }

  key(i) {
    return [...this.map.keys()][i] ?? null;
  }

  getItem(key) {
    return this.map.has(key) ? this.map.get(key) : null;
  }

  setItem(key, value) {
    const text = String(value);
    let used = key.length + text.length;
    for (const [k, v] of this.map) if (k !== key) used += k.length + v.length;
    if (used > this.quota) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.writes.push(key);
    this.map.set(key, text);
  }

  removeItem(key) {
    this.map.delete(key);
  }

  entries() {
    return Object.fromEntries(this.map);
  }
}

/**
 * A fresh browser with one page, for one test: after the test, no dialog opened (a payload that
 * ran) and no request left `server`'s origin, and the browser is closed.
 */
export async function session(t, server) {
  const browser = await launch();
  const seen = watch(browser.context, server.origin);
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  t.after(async () => {
    assert.deepEqual(seen.dialogs, [], 'a dialog opened');
    assert.deepEqual(seen.foreign, [], 'a request left the origin');
    await browser.close();
  });
  return page;
}

/** Opens the form at `hash` with `doc` as the draft (in the one entry earlier versions wrote, which the form moves in). */
export async function withDraft(page, server, doc, hash = '#/') {
  await open(page, server.url);
  await page.evaluate((text) => {
    localStorage.clear();
    localStorage.setItem('sefcheck:draft', text);
  }, JSON.stringify(doc));
  await page.goto(`${server.url}${hash}`);
  await page.reload();
  await page.waitForSelector('html[data-ready="true"]');
}
