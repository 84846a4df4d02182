// A hybrid logical clock for the draft's writes: every write of every tab gets a stamp, and
// of two writes of one answer the one with the later stamp wins, in every tab and after a
// reload. Stamps follow the wall clock (so "later" is what the person saw), never go back,
// and move past every stamp this tab has seen from another tab (so that an answer typed after
// seeing another tab's change always wins over that change). Ties are broken by the tab's id.
//
// A stamp is a string that sorts as the clock does: the time in milliseconds in base 36
// (9 digits, enough until the year 5188), a counter for writes in the same millisecond (3
// digits), then the tab's id.

const TIME_DIGITS = 9;
const COUNT_DIGITS = 3;
const MAX_COUNT = 36 ** COUNT_DIGITS - 1;

const pad = (n, width) => n.toString(36).padStart(width, '0');

/** A random id for this tab: 6 base-36 digits. */
export function newTabId(random = Math.random) {
  let id = '';
  for (let i = 0; i < 6; i++) id += Math.floor(random() * 36).toString(36);
  return id;
}

/** The time (ms) and counter a stamp holds, or null for a string that is not a stamp. */
export function readStamp(stamp) {
  if (typeof stamp !== 'string' || stamp.length <= TIME_DIGITS + COUNT_DIGITS) return null;
  const time = parseInt(stamp.slice(0, TIME_DIGITS), 36);
  const count = parseInt(stamp.slice(TIME_DIGITS, TIME_DIGITS + COUNT_DIGITS), 36);
  return Number.isFinite(time) && Number.isFinite(count) ? { time, count } : null;
}

/** A clock for tab `tabId`; `now` gives the wall-clock time in milliseconds. */
export function hybridClock(tabId, now = Date.now) {
  let time = 0;
  let count = 0;
  return {
    tabId,
    /** A stamp later than every stamp this clock has made or seen. */
    next() {
      const wall = now();
      if (wall > time) {
        time = wall;
        count = 0;
      } else if (count < MAX_COUNT) {
        count++;
      } else {
        time++;
        count = 0;
      }
      return pad(time, TIME_DIGITS) + pad(count, COUNT_DIGITS) + tabId;
    },
    /** Takes note of a stamp made elsewhere, so that the next one is later. */
    observe(stamp) {
      const seen = readStamp(stamp);
      if (seen === null) return;
      if (seen.time > time || (seen.time === time && seen.count > count)) {
        time = seen.time;
        count = seen.count;
      }
    },
  };
}

/** The wall-clock time a stamp was made at, as a Date (for "changed at 14:32"). */
export function stampDate(stamp) {
  const s = readStamp(stamp);
  return s === null ? null : new Date(s.time);
}
