//! Sets of the document's strings (ids, keys, pointers, paths) built once and then searched,
//! and "was this key used before?" in document order: sorted vectors, no hashing.
//!
//! A document is untrusted text of up to 5 MiB. A hash with a fixed seed would let a crafted one
//! put every key in one bucket and make a check quadratic; sorting is O(n log n) whatever the
//! keys (docs/performance.md, "Resource bounds"). Every sort here is of keys with a number and
//! uses [`KeyOrder`], so the module holds the standard sort once for all of them and
//! `stringify`'s orders (docs/performance.md, "Hash maps out of the core").

use crate::stringify::KeyOrder;
use std::cmp::Ordering;
use std::ops::Range;

/// A set of strings, each with a number (its place, or an index it stands for): sorted by
/// string, one entry per string, searched by binary search.
#[derive(Clone, Debug, Default)]
pub struct KeySet<'a> {
    /// Sorted by key, no key twice; each with the smallest number it came with.
    entries: Vec<(&'a str, usize)>,
}

impl<'a> KeySet<'a> {
    /// The keys of `entries`, each with the smallest number it comes with there.
    pub fn numbered(mut entries: Vec<(&'a str, usize)>) -> KeySet<'a> {
        sort_keyed(&mut entries);
        entries.dedup_by(|later, first| compare(later.0.as_bytes(), first.0.as_bytes()).is_eq());
        KeySet { entries }
    }

    /// The number `key` came with (the smallest, when it came more than once).
    pub fn get(&self, key: &str) -> Option<usize> {
        let at = self.rank(key)?;
        self.entries.get(at).map(|&(_, number)| number)
    }

    pub fn contains(&self, key: &str) -> bool {
        self.rank(key).is_some()
    }

    /// The place of `key` among the set's keys in their order: `0..len()`, one each.
    pub fn rank(&self, key: &str) -> Option<usize> {
        self.entries
            .binary_search_by(|&(k, _)| compare(k.as_bytes(), key.as_bytes()))
            .ok()
    }

    /// [`KeySet::rank`] of `key` among the keys at the places `within`, when each of those
    /// begins with the first `skip` bytes of `key`: compared from there on only (a pointer by
    /// its last token among those below its parent).
    pub fn rank_within(&self, within: Range<usize>, skip: usize, key: &str) -> Option<usize> {
        let keys = self.entries.get(within.clone())?;
        let rest = tail(key, skip);
        keys.binary_search_by(|&(k, _)| compare(tail(k, skip), rest))
            .ok()
            .map(|at| within.start + at)
    }

    /// The places of the keys that begin with `prefix` among those at the places `within`,
    /// when each of those begins with the first `skip` bytes of `prefix`, as for
    /// [`KeySet::rank_within`].
    pub fn starting_with(&self, within: Range<usize>, skip: usize, prefix: &str) -> Range<usize> {
        let keys = self.entries.get(within.clone()).unwrap_or_default();
        let rest = tail(prefix, skip);
        let start = keys.partition_point(|&(k, _)| compare(tail(k, skip), rest).is_lt());
        let after = keys.get(start..).unwrap_or_default();
        let end = start + after.partition_point(|&(k, _)| tail(k, skip).starts_with(rest));
        within.start + start..within.start + end
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }
}

/// The keys numbered by their order: [`KeySet::get`] gives a key's first place.
impl<'a> FromIterator<&'a str> for KeySet<'a> {
    fn from_iter<I: IntoIterator<Item = &'a str>>(keys: I) -> KeySet<'a> {
        KeySet::numbered(keys.into_iter().zip(0..).collect())
    }
}

/// For each of `keys`, in order: whether an equal key came before it (`None` is no key and
/// never counts). Equal keys fall together when sorted with their places, first use first:
/// each whose predecessor there has the same key is a later use.
pub fn later_uses<'a, I>(keys: I) -> Vec<bool>
where
    I: IntoIterator<Item = Option<&'a str>>,
    I::IntoIter: ExactSizeIterator,
{
    let keys = keys.into_iter();
    let count = keys.len();
    // One key or none: nothing to sort (a list of one reference, often).
    if count < 2 {
        return vec![false; count];
    }
    let entries = keys
        .zip(0..)
        .filter_map(|(key, place)| key.map(|k| (k, place)))
        .collect();
    mark_later_uses(entries, count)
}

fn mark_later_uses(mut entries: Vec<(&str, usize)>, count: usize) -> Vec<bool> {
    let mut later = vec![false; count];
    sort_keyed(&mut entries);
    for pair in entries.windows(2) {
        if let [(before, _), (key, place)] = pair {
            if compare(before.as_bytes(), key.as_bytes()).is_eq() {
                if let Some(flag) = later.get_mut(*place) {
                    *flag = true;
                }
            }
        }
    }
    later
}

/// Sorts keys with their numbers by key, then number: equal keys together, the smallest number
/// first.
pub fn sort_keyed(entries: &mut [(&str, usize)]) {
    entries.sort_unstable_by(by_key_then_number as KeyOrder);
}

/// Where `probe` is, or would be, in entries sorted by [`sort_keyed`].
pub fn search(sorted: &[(&str, usize)], probe: (&str, usize)) -> Result<usize, usize> {
    sorted.binary_search_by(|entry| by_key_then_number(entry, &probe))
}

fn by_key_then_number(a: &(&str, usize), b: &(&str, usize)) -> Ordering {
    compare(a.0.as_bytes(), b.0.as_bytes()).then(a.1.cmp(&b.1))
}

/// A key's bytes after its first `skip`.
fn tail(key: &str, skip: usize) -> &[u8] {
    key.as_bytes().get(skip..).unwrap_or_default()
}

/// `str`'s order. Short keys (ids) byte by byte: a call to `memcmp` costs more than the loop
/// (in WebAssembly `memcmp` is that loop); longer ones (paths) by `memcmp`, natively vectorised.
/// Inlined into the searches: 0.7 % fewer instructions for `validateJson(large)` in WebAssembly.
#[inline]
fn compare(a: &[u8], b: &[u8]) -> Ordering {
    if a.len() > SHORT || b.len() > SHORT {
        return a.cmp(b);
    }
    for (x, y) in a.iter().zip(b) {
        if x != y {
            return x.cmp(y);
        }
    }
    a.len().cmp(&b.len())
}

/// Keys up to this long are compared byte by byte.
const SHORT: usize = 16;

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::collections::{HashMap, HashSet};

    #[test]
    fn a_set_of_keys_with_their_first_numbers() {
        let set: KeySet = ["b", "a", "b", "", "c", "a"].into_iter().collect();
        assert_eq!(set.len(), 4);
        assert_eq!(
            ["", "a", "b", "c", "d"].map(|k| set.get(k)),
            [Some(3), Some(1), Some(0), Some(4), None]
        );
        assert_eq!(
            ["", "a", "b", "c", "d"].map(|k| set.rank(k)),
            [Some(0), Some(1), Some(2), Some(3), None]
        );
        assert!(set.contains("c") && !set.contains("C"));
        // Numbered as given: the smallest, wherever it comes.
        let set = KeySet::numbered(vec![("x", 7), ("y", 1), ("x", 2), ("x", 9)]);
        assert_eq!((set.get("x"), set.get("y")), (Some(2), Some(1)));
        assert_eq!(KeySet::default().len(), 0);
        assert_eq!(KeySet::default().get(""), None);
    }

    #[test]
    fn later_uses_in_document_order() {
        let keys = [
            Some("a"),
            None,
            Some("b"),
            Some("a"),
            None,
            Some("a"),
            Some("b"),
        ];
        assert_eq!(
            later_uses(keys),
            [false, false, false, true, false, true, true]
        );
        assert_eq!(later_uses([None, None]), [false, false]);
        assert!(later_uses([]).is_empty());
    }

    /// Keys from a few letters, so that many are equal, and some that share long prefixes.
    fn keys() -> impl Strategy<Value = Vec<Option<String>>> {
        proptest::collection::vec(
            proptest::option::weighted(0.8, "[ab]{0,3}|x{30}[ab]|é[a😀]?"),
            0..60,
        )
    }

    /// The set's keys in its order.
    fn sorted_keys<'a>(set: &KeySet<'a>) -> Vec<&'a str> {
        set.entries.iter().map(|&(k, _)| k).collect()
    }

    proptest! {
        #[test]
        fn compares_as_str_does(a in "[a\\x00\\x7f-\\u{100}]{0,10}|.*", b in "[a\\x00\\x7f-\\u{100}]{0,10}|.*") {
            prop_assert_eq!(compare(a.as_bytes(), b.as_bytes()), a.cmp(&b));
            prop_assert_eq!(compare(a.as_bytes(), a.as_bytes()), std::cmp::Ordering::Equal);
        }

        /// std's `HashSet` and `HashMap` as the reference.
        #[test]
        fn as_std_hash_sets_and_maps(keys in keys(), probes in proptest::collection::vec("[ab]{0,3}|x{30}[ab]", 0..10)) {
            let keys: Vec<Option<&str>> = keys.iter().map(Option::as_deref).collect();
            // later_uses: HashSet::insert in document order.
            let mut seen = HashSet::new();
            let expected: Vec<bool> = keys.iter().map(|k| k.is_some_and(|k| !seen.insert(k))).collect();
            prop_assert_eq!(later_uses(keys.iter().copied()), expected);
            // A set: each key's first place, as HashMap's entry().or_insert() keeps it.
            let present: Vec<&str> = keys.iter().flatten().copied().collect();
            let mut first = HashMap::new();
            for (place, key) in present.iter().enumerate() {
                first.entry(*key).or_insert(place);
            }
            let set: KeySet = present.iter().copied().collect();
            prop_assert_eq!(set.len(), first.len());
            for probe in present.iter().copied().chain(probes.iter().map(String::as_str)) {
                prop_assert_eq!(set.get(probe), first.get(probe).copied());
                prop_assert_eq!(set.contains(probe), first.contains_key(probe));
            }
            // Below a prefix: the places of the keys that begin with it, and ranks among them.
            for probe in probes.iter() {
                let expected: Vec<usize> = sorted_keys(&set).iter().enumerate().filter(|(_, k)| k.starts_with(probe.as_str())).map(|(at, _)| at).collect();
                let below = set.starting_with(0..set.len(), 0, probe);
                prop_assert_eq!(below.clone().collect::<Vec<_>>(), expected);
                // Every key below begins with `probe`: compared after it, as rank gives.
                let skip = probe.len();
                for key in present.iter().filter(|k| k.starts_with(probe.as_str())) {
                    prop_assert_eq!(set.rank_within(below.clone(), skip, key), set.rank(key));
                }
            }
            // Ranks: one each, in the keys' order.
            let mut sorted: Vec<&str> = first.keys().copied().collect();
            sorted.sort_unstable();
            for (rank, key) in sorted.iter().enumerate() {
                prop_assert_eq!(set.rank(key), Some(rank));
            }
        }
    }
}
