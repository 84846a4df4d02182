//! Property tests: whatever the document, the core never panics and its report keeps the
//! invariants of rules.md. 10,000 cases per property: arbitrary JSON (keys and values often the
//! format's, format 2's among them), and edits of the format-2 complete example, acknowledging
//! what they make it report.

mod common;

use common::*;
use proptest::prelude::*;
use sefcheck::{form_definition, Report, Severity};
use serde_json::{json, Map, Value};
use std::collections::HashSet;

const CASES: u32 = 10_000;

/// Every field path of the format, with `*` for list item indices.
fn format_paths() -> HashSet<String> {
    fn walk(field: &sefcheck::form::Field, out: &mut HashSet<String>) {
        out.insert(field.path.clone());
        out.insert(format!("{}/*", field.path));
        for child in field.fields.iter().flatten() {
            walk(child, out);
        }
    }
    let mut out = HashSet::from([
        "/formVersion".to_string(),
        "/areas".to_string(),
        String::new(),
    ]);
    for section in &form_definition().sections {
        for field in &section.fields {
            walk(field, &mut out);
        }
    }
    walk(&form_definition().acknowledgements, &mut out);
    out
}

fn as_template(path: &str) -> String {
    path.split('/')
        .map(|s| {
            if !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) {
                "*"
            } else {
                s
            }
        })
        .collect::<Vec<_>>()
        .join("/")
}

fn check_invariants(
    document: &Value,
    report: &Report,
    paths: &HashSet<String>,
) -> Result<(), TestCaseError> {
    let errors = report
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    let acknowledged = report.diagnostics.iter().filter(|d| d.acknowledged).count();
    prop_assert_eq!(report.errors, errors);
    prop_assert_eq!(
        report.warnings,
        report.diagnostics.len() - errors - acknowledged
    );
    prop_assert_eq!(report.acknowledged, acknowledged);
    prop_assert_eq!(report.ready_to_share, errors == 0);
    prop_assert_eq!(report.form_version, 2);
    let ids: Vec<_> = report.sections.iter().map(|s| s.id).collect();
    prop_assert_eq!(ids, sefcheck::SectionId::ALL.to_vec());
    let mut last_section = 0;
    for d in &report.diagnostics {
        prop_assert!(
            d.path.is_empty() || d.path.starts_with('/'),
            "not a pointer: {}",
            d.path
        );
        let resolves = document.pointer(&d.path).is_some();
        prop_assert!(
            resolves || paths.contains(&as_template(&d.path)),
            "{} {} points nowhere",
            d.code,
            d.path
        );
        let index = d.section.index();
        prop_assert!(index >= last_section, "diagnostics out of form order");
        last_section = index;
        prop_assert_eq!(d.span.is_some(), d.code.as_str().starts_with("disclosure-"));
        prop_assert!(
            !d.acknowledged
                || d.severity == Severity::Warning && !d.path.starts_with("/acknowledgements"),
            "{} {} acknowledged",
            d.code,
            d.path
        );
    }
    for s in &report.sections {
        let in_section = report.diagnostics.iter().filter(|d| d.section == s.id);
        let e = in_section
            .clone()
            .filter(|d| d.severity == Severity::Error)
            .count();
        let a = in_section.clone().filter(|d| d.acknowledged).count();
        prop_assert_eq!(s.errors, e);
        prop_assert_eq!(s.acknowledged, a);
        prop_assert_eq!(s.warnings, in_section.count() - e - a);
    }
    Ok(())
}

fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(|f| json!(f)),
        (-5i64..600).prop_map(|n| json!(n)),
        ".{0,12}".prop_map(Value::String),
        prop::sample::select(vec![
            "",
            " ",
            "2026-02-28",
            "2026-02-29",
            "good",
            "inadequate",
            "requiresImprovement",
            "performanceData",
            "percent",
            "count",
            "higher",
            "lower",
            "completed",
            "privateLaw",
            "ev-1",
            "PL-D1",
            "ofsted-2024-01",
            "1.05",
            "born 1/2/2015",
            "unknown-field",
            "development-area-unaddressed",
            "required",
            "/voice/notes",
            "/areas/privateLaw/developmentAreas/0/id",
            "/a~2",
            "69cef0431a945a0dbe32d12576f8d96378dd57f135d96e25ae18495134f8b39b",
            "69CEF0431A945A0DBE32D12576F8D96378DD57F135D96E25AE18495134F8B39B",
        ])
        .prop_map(|s| json!(s)),
    ];
    leaf.prop_recursive(6, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec(
                (
                    prop::sample::select(vec![
                        "formVersion",
                        "about",
                        "inspection",
                        "areas",
                        "privateLaw",
                        "publicLaw",
                        "leadership",
                        "voice",
                        "evidence",
                        "actions",
                        "kpis",
                        "audit",
                        "declarations",
                        "grade",
                        "grades",
                        "id",
                        "kind",
                        "date",
                        "unit",
                        "value",
                        "target",
                        "better",
                        "shareBy",
                        "periodStart",
                        "approval",
                        "approvedOn",
                        "digest",
                        "previous",
                        "acknowledgements",
                        "code",
                        "path",
                        "reason",
                        "addresses",
                        "developmentAreas",
                        "recommendations",
                        "text",
                        "other",
                    ]),
                    inner,
                ),
                0..6,
            )
            .prop_map(|members| {
                Value::Object(
                    members
                        .into_iter()
                        .map(|(k, v)| (k.to_string(), v))
                        .collect::<Map<_, _>>(),
                )
            }),
        ]
    })
}

/// Every pointer to a value inside a document.
fn pointers(value: &Value, at: String, out: &mut Vec<String>) {
    match value {
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                pointers(v, format!("{at}/{i}"), out);
            }
        }
        Value::Object(map) => {
            for (k, v) in map {
                pointers(
                    v,
                    format!("{at}/{}", k.replace('~', "~0").replace('/', "~1")),
                    out,
                );
            }
        }
        _ => {}
    }
    out.push(at);
}

fn complete_and_its_pointers() -> (Value, &'static [String]) {
    static POINTERS: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    let document = complete();
    let all = POINTERS.get_or_init(|| {
        let mut all = vec![];
        pointers(&document, String::new(), &mut all);
        all
    });
    (document, all)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: CASES, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_json_never_panics_and_keeps_the_invariants(document in any_json()) {
        let paths = format_paths();
        let r = report(&document);
        check_invariants(&document, &r, &paths)?;
        prop_assert_eq!(&r, &report(&document), "not deterministic");
    }

    #[test]
    fn edits_of_the_complete_example_keep_the_invariants(
        edits in prop::collection::vec((any::<prop::sample::Index>(), 0u8..4, any_json()), 1..5),
        acknowledge in prop::collection::vec(any::<prop::sample::Index>(), 0..4),
    ) {
        let paths = format_paths();
        let (mut document, all) = complete_and_its_pointers();
        for (index, how, value) in edits {
            // A pointer of the unedited example; an earlier edit may have removed its place.
            let target = index.get(all);
            if target.is_empty() || document.pointer(target).is_none() {
                continue;
            }
            match how {
                0 => set(&mut document, target, None),
                1 => set(&mut document, target, Some(value)),
                2 => set(&mut document, target, Some(Value::Null)),
                _ => {
                    if let Some(Value::Object(map)) = document.pointer_mut(target) {
                        map.insert("extra".into(), value);
                    } else if let Some(Value::Array(items)) = document.pointer_mut(target) {
                        items.push(value);
                    }
                }
            }
        }
        let r = report(&document);
        check_invariants(&document, &r, &paths)?;
        prop_assert_eq!(&r, &report(&document), "not deterministic");
        // The text route agrees with the value route.
        let text = serde_json::to_string(&document).unwrap();
        prop_assert_eq!(&r, &sefcheck::validate_json(&text).unwrap());
        // Acknowledge some of what it reports, the same twice, and an error, then approve it:
        // the acknowledged warnings move from `warnings` to `acknowledged`, nothing else does.
        if !document.is_object() || acknowledge.is_empty() {
            return Ok(());
        }
        let acks: Vec<Value> = acknowledge
            .iter()
            .filter_map(|i| r.diagnostics.get(i.index(r.diagnostics.len().max(1))))
            .map(|d| json!({"code": d.code.as_str(), "path": d.path, "reason": "Considered."}))
            .collect();
        let mut acknowledged_document = document.clone();
        acknowledged_document["acknowledgements"] = Value::Array(acks);
        if acknowledged_document.get("approval").is_some_and(Value::is_object) {
            approve(&mut acknowledged_document);
        }
        let a = report(&acknowledged_document);
        check_invariants(&acknowledged_document, &a, &paths)?;
        let outside = |r: &Report| {
            r.diagnostics
                .iter()
                // What approving changes: the digest's own diagnostics.
                .filter(|d| !d.path.starts_with("/acknowledgements") && d.path != "/approval/digest")
                .map(|d| (d.code, d.path.clone(), d.span))
                .collect::<Vec<_>>()
        };
        prop_assert_eq!(outside(&r), outside(&a), "acknowledgements change no other diagnostic");
    }
}

/// The words a comparison may hold besides ids and dates (docs/spec/yearly.md).
const COMPARISON_WORDS: [&str; 17] = [
    "outstanding",
    "good",
    "requiresImprovement",
    "inadequate",
    "privateLaw",
    "publicLaw",
    "leadership",
    "percent",
    "days",
    "weeks",
    "count",
    "higher",
    "lower",
    "better",
    "worse",
    "same",
    "unknown",
];

/// The valid ids (values of `id` members) and the period dates of a document: the only strings
/// of it a comparison may hold, besides the format's words.
fn ids_and_period_dates(value: &Value, key: &str, out: &mut HashSet<String>) {
    match value {
        Value::String(s) => {
            let id = key == "id"
                && (1..=20).contains(&s.len())
                && s.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b));
            if id || key == "periodStart" || key == "periodEnd" {
                out.insert(s.clone());
            }
        }
        Value::Array(items) => items.iter().for_each(|v| ids_and_period_dates(v, "", out)),
        Value::Object(map) => map
            .iter()
            .for_each(|(k, v)| ids_and_period_dates(v, k, out)),
        _ => {}
    }
}

/// `compare` of two documents `validate` accepts: no refusal, determinism, and no string but
/// ids, period dates and the format's words.
fn check_compare(a: &Value, b: &Value) -> Result<(), TestCaseError> {
    prop_assert!(sefcheck::validate_value(a).is_ok() && sefcheck::validate_value(b).is_ok());
    let c = sefcheck::compare_value(a, b);
    prop_assert!(c.is_ok(), "compare refused {:?}", c.err());
    let c = c.unwrap();
    prop_assert_eq!(
        &c,
        &sefcheck::compare_value(a, b).unwrap(),
        "not deterministic"
    );
    let mut allowed = HashSet::new();
    ids_and_period_dates(a, "", &mut allowed);
    ids_and_period_dates(b, "", &mut allowed);
    let mut strings = vec![];
    fn all_strings(v: &Value, out: &mut Vec<String>) {
        match v {
            Value::String(s) => out.push(s.clone()),
            Value::Array(items) => items.iter().for_each(|x| all_strings(x, out)),
            Value::Object(map) => map.values().for_each(|x| all_strings(x, out)),
            _ => {}
        }
    }
    all_strings(&c, &mut strings);
    for s in strings {
        prop_assert!(
            COMPARISON_WORDS.contains(&s.as_str()) || allowed.contains(&s),
            "the comparison holds {:?}",
            s
        );
    }
    prop_assert_eq!(c["areas"].as_array().map(Vec::len), Some(3));
    Ok(())
}

/// The complete example and its next year, each with a few edits.
fn edited_years(edits: &[(prop::sample::Index, u8, Value)]) -> (Value, Value) {
    let (mut a, all) = complete_and_its_pointers();
    let mut b = sefcheck::next_year_value(&a).unwrap();
    for (n, (index, how, value)) in edits.iter().enumerate() {
        let doc = if n % 2 == 0 { &mut a } else { &mut b };
        let target = index.get(all);
        if target.is_empty() || doc.pointer(target).is_none() {
            continue;
        }
        match how {
            0 => set(doc, target, None),
            _ => set(doc, target, Some(value.clone())),
        }
    }
    (a, b)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: CASES, ..ProptestConfig::default() })]

    #[test]
    fn compare_never_fails_and_holds_only_ids_on_any_two_values(a in any_json(), b in any_json()) {
        check_compare(&a, &b)?;
        check_compare(&b, &a)?;
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: CASES / 5, ..ProptestConfig::default() })]

    #[test]
    fn compare_never_fails_and_holds_only_ids_on_two_edited_years(
        edits in prop::collection::vec((any::<prop::sample::Index>(), 0u8..2, any_json()), 0..6),
    ) {
        let (a, b) = edited_years(&edits);
        check_compare(&a, &b)?;
        // nextYear of an edited year is refused only for what it says, and checks.
        match sefcheck::next_year_value(&a) {
            Ok(next) => prop_assert!(sefcheck::validate_value(&next).is_ok()),
            Err(e) => prop_assert!(["no-period", "not-format-2"].contains(&e.kind.code())),
        }
    }
}
