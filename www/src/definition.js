// Questions about the form definition (formDefinition() of the package) that the pages ask:
// which field a pointer is, which section it is in, which lists name their items, which fields
// choose items of which lists.

/** The field definitions below `field`, itself first. */
function* fieldsBelow(field) {
  yield field;
  for (const child of field.fields ?? []) yield* fieldsBelow(child);
}

/** The lists a field of references chooses from (one pointer, or several). */
export const referencesOf = (field) => (field.references === undefined ? [] : [field.references].flat());

export function definitionIndex(def) {
  const all = def.sections.flatMap((section) =>
    section.fields.flatMap((field) => [...fieldsBelow(field)].map((f) => ({ field: f, section }))),
  );
  // Acknowledgements are a list of the draft outside every section.
  if (def.acknowledgements) all.push(...[...fieldsBelow(def.acknowledgements)].map((f) => ({ field: f, section: null })));
  const byPath = new Map(all.map(({ field, section }) => [field.path, { field, section }]));
  const lists = all.filter(({ field }) => field.kind === 'objectList' || field.kind === 'textList');

  /** The definition path of a pointer: list indices as `*` (items of a list of text are the list's). */
  function pathOf(pointer) {
    const tokens = pointer.split('/');
    let path = '';
    for (let i = 1; i < tokens.length; i++) {
      const t = tokens[i];
      const inList = lists.some(({ field }) => field.path === path);
      if (inList && /^(0|[1-9][0-9]*)$/.test(t)) {
        if (byPath.get(path).field.kind === 'textList') return path;
        path += '/*';
      } else {
        path += `/${t}`;
      }
    }
    return path;
  }

  return {
    /** The section fields' pointers: where each section's answer is in the draft. */
    roots: def.sections.flatMap((s) => s.fields.map((f) => f.path)),
    /** The pointers of the lists whose items the draft store names by tokens. */
    lists: lists.map(({ field }) => field.path),
    /** A section's own field (a member of the draft) at exactly `pointer`, or null. */
    fieldAt(pointer) {
      for (const section of def.sections) for (const field of section.fields) if (field.path === pointer) return field;
      return null;
    },
    /** The field a pointer (with list indices) is an answer to, or null. */
    fieldFor(pointer) {
      return byPath.get(pathOf(pointer))?.field ?? null;
    },
    /** The id of the section a pointer is in (the first section for anything else). */
    sectionOf(pointer) {
      for (const section of def.sections) {
        for (const field of section.fields) if (pointer === field.path || pointer.startsWith(`${field.path}/`)) return section.id;
      }
      return def.sections[0].id;
    },
    sectionById: (id) => def.sections.find((s) => s.id === id),
    /** The lists a section's fields choose items from (an area's evidence: the register). */
    referencedBy(sectionId) {
      const section = def.sections.find((s) => s.id === sectionId);
      return section ? section.fields.flatMap((f) => [...fieldsBelow(f)]).flatMap(referencesOf) : [];
    },
    /**
     * The lists whose changes a section's page shows: those its fields choose from, and those
     * whose items choose its own items (the improvement plan, for an area's development areas).
     */
    relatedLists(sectionId) {
      const chosen = this.referencedBy(sectionId);
      const own = all.filter(
        ({ section, field }) => section?.id === sectionId && (field.kind === 'objectList' || field.kind === 'textList'),
      );
      const choosers = own.flatMap(({ field }) => this.choosersOf(field.path)).flatMap(({ list }) => (list ? [list.path] : []));
      return [...new Set([...chosen, ...choosers])];
    },
    /**
     * The fields that choose items of the list at `listPointer` (what an action addresses
     * chooses development areas and recommendations), each with the list of objects it is in
     * (the improvement plan), or null when it is in none (an area's evidence).
     */
    choosersOf(listPointer) {
      return all
        .filter(({ field }) => referencesOf(field).includes(listPointer))
        .map(({ field }) => {
          const cut = field.path.lastIndexOf('/*/');
          return { field, list: cut < 0 ? null : byPath.get(field.path.slice(0, cut)).field };
        });
    },
  };
}
