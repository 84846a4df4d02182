// The draft as a tree whose lists name their items by tokens (store.js): which lists do, the
// tokens, and pointers with tokens written into the draft.
// An item keeps its token whatever comes or goes around it: `b<i>` for the item at index i of
// the base (the draft as last replaced), `n<stamp>` for an item added since, with the stamp of
// its adding. Items are in the order of their tokens: the base's first, then the added ones in
// the order they were added, so that every tab puts them in the same order.

import * as ptr from './pointer.js';
import { put } from './store-legacy.js';

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

const isContainer = (v) => v !== null && typeof v === 'object';
const isObject = (v) => isContainer(v) && !Array.isArray(v);
const isIndex = (t) => /^(0|[1-9][0-9]*)$/.test(t);

/** A pointer with list indices (as the page has it) as one with item tokens, or null. */
export function stableOf(shape, doc, pointer) {
  const out = [];
  let holder = doc;
  let node = shape;
  for (const t of ptr.parse(pointer)) {
    if (node?.list) {
      if (!Array.isArray(holder) || !isIndex(t) || Number(t) >= holder.length) return null;
      out.push(itemTokens(holder)[Number(t)]);
    } else {
      out.push(t);
    }
    holder = isContainer(holder) ? (Object.hasOwn(holder, t) ? holder[t] : undefined) : undefined;
    node = stepInto(node, t);
  }
  return ptr.join(out);
}

/** A pointer with item tokens as one with list indices, or null when an item is not there. */
export function indexOf(shape, doc, stable) {
  const out = [];
  let holder = doc;
  let node = shape;
  for (const t of ptr.parse(stable)) {
    let key = t;
    if (node?.list) {
      const at = Array.isArray(holder) ? itemTokens(holder).indexOf(t) : -1;
      if (at < 0) return null;
      key = String(at);
    }
    out.push(key);
    holder = isContainer(holder) ? (Object.hasOwn(holder, key) ? holder[key] : undefined) : undefined;
    node = stepInto(node, t);
  }
  return ptr.join(out);
}

/**
 * Applies one write at a pointer with item tokens: `value` undefined removes the answer (or
 * the item). Containers on the way are made as the page makes them (a value of the wrong
 * type on the way is replaced: the person answered the question it stood for), an item
 * written inside is made when it is not there. Returns the pointer (with indices) of what
 * changed and whether an item came or went, or null when a removal found nothing.
 */
export function apply(shape, doc, stable, value) {
  const tokens = ptr.parse(stable);
  if (tokens.length === 0) return null;
  // Removing an item leaves its list, empty or not, as it does in the tab that removed it;
  // removing an answer makes nothing on the way to it.
  let parent = shape;
  for (const t of tokens.slice(0, -1)) parent = stepInto(parent, t);
  const make = value !== undefined || parent?.list === true;
  const out = [];
  let holder = doc;
  let node = shape;
  let items = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const last = i === tokens.length - 1;
    const next = stepInto(node, t);
    let key = t;
    if (node?.list) {
      const order = itemTokens(holder);
      let at = order.indexOf(t);
      if (at < 0) {
        if (value === undefined) return last ? { pointer: ptr.join(out), items: false } : null;
        at = insertionIndex(order, t);
        holder.splice(at, 0, last ? value : undefined);
        order.splice(at, 0, t);
        items = true;
      } else if (last && value === undefined) {
        holder.splice(at, 1);
        order.splice(at, 1);
        out.push(String(at));
        return { pointer: ptr.join(out), items: true, removed: true };
      }
      key = String(at);
    } else if (Array.isArray(holder)) {
      // A list the form does not name items of: by index, as the page sets it.
      if (!isIndex(t)) return null;
    }
    out.push(key);
    if (last) {
      if (Array.isArray(holder)) holder[Number(key)] = value === undefined ? null : value;
      else if (value === undefined) delete holder[key];
      else put(holder, key, value);
      return { pointer: ptr.join(out), items };
    }
    let child = Object.hasOwn(holder, key) ? holder[key] : undefined;
    const wantList = next?.list || isIndex(tokens[i + 1]);
    if (wantList ? !Array.isArray(child) : !isObject(child)) {
      if (!make) return null;
      child = wantList ? [] : {};
      if (Array.isArray(holder)) holder[Number(key)] = child;
      else put(holder, key, child);
    }
    holder = child;
    node = next;
  }
  return null;
}

/** Whether each token that names a list item is an item token. */
export function pathIsValid(shape, tokens) {
  let node = shape;
  for (const t of tokens) {
    if (node?.list && !isItemToken(t)) return false;
    node = stepInto(node, t);
  }
  return true;
}
