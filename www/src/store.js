// The draft lives in this browser's localStorage, written on every change, so that it is there
// again after a reload, a closed tab or a crash. Nothing is sent anywhere.

export const DRAFT_KEY = 'sefcheck:draft';
const UNREADABLE_KEY = 'sefcheck:draft-unreadable';

/**
 * The saved draft, or null when there is none. A saved value that is not a JSON object is
 * kept aside (never thrown away) and reported.
 */
export function loadDraft() {
  let text;
  try {
    text = localStorage.getItem(DRAFT_KEY);
  } catch {
    return { draft: null, problem: 'storage' };
  }
  if (text === null) return { draft: null };
  try {
    const value = JSON.parse(text);
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) return { draft: value };
  } catch {
    // fall through
  }
  try {
    localStorage.setItem(UNREADABLE_KEY, text);
  } catch {
    // nothing more can be done
  }
  return { draft: null, problem: 'unreadable' };
}

/** Writes the draft; returns the time it was saved, or throws when the browser refuses. */
export function saveDraft(doc) {
  localStorage.setItem(DRAFT_KEY, JSON.stringify(doc));
  return new Date();
}
