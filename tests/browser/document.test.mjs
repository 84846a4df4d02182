// The readable self-evaluation in the form, in Chromium (docs/spec/rendering.md): the document
// page printed to PDF and read back with poppler's pdftotext (every answer, in the order of the
// definition; a draft's mark on every page), Word and Markdown downloaded from the check page,
// axe on the rendered document, and the renderer kept out of the form's first load.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as sefcheck from 'sefcheck';
import { axe, example, serve, session, withDraft } from './harness.mjs';

let server;
before(async () => {
  server = await serve();
});
after(async () => {
  await server?.close();
});

/** The document page printed to PDF, as pdftotext reads it: one string per page. */
async function printedPages(t, page) {
  await page.waitForSelector('#document[data-ready="true"]');
  await page.emulateMedia({ media: 'print' });
  const dir = mkdtempSync(join(tmpdir(), 'sefcheck-pdf-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const pdf = join(dir, 'document.pdf');
  writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: true }));
  await page.emulateMedia({ media: 'screen' });
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
  return text.split('\f').filter((p) => p.trim() !== '');
}

const squash = (s) => s.replace(/\s+/g, ' ').trim();

/** Every free-text answer of `doc`, in the order of the form definition. */
function answersInOrder(doc) {
  const out = [];
  const walk = (field, value) => {
    if (value === undefined || value === null) return;
    if ((field.kind === 'text' || field.kind === 'line') && typeof value === 'string' && value.trim() !== '') out.push(value);
    else if (field.kind === 'object') for (const child of field.fields) walk(child, value[child.key]);
    else if (field.kind === 'objectList' && Array.isArray(value))
      for (const item of value) walk({ kind: 'object', fields: field.fields }, item);
    else if (field.kind === 'textList' && Array.isArray(value)) for (const item of value) walk({ kind: 'text' }, item);
  };
  for (const section of sefcheck.formDefinition().sections) {
    for (const field of section.fields) {
      const value = field.path
        .slice(1)
        .split('/')
        .reduce((v, k) => v?.[k], doc);
      walk(field, value);
    }
  }
  return out;
}

describe('the readable self-evaluation in the form', () => {
  test("printed to PDF: every answer of the complete example (whole paragraphs in order), under the renderer's headings in order", async (t) => {
    const page = await session(t, server);
    const complete = example('complete');
    await withDraft(page, server, complete, '#/check');
    await page.click('#show-document');
    const pages = await printedPages(t, page);
    assert.ok(pages.length > 5, `${pages.length} pages`);
    // Without the running header and footer (the period and the page number, on every page).
    const body = squash(
      pages
        .map((p) =>
          p
            .split('\n')
            .filter((line) => !/^Page \d+ of \d+$/.test(line.trim()) && !/^Self-evaluation of frontline practice/.test(line.trim()))
            .join('\n'),
        )
        .join('\n'),
    );
    // A long answer may run over a page: each of its paragraphs is found in turn. An answer in a
    // table's cell (the improvement plan's, the measures', the evidence index's) wraps inside its
    // column, so the PDF's text runs across the row: its first line's words are looked for.
    let at = 0;
    let inOrder = 0;
    for (const answer of answersInOrder(complete)) {
      for (const paragraph of answer
        .split(/\n\s*\n/)
        .map(squash)
        .filter(Boolean)) {
        const found = body.indexOf(paragraph, at);
        if (found >= 0) {
          at = found + paragraph.length;
          inOrder++;
        } else {
          const start = paragraph.split(' ').slice(0, 2).join(' ');
          assert.ok(body.includes(start), `not found: ${paragraph.slice(0, 80)}`);
        }
      }
    }
    assert.ok(inOrder > 40, `${inOrder} paragraphs found whole, in order`);
    // The renderer's headings (the definition's section titles and labels), in order.
    const { documentModel } = await import('sefcheck/render');
    let where = 0;
    for (const heading of documentModel(complete).blocks.filter((b) => b.type === 'heading' && b.level > 1)) {
      const found = body.indexOf(squash(heading.text), where);
      assert.ok(found >= 0, `heading not found in order: ${heading.text}`);
      where = found;
    }
    assert.equal(body.includes('Draft: not ready to share'), false, 'the approved example is no draft');
    await axe(page, 'the readable self-evaluation');
  });

  test('a draft carries the draft mark on every printed page, and ends with what blocks sharing', async (t) => {
    const page = await session(t, server);
    await withDraft(page, server, example('draft'), '#/document');
    const pages = await printedPages(t, page);
    assert.ok(pages.length > 2);
    for (const [k, p] of pages.entries()) assert.match(p, /Draft: not ready to share/, `page ${k + 1}`);
    const report = sefcheck.validate(example('draft'));
    const last = squash(pages.slice(-3).join(' '));
    const firstError = report.diagnostics.find((d) => d.severity === 'error');
    assert.ok(squash(pages.join(' ')).includes(squash(firstError.message)), 'a blocker is listed');
    assert.ok(last.length > 0);
    await axe(page, 'the readable self-evaluation, a draft');
  });

  test('Word and Markdown from the check page; the renderer is not part of the first load', async (t) => {
    const page = await session(t, server);
    await withDraft(page, server, example('complete'), '#/check');
    const firstLoad = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    assert.equal(
      firstLoad.some((u) => /render|docx/i.test(u)),
      false,
      `the first load fetched the renderer: ${firstLoad.join(' ')}`,
    );
    const take = async (id) => {
      const [file] = await Promise.all([page.waitForEvent('download'), page.click(`#${id}`)]);
      return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
    };
    const word = await take('download-word');
    assert.equal(word.name, 'self-evaluation.docx');
    assert.equal(word.bytes.subarray(0, 2).toString('latin1'), 'PK', 'a zip');
    // Read back by a second library: the same headings as the renderer's model.
    const { default: mammoth } = await import('mammoth');
    const { value: html } = await mammoth.convertToHtml({ buffer: word.bytes });
    const decode = (t) =>
      t
        .replace(/<[^>]+>/g, '')
        .replace(/&#39;/g, "'")
        .replace(/&quot;/g, '"')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&');
    const headings = [...html.matchAll(/<h[1-4][^>]*>(.*?)<\/h[1-4]>/g)].map((m) => decode(m[1]).trim());
    const { documentModel } = await import('sefcheck/render');
    const model = documentModel(example('complete'));
    assert.deepEqual(
      headings,
      model.blocks.filter((b) => b.type === 'heading').map((b) => b.text),
    );
    const markdown = await take('download-markdown');
    assert.equal(markdown.name, 'self-evaluation.md');
    const text = markdown.bytes.toString('utf8');
    assert.match(text, /^# /m);
    assert.ok(text.includes('Private law practice'));
  });
});
