// JSON Pointers (RFC 6901) into the draft. Keys come from the form definition; list indices
// are numbers.

export function parse(pointer) {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export function join(tokens) {
  return tokens.map((t) => `/${String(t).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);

export function get(doc, pointer) {
  let v = doc;
  for (const t of parse(pointer)) {
    if (Array.isArray(v)) {
      if (!/^(0|[1-9][0-9]*)$/.test(t)) return undefined;
      v = v[Number(t)];
    } else if (isObject(v)) {
      if (!Object.hasOwn(v, t)) return undefined;
      v = v[t];
    } else {
      return undefined;
    }
  }
  return v;
}

/**
 * Sets the value at `pointer`, making the objects on the way (a container of the wrong type
 * on the way is replaced: the person is answering the question it stood for). `undefined`
 * removes the key (an unanswered field is left out of the draft).
 */
export function set(doc, pointer, value) {
  const tokens = parse(pointer);
  let v = doc;
  for (let i = 0; i < tokens.length - 1; i++) {
    const t = tokens[i];
    const nextIsIndex = /^(0|[1-9][0-9]*)$/.test(tokens[i + 1]);
    let next = Array.isArray(v) ? v[Number(t)] : v[t];
    const fits = nextIsIndex ? Array.isArray(next) : isObject(next);
    if (!fits) {
      if (value === undefined) return;
      next = nextIsIndex ? [] : {};
      if (Array.isArray(v)) v[Number(t)] = next;
      else v[t] = next;
    }
    v = next;
  }
  const last = tokens[tokens.length - 1];
  if (Array.isArray(v)) {
    v[Number(last)] = value === undefined ? null : value;
  } else if (value === undefined) {
    delete v[last];
  } else {
    v[last] = value;
  }
}

export { isObject };
