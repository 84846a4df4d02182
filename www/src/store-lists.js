// Which lists of the draft name their items by tokens, and the tokens themselves (store.js).
// An item keeps its token whatever comes or goes around it: `b<i>` for the item at index i of
// the base (the draft as last replaced), `n<stamp>` for an item added since, with the stamp of
// its adding. Items are in the order of their tokens: the base's first, then the added ones in
// the order they were added, so that every tab puts them in the same order.

const BASE_ITEM = /^b(0|[1-9][0-9]*)$/;
const ADDED_ITEM = /^n[0-9a-z]{13,}$/;

/** Whether a pointer token names a list item. */
export const isItemToken = (t) => BASE_ITEM.test(t) || ADDED_ITEM.test(t);

/**
 * A tree of the lists at `patterns` (JSON Pointers; `*` for any item of an enclosing list):
 * each node `{ list, children, item }`, where `list` says the value there is a list whose items
 * have tokens, `children` the nodes below by key and `item` the node of each item.
 */
export function listTree(patterns) {
  const root = { list: false, children: new Map(), item: null };
  const node = () => ({ list: false, children: new Map(), item: null });
  for (const pattern of patterns) {
    let at = root;
    const tokens = pattern.slice(1).split('/');
    for (const t of tokens) {
      if (t === '*') {
        if (!at.list) throw new Error(`${pattern}: * must follow a list`);
        at.item ??= node();
        at = at.item;
      } else {
        if (!at.children.has(t)) at.children.set(t, node());
        at = at.children.get(t);
      }
    }
    at.list = true;
  }
  return root;
}

/** The node for the member `token` of the value at `node` (null: no list below). */
export function stepInto(node, token) {
  if (node === null) return null;
  return node.list ? node.item : (node.children.get(token) ?? null);
}

const tokensOf = new WeakMap();

/** The tokens of a list's items (those of a list not yet seen are its base tokens). */
export function itemTokens(list) {
  let tokens = tokensOf.get(list);
  if (tokens === undefined) {
    tokens = list.map((_, i) => `b${i}`);
    tokensOf.set(list, tokens);
  }
  return tokens;
}

/** Item order: the base's by index, then the added ones by stamp. */
export function compareTokens(a, b) {
  const baseA = a[0] === 'b';
  const baseB = b[0] === 'b';
  if (baseA && baseB) return Number(a.slice(1)) - Number(b.slice(1));
  if (baseA !== baseB) return baseA ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Where an item with `token` goes among `tokens` (in order). */
export function insertionIndex(tokens, token) {
  let at = tokens.length;
  while (at > 0 && compareTokens(tokens[at - 1], token) > 0) at--;
  return at;
}
