// Fills the form through the page as a person would, field by field, driven by the form
// definition: the same definition the page draws itself from.
import * as ptr from '../../www/src/pointer.js';

export const idFor = (pointer) => `f${pointer.replace(/[^A-Za-z0-9]+/g, '-')}`;
const css = (id) => `#${id.replace(/([^A-Za-z0-9_-])/g, '\\$1')}`;

/**
 * The order sections are filled in: the register before the areas that cite it, the areas'
 * development areas before the actions that address them, the approval last.
 */
export const FILL_ORDER = [
  'about',
  'inspection',
  'evidence',
  'privateLaw',
  'publicLaw',
  'leadership',
  'actions',
  'voice',
  'performance',
  'declarations',
  'approval',
];

/** The field of the definition at `pointer` (a list's own pointer), anywhere in the form. */
function fieldAt(def, pointer) {
  const find = (fields) => {
    for (const f of fields) {
      if (f.path === pointer) return f;
      const inner = f.fields && find(f.fields);
      if (inner) return inner;
    }
    return null;
  };
  for (const s of def.sections) {
    const found = find(s.fields);
    if (found) return found;
  }
  return null;
}

/** What a person reads to choose an item of a list: its title, as the page shortens it. */
function choiceLabel(def, listPointer, item) {
  const list = fieldAt(def, listPointer);
  const key = list.titleKey ?? list.fields.find((c) => c.kind === 'line').key;
  return item[key].trim();
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
      // Chosen by the item's title (an evidence item's, a development area's), as a person
      // does; never typed as an id. The reference is the checkbox's value.
      for (const ref of value) {
        const listPointer = field.references.find((l) => (ptr.get(doc, l) ?? []).some((item) => item.id === ref));
        const item = ptr.get(doc, listPointer).find((it) => it.id === ref);
        const box = page.locator(`input[name="${id}"][value="${ref}"]`);
        const label = await page.locator(`label[for="${await box.getAttribute('id')}"]`).textContent();
        const title = choiceLabel(def, listPointer, item);
        if (!(label === title || (label.endsWith('…') && title.startsWith(label.slice(0, -1))))) {
          throw new Error(`${pointer}: ${ref} is labelled ${JSON.stringify(label)}, not by its title`);
        }
        await box.check();
      }
      return;
    }
    case 'digest':
      // The approval's is worked out by the page when the approver approves; last year's is pasted.
      if (!pointer.startsWith('/approval/')) await page.fill(css(id), value);
      return;
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
