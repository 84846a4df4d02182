//! compare's tests: its text held to the value-building reference (reference.rs).

use super::*;
use crate::json;
use crate::stringify::{to_string, Order};
use proptest::prelude::*;
use serde_json::{json, Value as J};

/// The comparison's text, after holding it to the reference's, byte for byte.
fn same_as_reference(previous: &Value<'_>, current: &Value<'_>) -> String {
    let ours = compare(previous, current);
    let theirs = to_string(&reference::compare(previous, current), Order::JavaScript);
    assert_eq!(ours, theirs);
    ours
}

fn compared(a: &str, b: &str) -> String {
    let (a, b) = (
        json::parse(a).unwrap_or(Value::Null),
        json::parse(b).unwrap_or(Value::Null),
    );
    same_as_reference(&a, &b)
}

/// An example document of docs/spec/examples by name (`complete`, `draft`, ...).
fn example(name: &str) -> J {
    let path = format!(
        "{}/docs/spec/examples/{name}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).expect("an example");
    serde_json::from_str(&text).expect("an example is JSON")
}

/// Applies a case's JSON Patch (`add`, `replace`, `remove`; `test` checks nothing here).
fn patched(mut document: J, patch: Option<&J>) -> J {
    for op in patch.and_then(J::as_array).map_or(&[][..], Vec::as_slice) {
        let path = op["path"].as_str().expect("a path");
        let (parent, last) = path.rsplit_once('/').expect("not the root");
        let last = last.replace("~1", "/").replace("~0", "~");
        let value = op["value"].clone();
        let Some(parent) = document.pointer_mut(parent) else {
            continue;
        };
        match (op["op"].as_str(), parent) {
            (Some("add"), J::Array(items)) if last == "-" => items.push(value),
            (Some("add"), J::Array(items)) => {
                items.insert(last.parse().expect("an index"), value);
            }
            (Some("add" | "replace"), J::Object(members)) => {
                members.insert(last, value);
            }
            (Some("replace"), J::Array(items)) => {
                items[last.parse::<usize>().expect("an index")] = value;
            }
            (Some("remove"), J::Array(items)) => {
                items.remove(last.parse().expect("an index"));
            }
            (Some("remove"), J::Object(members)) => {
                members.shift_remove(&last);
            }
            _ => {}
        }
    }
    document
}

/// The document a case (or one side of a `compare` case) gives: its `document`, or its
/// `base` example or next year's document of `previous`, patched.
fn case_document(case: &J, previous: Option<&J>) -> Option<J> {
    let document = if let Some(document) = case.get("document") {
        document.clone()
    } else if case["base"] == "empty" {
        crate::empty_document()
    } else if let Some(base) = case.get("base").and_then(J::as_str) {
        example(base)
    } else if case.get("nextYearOfPrevious").is_some() {
        crate::next_year_value(previous?).ok()?
    } else {
        return None;
    };
    Some(patched(document, case.get("patch")))
}

/// The conformance cases that serde_json reads, in the order of their file names.
fn cases() -> Vec<J> {
    let cases = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/conformance/cases");
    let mut paths: Vec<_> = std::fs::read_dir(cases)
        .expect("the conformance cases")
        .map(|entry| entry.expect("a case").path())
        .collect();
    paths.sort();
    // A case that plants a lone surrogate is JSON serde_json does not read: left out.
    paths
        .iter()
        .filter_map(|path| {
            let text = std::fs::read_to_string(path).expect("a case");
            serde_json::from_str(&text).ok()
        })
        .collect()
}

/// The two documents of each `compare` case.
fn compare_cases() -> Vec<(J, J)> {
    let mut pairs = Vec::new();
    for case in cases() {
        if case["function"] != "compare" {
            continue;
        }
        let previous = case_document(&case["previous"], None).expect("a previous document");
        let current = case_document(&case["current"], Some(&previous)).expect("a document");
        pairs.push((previous, current));
    }
    pairs
}

/// The examples, next year's documents started from them, and the documents of the
/// conformance cases.
fn documents() -> Vec<J> {
    let (complete, draft) = (example("complete"), example("draft"));
    let mut all = vec![complete.clone(), draft.clone()];
    for example in [&complete, &draft] {
        all.push(crate::next_year_value(example).expect("next year of an example"));
    }
    for case in cases() {
        all.extend(case_document(&case, None));
    }
    for (previous, current) in compare_cases() {
        all.push(previous);
        all.push(current);
    }
    all
}

/// Any JSON value: anything compares.
fn any_json() -> impl Strategy<Value = J> {
    let leaf = prop_oneof![
        Just(J::Null),
        any::<bool>().prop_map(J::Bool),
        any::<i64>().prop_map(J::from),
        any::<f64>()
            .prop_filter("finite", |x| x.is_finite())
            .prop_map(J::from),
        any::<String>().prop_map(J::String),
        "[a-z\"\\\n\u{0}😀é-]{0,8}".prop_map(J::String),
    ];
    leaf.prop_recursive(4, 32, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(J::Array),
            prop::collection::vec(("id|status|value|[a-z]{0,3}", inner), 0..6)
                .prop_map(|members| J::Object(members.into_iter().collect())),
        ]
    })
}

/// The values compare looks at and near misses of them: option values, statuses, dates,
/// ids, numbers at the edges of units' ranges and of number formatting.
fn telling_value() -> impl Strategy<Value = J> {
    let words = [
        "outstanding",
        "good",
        "requiresImprovement",
        "inadequate",
        "notStarted",
        "inProgress",
        "completed",
        "open",
        "resolved",
        "privateLaw",
        "publicLaw",
        "leadership",
        "crossCutting",
        "percent",
        "days",
        "count",
        "higher",
        "lower",
        "Good",
        "2025-04-01",
        "2026-04-01",
        "2026-03-31",
        "2024-02-29",
        "2025-02-29",
        "2026-4-1",
        "A1",
        "A2",
        "R1",
        "PU-D1",
        "PR-D1",
        "not an id",
        "",
        "\"é😀\\\n",
    ];
    let numbers = [
        0.0, -0.0, 0.5, 1.0, 3.0, 5.0, 10.0, 50.0, 99.5, 100.0, 101.0, -1.0, 1e21, 1.5e-7, 0.1,
        1234.5678, 1e300, 4.0e-320,
    ];
    prop_oneof![
        3 => proptest::sample::select(words.to_vec()).prop_map(J::from),
        2 => proptest::sample::select(numbers.to_vec()).prop_map(J::from),
        1 => Just(json!({})),
        1 => Just(json!([])),
        1 => any_json(),
    ]
}

/// One change to a document, at the node its number picks among all of the document's
/// nodes.
#[derive(Clone, Debug)]
enum Edit {
    Remove(usize),
    Set(usize, J),
    /// The node the second number picks, copied over the first's.
    Copy(usize, usize),
    /// Of a list, one of its items again, at one of its places (ids used twice).
    Repeat(usize, usize),
    /// Of an object that has the member, or of an item with an id, the member compare reads
    /// that the string names, set to the value.
    Member(usize, &'static str, J),
}

/// The members of items that compare reads (statuses, the most telling, thrice).
const MEMBERS: [&str; 12] = [
    "id",
    "status",
    "status",
    "status",
    "grade",
    "value",
    "target",
    "unit",
    "better",
    "due",
    "area",
    "periodStart",
];

/// Values the member may hold, and near misses.
fn member_values(key: &str) -> Vec<J> {
    let words: &[&str] = match key {
        "id" => &["A1", "A2", "R1", "R2", "PU-D1", "PR-D1", "K1", "not an id"],
        "status" => &[
            "completed",
            "resolved",
            "completed",
            "resolved",
            "inProgress",
            "Completed",
        ],
        "grade" => &[
            "outstanding",
            "good",
            "requiresImprovement",
            "inadequate",
            "Good",
        ],
        "unit" => &["percent", "days", "weeks", "count", "percentage"],
        "better" => &["higher", "lower", "more"],
        "area" => &[
            "privateLaw",
            "publicLaw",
            "leadership",
            "crossCutting",
            "law",
        ],
        "value" | "target" => &[],
        _ => &[
            "2025-04-01",
            "2026-04-01",
            "2026-03-31",
            "2025-12-01",
            "2026-02-30",
        ],
    };
    let mut values: Vec<J> = words.iter().map(|w| J::from(*w)).collect();
    if values.is_empty() {
        values = [0.0, 0.5, 3.0, 50.0, 60.0, 100.0, 100.5, -1.0, 1e21]
            .map(J::from)
            .to_vec();
    }
    values.push(J::Null);
    values
}

fn any_edit() -> impl Strategy<Value = Edit> {
    let at = any::<usize>();
    prop_oneof![
        2 => at.prop_map(Edit::Remove),
        3 => (at, telling_value()).prop_map(|(at, value)| Edit::Set(at, value)),
        1 => (at, at).prop_map(|(to, from)| Edit::Copy(to, from)),
        1 => (at, at).prop_map(|(at, which)| Edit::Repeat(at, which)),
        6 => (at, proptest::sample::select(MEMBERS.to_vec()), at, telling_value(), any::<bool>())
            .prop_map(|(at, key, which, value, telling)| {
                // Mostly a value that member may hold, or nearly.
                let likely = member_values(key);
                let value = if telling { value } else { likely[which % likely.len()].clone() };
                Edit::Member(at, key, value)
            }),
    ]
}

/// The JSON pointer of every node of `value`, itself first.
fn pointers(value: &J, at: String, all: &mut Vec<String>) {
    all.push(at.clone());
    match value {
        J::Object(members) => {
            for (key, item) in members {
                let key = key.replace('~', "~0").replace('/', "~1");
                pointers(item, format!("{at}/{key}"), all);
            }
        }
        J::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                pointers(item, format!("{at}/{i}"), all);
            }
        }
        _ => {}
    }
}

fn edit(document: &mut J, edit: &Edit) {
    let mut all = Vec::new();
    pointers(document, String::new(), &mut all);
    let pick = |all: &[String], n: usize| all[n % all.len()].clone();
    match edit {
        Edit::Remove(at) => {
            let at = pick(&all, *at);
            let Some((parent, last)) = at.rsplit_once('/') else {
                return;
            };
            let last = last.replace("~1", "/").replace("~0", "~");
            match document.pointer_mut(parent) {
                Some(J::Object(members)) => {
                    members.shift_remove(&last);
                }
                Some(J::Array(items)) => {
                    items.remove(last.parse().expect("an index"));
                }
                _ => {}
            }
        }
        Edit::Set(at, value) => {
            if let Some(node) = document.pointer_mut(&pick(&all, *at)) {
                *node = value.clone();
            }
        }
        Edit::Copy(to, from) => {
            let from = document.pointer(&pick(&all, *from)).cloned();
            if let (Some(from), Some(node)) = (from, document.pointer_mut(&pick(&all, *to))) {
                *node = from;
            }
        }
        Edit::Repeat(at, which) => {
            if let Some(J::Array(items)) = document.pointer_mut(&pick(&all, *at)) {
                if !items.is_empty() {
                    let item = items[which % items.len()].clone();
                    items.insert(which % (items.len() + 1), item);
                }
            }
        }
        Edit::Member(at, key, value) => {
            // Among the objects that have the member or are items by id.
            all.retain(|p| match document.pointer(p) {
                Some(J::Object(members)) => {
                    members.contains_key(*key) || (*key == "status" && members.contains_key("id"))
                }
                _ => false,
            });
            if all.is_empty() {
                return;
            }
            if let Some(J::Object(members)) = document.pointer_mut(&pick(&all, *at)) {
                members.insert((*key).into(), value.clone());
            }
        }
    }
}

/// Two documents: each a document of [`documents`] (or, often, the current one the previous
/// one itself) with a few edits, the current one sometimes chained to the previous one by
/// its content digest; or any two JSON values.
fn any_pair() -> impl Strategy<Value = (J, J)> {
    let pool = documents();
    let n = pool.len();
    let edits = || prop::collection::vec(any_edit(), 0..12);
    // The examples (the first four) are the documents with the most in them.
    let one = || prop_oneof![0..4usize, 0..n];
    let pairs = compare_cases();
    let cases = pairs.len();
    let edited = (one(), one(), 0..cases * 2, edits(), edits(), any::<bool>()).prop_map(
        move |(a, b, how, a_edits, b_edits, chained)| {
            // Half of the time a compare case's pair, edited, or the previous document
            // itself as the current one; otherwise any two documents.
            let mut previous = match pairs.get(how) {
                Some((previous, _)) => previous.clone(),
                None => pool[a].clone(),
            };
            for e in &a_edits {
                edit(&mut previous, e);
            }
            let mut current = match pairs.get(how) {
                Some((_, current)) if how % 2 == 0 => current.clone(),
                Some(_) => previous.clone(),
                None if how % 2 == 0 => previous.clone(),
                None => pool[b].clone(),
            };
            for e in &b_edits {
                edit(&mut current, e);
            }
            if chained {
                let digest = content_digest(&Value::from_serde(&previous));
                if let J::Object(members) = &mut current {
                    members.insert("previous".into(), json!({ "digest": digest }));
                }
            }
            (previous, current)
        },
    );
    prop_oneof![4 => edited, 1 => (any_json(), any_json())]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]
    #[test]
    fn the_text_is_the_references(pair in any_pair()) {
        let (previous, current) = pair;
        let (previous, current) = (Value::from_serde(&previous), Value::from_serde(&current));
        let ours = compare(&previous, &current);
        let theirs = to_string(&reference::compare(&previous, &current), Order::JavaScript);
        prop_assert_eq!(ours, theirs);
    }
}

#[test]
fn every_pair_of_the_examples_and_the_compare_cases_as_the_reference_writes_it() {
    let mut all = documents();
    all.truncate(4);
    for (previous, current) in compare_cases() {
        all.push(previous);
        all.push(current);
    }
    assert!(all.len() > 20, "{} documents", all.len());
    let values: Vec<Value<'_>> = all.iter().map(Value::from_serde).collect();
    for previous in &values {
        for current in &values {
            same_as_reference(previous, current);
        }
    }
}

#[test]
fn anything_compares_and_unknowns_are_null() {
    let out = compared("1", "[]");
    assert!(
        out.starts_with(r#"{"chain":false,"periods":{"previous":{"start":null,"end":null},"#),
        "{out}"
    );
    assert!(out.contains(r#""overdue":null"#), "{out}");
    assert!(
        out.contains(
            r#""audit":{"previous":{"casesAudited":null,"goodOrBetter":null,"share":null}"#
        ),
        "{out}"
    );
}

#[test]
fn measures_by_direction() {
    let a = r#"{"kpis":[{"id":"up","unit":"percent","value":50,"better":"higher"},{"id":"down","value":5,"better":"lower"},{"id":"gone","value":1},{"id":"bad","unit":"percent","value":500,"better":"higher"}]}"#;
    let b = r#"{"kpis":[{"id":"up","unit":"percent","value":60,"target":70},{"id":"down","value":6,"better":"lower"},{"id":"bad","unit":"percent","value":50},{"id":"new","value":1}]}"#;
    let out = compared(a, b);
    assert!(out.contains(r#"{"id":"up","area":null,"unit":"percent","better":"higher","previous":50,"current":60,"target":70,"change":"better"}"#), "{out}");
    assert!(out.contains(r#"{"id":"down","area":null,"unit":null,"better":"lower","previous":5,"current":6,"target":null,"change":"worse"}"#), "{out}");
    assert!(
        out.contains(r#""previous":null,"current":50,"target":null,"change":"unknown"}"#),
        "{out}"
    );
    assert!(
        out.contains(r#""added":["new"],"dropped":["gone"]"#),
        "{out}"
    );
}

#[test]
fn the_thread_between_the_years() {
    let a = r#"{"areas":{"privateLaw":{"grade":"requiresImprovement","developmentAreas":[{"id":"D1"},{"id":"D2"},{"id":"D3"},{"id":"D4","status":"resolved"}]}},
      "actions":[{"id":"A1"},{"id":"A2"},{"id":"A3"},{"id":"A4","status":"completed"}],
      "inspection":{"recommendations":[{"id":"R1"},{"id":"R2"}]}}"#;
    let b = r#"{"about":{"periodStart":"2026-04-01"},
      "areas":{"privateLaw":{"grade":"good","developmentAreas":[{"id":"D1"},{"id":"D2","status":"resolved"},{"id":"D5"},{"id":"D4","status":"resolved"}]}},
      "actions":[{"id":"A1","status":"completed","due":"2026-01-01"},{"id":"A2","due":"2026-03-31"},{"id":"A5","due":"2026-04-01"}],
      "inspection":{"recommendations":[{"id":"R1","status":"completed"},{"id":"R3"}]}}"#;
    let out = compared(a, b);
    assert!(out.contains(r#""grade":{"previous":"requiresImprovement","current":"good"},"ofsted":{"previous":null,"current":null},"change":"better""#), "{out}");
    assert!(out.contains(r#""developmentAreas":{"carried":[{"id":"D1","area":"privateLaw"}],"resolved":[{"id":"D2","area":"privateLaw"},{"id":"D3","area":"privateLaw"}],"new":[{"id":"D5","area":"privateLaw"}]}"#), "{out}");
    assert!(out.contains(r#""actions":{"completed":["A1"],"carried":["A2"],"overdue":["A2"],"new":["A5"],"dropped":["A3"]}"#), "{out}");
    assert!(
        out.contains(
            r#""recommendations":{"completed":["R1"],"open":["R3"],"new":["R3"],"dropped":["R2"]}"#
        ),
        "{out}"
    );
}

#[test]
fn the_chain_and_the_audit() {
    let a = r#"{"formVersion":2,"audit":{"casesAudited":10,"outstanding":1,"good":4,"requiresImprovement":5,"inadequate":0}}"#;
    let digest = content_digest(&json::parse(a).unwrap_or(Value::Null));
    let b = format!(
        r#"{{"previous":{{"digest":"{digest}"}},"audit":{{"casesAudited":10,"outstanding":1,"good":3,"requiresImprovement":5,"inadequate":0}}}}"#
    );
    let out = compared(a, &b);
    assert!(out.starts_with(r#"{"chain":true"#), "{out}");
    assert!(out.contains(r#""audit":{"previous":{"casesAudited":10,"goodOrBetter":5,"share":0.5},"current":{"casesAudited":10,"goodOrBetter":4,"share":null},"change":"unknown"}"#), "{out}");
    let a2 = a.replace("10", "11");
    assert!(compared(&a2, &b).starts_with(r#"{"chain":false"#));
}
