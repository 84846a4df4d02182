//! An object's members as they come: of two equal keys the last value wins and the first key
//! keeps its place, found by a linear scan in a small object and by one sort in a large one.

use crate::keyset::sort_keyed;
use crate::value::Value;
use std::borrow::Cow;

/// Up to this many members, an object looks for an equal key by a linear scan as each member
/// comes; past it, members are added as they come and equal keys are merged once, by a sort,
/// when the object ends, so that a huge object is not quadratic.
pub(super) const MERGE_PAST: usize = 16;

/// Adds a member to the object whose members start at `base` in `members`; of two equal keys
/// the last value wins and the first key keeps its place. Up to [`MERGE_PAST`] members the keys
/// are unique as they come; past it, [`merge_equal_keys`] makes them so when the object ends.
pub(super) fn insert<'a>(
    members: &mut Vec<(Cow<'a, str>, Value<'a>)>,
    base: usize,
    key: Cow<'a, str>,
    value: Value<'a>,
) {
    let own = members.get_mut(base..).unwrap_or_default();
    if own.len() < MERGE_PAST {
        if let Some(slot) = own.iter_mut().find(|(k, _)| *k == key) {
            slot.1 = value;
            return;
        }
    }
    members.push((key, value));
}

/// Of the members with equal keys, the first keeps its place and takes the last one's value,
/// and the others go: sorted with their places, equal keys fall together, first use first.
pub(super) fn merge_equal_keys(members: &mut Vec<(Cow<'_, str>, Value<'_>)>) {
    // (first, last) place of each key used more than once, and whether each member goes.
    let mut merged = Vec::new();
    let mut goes = vec![false; members.len()];
    {
        let mut keyed: Vec<(&str, usize)> =
            members.iter().map(|(k, _)| k.as_ref()).zip(0..).collect();
        sort_keyed(&mut keyed);
        let mut run = keyed.iter().peekable();
        while let Some(&(key, first)) = run.next() {
            let mut last = first;
            while let Some(&(_, place)) = run.next_if(|(next, _)| *next == key) {
                if let Some(flag) = goes.get_mut(place) {
                    *flag = true;
                }
                last = place;
            }
            if last != first {
                merged.push((first, last));
            }
        }
    }
    for (first, last) in merged {
        let (head, tail) = members.split_at_mut(last);
        if let (Some((_, kept)), Some((_, latest))) = (head.get_mut(first), tail.first_mut()) {
            std::mem::swap(kept, latest);
        }
    }
    let mut place = 0;
    members.retain(|_| {
        let keep = !goes.get(place).copied().unwrap_or_default();
        place += 1;
        keep
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json::tests::{n, obj, ok, s};
    use crate::json::{parse, parse_unbounded};
    use proptest::prelude::*;

    #[test]
    fn duplicate_keys_last_wins_in_first_place() {
        assert_eq!(
            ok(r#"{"a":1,"b":2,"a":3}"#),
            obj(vec![("a", n(3.0)), ("b", n(2.0))])
        );
        // Equal once escapes are decoded.
        assert_eq!(
            ok(r#"{"ab":1,"c":2,"a\u0062":3}"#),
            obj(vec![("ab", n(3.0)), ("c", n(2.0))])
        );
        assert_eq!(
            ok(r#"{"formVersion":2,"formVersion":1,"x":{"k":[1],"k":null}}"#),
            obj(vec![
                ("formVersion", n(1.0)),
                ("x", obj(vec![("k", Value::Null)]))
            ])
        );
        // Around the size past which equal keys are merged when the object ends.
        for size in [
            MERGE_PAST - 2,
            MERGE_PAST - 1,
            MERGE_PAST,
            MERGE_PAST + 1,
            100,
        ] {
            let mut text = String::from("{");
            for i in 0..size {
                text.push_str(&format!("\"k{i}\":{i},"));
            }
            for i in (0..size).rev() {
                text.push_str(&format!("\"k{i}\":\"again {i}\","));
            }
            text.push_str("\"last\":0}");
            let value = ok(&text);
            let Value::Object(members) = value else {
                panic!("not an object")
            };
            assert_eq!(members.len(), size + 1);
            for (i, (key, value)) in members.iter().take(size).enumerate() {
                assert_eq!(key, &format!("k{i}"));
                assert_eq!(value.as_str(), Some(format!("again {i}").as_str()));
            }
        }
    }

    #[test]
    fn huge_object_is_not_quadratic() {
        let count = 300_000;
        let mut text = String::with_capacity(count * 16);
        text.push('{');
        for i in 0..count {
            text.push_str(&format!("\"key{i}\":{i},"));
        }
        text.push_str("\"key5\":\"five\",\"key299999\":true}");
        let started = std::time::Instant::now();
        // Over 5 MiB: parse_unbounded.
        let value = parse_unbounded(&text).expect("parses");
        assert!(started.elapsed() < std::time::Duration::from_secs(20));
        let Value::Object(members) = value else {
            panic!("not an object")
        };
        assert_eq!(members.len(), count);
        assert_eq!(members[0], (Cow::Borrowed("key0"), n(0.0)));
        assert_eq!(members[5], (Cow::Borrowed("key5"), s("five")));
        assert_eq!(members[count - 1].1, Value::Bool(true));
    }

    #[test]
    fn one_key_many_times_is_one_member() {
        let count = 300_000;
        let mut text = String::from("{\"first\":0,");
        for i in 0..count {
            text.push_str(&format!("\"key\":{i},"));
        }
        text.push_str("\"last\":0}");
        let value = parse_unbounded(&text).expect("parses");
        let expected = obj(vec![
            ("first", n(0.0)),
            ("key", n((count - 1) as f64)),
            ("last", n(0.0)),
        ]);
        assert_eq!(value, expected);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        /// Equal keys merged when the object ends, against the plain reading: each member in
        /// turn, replacing the value of an equal key already there.
        #[test]
        fn equal_keys_as_a_linear_scan_reads_them(
            keys in prop::collection::vec("[ab]{0,2}|x{20}[ab]|\\u0061", 0..60),
        ) {
            let text = format!(
                "{{{}}}",
                keys.iter()
                    .enumerate()
                    .map(|(i, k)| format!("\"{k}\":{i}"))
                    .collect::<Vec<_>>()
                    .join(",")
            );
            let mut expected: Vec<(String, f64)> = Vec::new();
            for (i, key) in keys.iter().enumerate() {
                let key = key.replace("\\u0061", "a");
                match expected.iter_mut().find(|(k, _)| *k == key) {
                    Some(slot) => slot.1 = i as f64,
                    None => expected.push((key, i as f64)),
                }
            }
            let expected = Value::Object(
                expected.into_iter().map(|(k, i)| (Cow::Owned(k), n(i))).collect(),
            );
            prop_assert_eq!(parse(&text).ok(), Some(expected));
        }
    }
}
