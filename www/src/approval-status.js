// Whether the approval still holds, shown on every page as soon as it stops holding: the
// digest recorded when the self-evaluation was approved against the digest of the draft as it
// is now (contentDigest of the package), worked out a moment after each change, here or in
// another tab, rather than on every keystroke.
import { h } from './dom.js';
import * as ptr from './pointer.js';
import { draftEvents, state, warningText } from './shell.js';

const WAIT_MS = 300;

function place() {
  let box = document.getElementById('approval-status');
  if (!box) {
    box = h('div', { id: 'approval-status', class: 'app-approval-status app-no-print', role: 'status' });
    document.getElementById('save-status').after(box);
  }
  return box;
}

/** Shows whether the approval holds; nothing while there is none. */
export function showApprovalStatus() {
  const { section, digest } = state.index.approval;
  if (digest === null) return;
  const recorded = ptr.get(state.doc, digest);
  const box = place();
  box.replaceChildren();
  if (typeof recorded !== 'string' || !/^[0-9a-f]{64}$/.test(recorded)) return;
  if (state.api.contentDigest(state.doc) === recorded) return;
  box.append(
    warningText(
      'The approval no longer holds: the self-evaluation has changed since it was approved. ',
      h('a', { class: 'govuk-link', href: `#/section/${section}` }, 'Approve it again'),
    ),
  );
}

/** Keeps the approval's status up to date as the draft changes. */
export function watchApproval() {
  let timer = null;
  draftEvents.addEventListener('change', () => {
    clearTimeout(timer);
    timer = setTimeout(showApprovalStatus, WAIT_MS);
  });
  showApprovalStatus();
}
