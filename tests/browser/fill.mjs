// Fills the form through the page as a person would, field by field, driven by the form
// definition: the same definition the page draws itself from.
import * as ptr from '../../www/src/pointer.js';

export const idFor = (pointer) => `f${pointer.replace(/[^A-Za-z0-9]+/g, '-')}`;
const css = (id) => `#${id.replace(/([^A-Za-z0-9_-])/g, '\\$1')}`;

/** The order sections are filled in: the register before the areas that cite it. */
export const FILL_ORDER = [
  'about',
  'inspection',
  'evidence',
  'actions',
  'privateLaw',
  'publicLaw',
  'leadership',
  'voice',
  'performance',
  'declarations',
];

function titleKey(def, refPointer) {
  for (const s of def.sections) for (const f of s.fields) if (f.path === refPointer) return f.fields.find((c) => c.kind === 'line').key;
  return null;
}

export async function fillField(page, def, doc, field, pointer, value) {
  if (value === undefined) return;
  const id = idFor(pointer);
  switch (field.kind) {
    case 'text':
    case 'line':
    case 'id':
      await page.fill(css(id), value);
      return;
    case 'count':
    case 'number':
      await page.fill(css(id), String(value));
      return;
    case 'date': {
      const [y, m, d] = value.split('-');
      // Typed as a person would, without leading zeros.
      await page.fill(css(`${id}-day`), String(Number(d)));
      await page.fill(css(`${id}-month`), String(Number(m)));
      await page.fill(css(`${id}-year`), y);
      return;
    }
    case 'option':
      if (field.options.length > 6) await page.selectOption(css(id), value);
      else await page.check(`input[name="${id}"][value="${value}"]`);
      return;
    case 'yesNo':
      if (value === true) await page.check(css(id));
      return;
    case 'object':
      for (const child of field.fields) await fillField(page, def, doc, child, `${pointer}/${child.key}`, value[child.key]);
      return;
    case 'textList':
      for (let i = 0; i < value.length; i++) {
        await page.click(`button[data-add="${pointer}"]`);
        await page.fill(css(idFor(`${pointer}/${i}`)), value[i]);
      }
      return;
    case 'idList': {
      // Chosen by the evidence item's title, as a person does; never typed as an id.
      const register = ptr.get(doc, field.references);
      const key = titleKey(def, field.references);
      const group = page.locator('fieldset', { has: page.locator(`input[name="${id}"]`) });
      for (const ref of value) {
        const title = register.find((item) => item.id === ref)[key];
        await group.getByRole('checkbox', { name: title, exact: true }).check();
      }
      return;
    }
    case 'objectList':
      for (let i = 0; i < value.length; i++) {
        await page.click(`button[data-add="${pointer}"]`);
        for (const child of field.fields) await fillField(page, def, doc, child, `${pointer}/${i}/${child.key}`, value[i][child.key]);
      }
      return;
    default:
      throw new Error(`cannot fill ${field.kind}`);
  }
}

/** Fills one section from `doc` and presses "Save and continue". */
export async function fillSection(page, def, doc, sectionId) {
  const section = def.sections.find((s) => s.id === sectionId);
  for (const field of section.fields) await fillField(page, def, doc, field, field.path, ptr.get(doc, field.path));
}
