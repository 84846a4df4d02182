//! Acknowledgements (rules.md, "Acknowledgements"): which warnings they cover, how they are
//! counted, acknowledgement-of-error, acknowledgement-unused, their own checks, and the section
//! their diagnostics go to.

mod common;

use common::*;
use sefcheck::{Report, Severity, Status};
use serde_json::{json, Value};

/// The complete example with an unknown field in `voice` (a warning at `/voice/zzz`) and these
/// acknowledgements, approved as it is.
fn acknowledging(acknowledgements: Value) -> Report {
    let mut doc = edited("/voice/zzz", Some(json!(1)));
    set(&mut doc, "/acknowledgements", Some(acknowledgements));
    checked(&doc)
}

fn ack(code: &str, path: &str) -> Value {
    json!({"code": code, "path": path, "reason": "Kept for the regional teams' own reports."})
}

/// `code path section` for each diagnostic, and `acknowledged` when it is.
fn placed(r: &Report) -> Vec<String> {
    r.diagnostics
        .iter()
        .map(|d| {
            let mark = if d.acknowledged { " acknowledged" } else { "" };
            format!("{} {} {}{mark}", d.code, d.path, d.section.as_str())
        })
        .collect()
}

#[test]
fn a_covered_warning_stays_in_the_report_counted_apart() {
    let r = acknowledging(json!([ack("unknown-field", "/voice/zzz")]));
    assert_eq!(placed(&r), ["unknown-field /voice/zzz voice acknowledged"]);
    assert_eq!((r.errors, r.warnings, r.acknowledged), (0, 0, 1));
    let voice = r
        .sections
        .iter()
        .find(|s| s.id.as_str() == "voice")
        .unwrap();
    assert_eq!(
        (voice.errors, voice.warnings, voice.acknowledged),
        (0, 0, 1)
    );
    assert_eq!(voice.status, Status::Completed);
    assert!(r.ready_to_share);
    let json = r.to_json();
    assert!(json.contains(r#""acknowledged":true"#), "{json}");
    assert!(
        json.contains(r#""errors":0,"warnings":0,"acknowledged":1,"sections""#),
        "{json}"
    );
    // Not acknowledged: no `acknowledged` on the diagnostic at all.
    let r = acknowledging(json!([]));
    assert_eq!((r.warnings, r.acknowledged), (1, 0));
    assert!(!r.to_json().contains(r#""acknowledged":true"#));
}

#[test]
fn every_diagnostic_with_the_code_at_the_path_several_findings_in_one_text_included() {
    let mut doc = edited(
        "/voice/children",
        Some(json!(
            "Mrs Jones and Mr Smith told us about the new letters."
        )),
    );
    set(
        &mut doc,
        "/acknowledgements",
        Some(json!([ack("disclosure-named-person", "/voice/children")])),
    );
    let r = checked(&doc);
    assert_eq!(
        placed(&r),
        [
            "disclosure-named-person /voice/children voice acknowledged",
            "disclosure-named-person /voice/children voice acknowledged"
        ]
    );
    assert_eq!((r.warnings, r.acknowledged), (0, 2));
}

#[test]
fn errors_cannot_be_acknowledged() {
    let mut doc = edited("/voice/complaints", None);
    set(
        &mut doc,
        "/acknowledgements",
        Some(json!([ack("required", "/voice/complaints")])),
    );
    let r = checked(&doc);
    assert_eq!(
        placed(&r),
        [
            "required /voice/complaints voice",
            "acknowledgement-of-error /acknowledgements/0/code voice"
        ]
    );
    assert_eq!(r.errors, 2);
    assert_eq!(
        r.diagnostics[1].message,
        "Remove this acknowledgement: errors must be fixed, and only warnings can be acknowledged"
    );
    // Whether or not the acknowledgement is complete.
    let r = acknowledging(json!([{"code": "approval-changed"}]));
    assert_eq!(
        placed(&r),
        [
            "acknowledgement-of-error /acknowledgements/0/code about",
            "required /acknowledgements/0/path about",
            "required /acknowledgements/0/reason about",
            "unknown-field /voice/zzz voice",
        ]
    );
}

#[test]
fn an_acknowledgement_that_covers_nothing_or_only_what_an_earlier_one_covers_is_unused() {
    let r = acknowledging(json!([
        ack("unknown-field", "/voice/zzz"),
        ack("unknown-field", "/voice/zzz"),
        ack("word-limit", "/voice/children"),
        ack("unused-evidence", "/evidence/0/id"),
    ]));
    assert_eq!(
        placed(&r),
        [
            "unknown-field /voice/zzz voice acknowledged",
            "acknowledgement-unused /acknowledgements/1 voice",
            "acknowledgement-unused /acknowledgements/2 voice",
            "acknowledgement-unused /acknowledgements/3 evidence"
        ]
    );
    assert_eq!(r.diagnostics[1].severity, Severity::Warning);
    assert_eq!(
        r.diagnostics[1].message,
        "Remove this acknowledgement: it matches no warning (or one an earlier acknowledgement covers)"
    );
    assert_eq!((r.errors, r.warnings, r.acknowledged), (0, 3, 1));
    // The path must be exactly the report's: another spelling of the same place is not it.
    let r = acknowledging(json!([ack("unknown-field", "/voice/zzz/")]));
    assert_eq!(
        placed(&r),
        [
            "unknown-field /voice/zzz voice",
            "acknowledgement-unused /acknowledgements/0 voice"
        ]
    );
}

#[test]
fn an_acknowledgement_with_something_wrong_takes_no_part() {
    let cases = [
        (
            ack("no-such-code", "/voice/zzz"),
            "invalid-option /acknowledgements/0/code voice",
        ),
        (
            ack("Unknown-field", "/voice/zzz"),
            "invalid-option /acknowledgements/0/code voice",
        ),
        (
            ack("unknown-field", "voice/zzz"),
            "invalid-pointer /acknowledgements/0/path about",
        ),
        (
            ack("unknown-field", "/voice/zzz~2"),
            "invalid-pointer /acknowledgements/0/path about",
        ),
        (
            ack("unknown-field", ""),
            "required /acknowledgements/0/path about",
        ),
        (
            json!({"code": "unknown-field", "path": "/voice/zzz"}),
            "required /acknowledgements/0/reason voice",
        ),
        (
            json!({"code": "unknown-field", "path": "/voice/zzz", "reason": " "}),
            "required /acknowledgements/0/reason voice",
        ),
        (
            json!({"code": "unknown-field", "path": "/voice/zzz", "reason": ["x"]}),
            "type /acknowledgements/0/reason voice",
        ),
        (
            json!({"code": 3, "path": "/voice/zzz", "reason": "x"}),
            "type /acknowledgements/0/code voice",
        ),
    ];
    for (item, diagnostic) in cases {
        let r = acknowledging(json!([item]));
        let mut want = vec!["unknown-field /voice/zzz voice", diagnostic];
        // Section about comes first.
        if diagnostic.ends_with(" about") {
            want.reverse();
        }
        assert_eq!(placed(&r), want, "{item}");
        assert_eq!(r.acknowledged, 0);
    }
    let r = acknowledging(json!([ack("no-such-code", "/voice/zzz")]));
    assert_eq!(
        r.diagnostics[1].message,
        "Enter the code of the warning exactly as the report gives it"
    );
    let r = acknowledging(json!([ack("unknown-field", "voice/zzz")]));
    assert_eq!(
        r.diagnostics[0].message,
        "The path must be a JSON Pointer, as the report gives it: empty, or starting with /"
    );
}

#[test]
fn its_diagnostics_go_to_the_section_of_what_it_acknowledges_after_that_sections_own() {
    let r = acknowledging(json!([
        ack("grade-jump", "/areas/privateLaw/grade"),
        ack("unknown-field", "/areas"),
        ack("unknown-field", "/areas/x"),
        ack("unknown-field", "/formVersion"),
        ack("acknowledgement-unused", "/acknowledgements/0"),
        ack("unknown-field", "/kpis/3/notes"),
        ack("unknown-field", "/previous"),
        ack("unknown-field", "/approval"),
        ack("unknown-field", "/voice~1zzz"),
    ]));
    let sections: Vec<_> = r
        .diagnostics
        .iter()
        .map(|d| format!("{} {}", d.path, d.section.as_str()))
        .collect();
    assert_eq!(
        sections,
        [
            "/acknowledgements/1 about",
            "/acknowledgements/2 about",
            "/acknowledgements/3 about",
            "/acknowledgements/4 about",
            "/acknowledgements/6 about",
            "/acknowledgements/8 about",
            "/acknowledgements/0 privateLaw",
            "/voice/zzz voice",
            "/acknowledgements/5 performance",
            "/acknowledgements/7 approval",
        ]
    );
}

#[test]
fn diagnostics_of_acknowledgements_are_never_covered() {
    let r = acknowledging(json!([
        ack("word-limit", "/voice/children"),
        ack("acknowledgement-unused", "/acknowledgements/0"),
    ]));
    assert_eq!(
        placed(&r),
        [
            "acknowledgement-unused /acknowledgements/1 about",
            "unknown-field /voice/zzz voice",
            "acknowledgement-unused /acknowledgements/0 voice",
        ]
    );
}

#[test]
fn the_reason_is_scanned_like_any_line() {
    let r = acknowledging(json!([{
        "code": "unknown-field",
        "path": "/voice/zzz",
        "reason": "Agreed with Mr Smith; ask parent.one@outlook.com."
    }]));
    assert_eq!(
        placed(&r),
        [
            "unknown-field /voice/zzz voice acknowledged",
            "disclosure-named-person /acknowledgements/0/reason voice",
            "disclosure-email /acknowledgements/0/reason voice"
        ]
    );
    // Even an acknowledgement of that very warning does not cover it.
    let r = acknowledging(json!([
        {"code": "disclosure-named-person", "path": "/acknowledgements/1/reason", "reason": "x"},
        {"code": "unknown-field", "path": "/voice/zzz", "reason": "Agreed with Mr Smith."}
    ]));
    assert!(r
        .diagnostics
        .iter()
        .any(|d| d.code.as_str() == "disclosure-named-person" && !d.acknowledged));
    let r = acknowledging(
        json!([{"code": "unknown-field", "path": "/voice/zzz", "reason": "r".repeat(301)}]),
    );
    assert_eq!(
        placed(&r),
        [
            "unknown-field /voice/zzz voice acknowledged",
            "too-long /acknowledgements/0/reason voice"
        ]
    );
}

#[test]
fn the_list_itself() {
    let r = acknowledging(json!("none"));
    assert_eq!(
        placed(&r),
        [
            "type /acknowledgements about",
            "unknown-field /voice/zzz voice"
        ]
    );
    let r = acknowledging(
        json!([null, "x", {"code": "unknown-field", "path": "/voice/zzz", "reason": "x", "by": "y"}]),
    );
    assert_eq!(
        placed(&r),
        [
            "required /acknowledgements/0 about",
            "type /acknowledgements/1 about",
            "unknown-field /voice/zzz voice acknowledged",
            "unknown-field /acknowledgements/2/by voice"
        ]
    );
    for nothing in [json!([]), json!(null)] {
        let r = acknowledging(nothing);
        assert_eq!(placed(&r), ["unknown-field /voice/zzz voice"]);
    }
    let r = acknowledging(Value::Array(vec![ack("unknown-field", "/voice/zzz"); 501]));
    assert_eq!(
        placed(&r),
        [
            "too-many /acknowledgements about",
            "unknown-field /voice/zzz voice"
        ]
    );
}

#[test]
fn an_acknowledgement_is_no_answer_of_its_section() {
    // The approval section holds nothing: an acknowledgement placed there does not start it.
    let mut doc = edited("/approval", None);
    set(
        &mut doc,
        "/acknowledgements",
        Some(json!([ack(
            "approval-before-period-end",
            "/approval/approvedOn"
        )])),
    );
    let r = report(&doc);
    assert_eq!(status(&r, "approval"), Status::NotStarted);
    // An error of an acknowledgement makes its section in progress.
    let mut doc = complete();
    set(
        &mut doc,
        "/acknowledgements",
        Some(json!([ack("required", "/voice/complaints")])),
    );
    let r = checked(&doc);
    assert_eq!(status(&r, "voice"), Status::InProgress);
    assert!(!r.ready_to_share);
}

#[test]
fn acknowledgements_are_part_of_what_is_approved() {
    let r = report(&edited("/acknowledgements", Some(json!([]))));
    assert_eq!(diagnostics(&r), ["approval-changed /approval/digest"]);
}

#[test]
fn a_development_area_that_needs_no_action_can_be_acknowledged() {
    let mut doc = complete();
    set(&mut doc, "/actions/4/addresses", Some(json!(["PU-D1"])));
    set(
        &mut doc,
        "/acknowledgements",
        Some(json!([{
            "code": "development-area-unaddressed",
            "path": "/areas/publicLaw/developmentAreas/1/id",
            "reason": "Met by the national training programme, which is outside this plan."
        }])),
    );
    let r = checked(&doc);
    assert_eq!(
        placed(&r),
        ["development-area-unaddressed /areas/publicLaw/developmentAreas/1/id publicLaw acknowledged"]
    );
    assert_eq!((r.errors, r.warnings, r.acknowledged), (0, 0, 1));
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(128))]

    /// Against the rule read plainly: a warning is acknowledged when some acknowledgement has
    /// its code and path; an acknowledgement is unused unless it is the first with its code and
    /// path and some warning has them. Several codes at one path, repeats, and keys that
    /// cover nothing, in any order.
    #[test]
    fn which_warnings_and_acknowledgements_count_as_the_rule_reads(
        picks in proptest::collection::vec((0..3usize, 0..4usize), 0..12),
    ) {
        let codes = ["unknown-field", "disclosure-named-person", "word-limit"];
        let paths = ["/voice/a", "/voice/b", "/voice/children", "/voice/zzz"];
        let mut doc = edited("/voice/a", Some(json!(1)));
        set(&mut doc, "/voice/b", Some(json!(2)));
        set(&mut doc, "/voice/children", Some(json!("Mrs Jones told us about it.")));
        let keys: Vec<(&str, &str)> = picks.iter().map(|&(c, p)| (codes[c], paths[p])).collect();
        let acks: Vec<Value> = keys.iter().map(|&(c, p)| ack(c, p)).collect();
        set(&mut doc, "/acknowledgements", Some(Value::Array(acks)));
        let r = checked(&doc);
        let (own, of_acks): (Vec<_>, Vec<_>) = r
            .diagnostics
            .iter()
            .partition(|d| !d.path.starts_with("/acknowledgements"));
        for d in &own {
            let key = (d.code.as_str(), d.path.as_str());
            proptest::prop_assert_eq!(d.acknowledged, keys.contains(&key), "{:?}", key);
        }
        for (place, key) in keys.iter().enumerate() {
            let first = keys.iter().position(|k| k == key) == Some(place);
            let covers = own.iter().any(|d| (d.code.as_str(), d.path.as_str()) == *key);
            let unused = of_acks.iter().any(|d| {
                d.code.as_str() == "acknowledgement-unused"
                    && d.path == format!("/acknowledgements/{place}")
            });
            proptest::prop_assert_eq!(unused, !(first && covers), "{:?} at {}", key, place);
        }
    }
}
