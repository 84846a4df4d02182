//! One test (at least) per code of rules.md but disclosure, and per section status: each a
//! small edit of the shipped complete example, asserting what a user would see.

mod common;

use common::*;
use sefcheck::{validate_json, Code, Severity, Status};
use serde_json::{json, Value};

fn only(report: &sefcheck::Report) -> &sefcheck::Diagnostic {
    assert_eq!(report.diagnostics.len(), 1, "{:?}", diagnostics(report));
    &report.diagnostics[0]
}

#[test]
fn complete_example_is_ready_with_no_diagnostic() {
    let r = report(&complete());
    assert!(r.ready_to_share);
    assert_eq!(diagnostics(&r), Vec::<String>::new());
    assert!(r.sections.iter().all(|s| s.status == Status::Completed));
}

#[test]
fn type_at_any_depth_counts_as_unanswered_and_hides_what_is_inside() {
    let r = report(&edited("/voice/children", Some(json!(["a list"]))));
    let d = only(&r);
    assert_eq!(
        (d.code.as_str(), d.path.as_str(), d.section.as_str()),
        ("type", "/voice/children", "voice")
    );
    assert_eq!(
        d.message,
        "What children told you and what changed because of it must be text"
    );
    let r = report(&edited("/audit", Some(json!("1,180 cases"))));
    assert_eq!(diagnostics(&r), ["type /audit"]);
    let r = report(&edited("/kpis/0/value", Some(json!("96"))));
    assert_eq!(diagnostics(&r), ["type /kpis/0/value"]);
    let r = report(&edited("/areas/privateLaw/strengths", Some(json!(""))));
    assert_eq!(diagnostics(&r), ["type /areas/privateLaw/strengths"]);
}

#[test]
fn a_document_that_is_not_an_object_is_one_type_diagnostic() {
    for text in ["[]", "null", "1", "\"text\"", "true"] {
        let r = validate_json(text).unwrap();
        assert_eq!(diagnostics(&r), ["type "]);
        assert!(r.sections.iter().all(|s| s.status == Status::NotStarted));
    }
}

#[test]
fn required_for_missing_null_blank_and_empty() {
    let r = report(&edited("/areas/privateLaw/howWeKnow", None));
    let d = only(&r);
    assert_eq!(
        (d.code.as_str(), d.path.as_str()),
        ("required", "/areas/privateLaw/howWeKnow")
    );
    assert_eq!(
        d.message,
        "Enter how you know about the quality and impact of private law practice"
    );
    for blank in [json!(null), json!(""), json!(" \u{3000}\u{a0}\u{feff}\n")] {
        let r = report(&edited("/voice/complaints", Some(blank)));
        assert_eq!(diagnostics(&r), ["required /voice/complaints"]);
    }
    // U+0085 is not JavaScript white space: it is an answer.
    assert!(report(&edited("/voice/complaints", Some(json!("\u{85}")))).ready_to_share);
    let r = report(&edited(
        "/areas/publicLaw/developmentAreas",
        Some(json!([])),
    ));
    assert_eq!(
        diagnostics(&r),
        ["required /areas/publicLaw/developmentAreas"]
    );
    let r = report(&edited(
        "/areas/publicLaw/strengths",
        Some(json!(["  ", null])),
    ));
    assert_eq!(
        diagnostics(&r),
        [
            "required /areas/publicLaw/strengths/0",
            "required /areas/publicLaw/strengths/1"
        ]
    );
}

#[test]
fn a_missing_object_is_reported_field_by_field() {
    let r = report(&edited("/about", None));
    assert_eq!(
        diagnostics(&r),
        [
            "required /about/periodStart",
            "required /about/periodEnd",
            "required /about/preparedBy",
            "required /about/approvedBy",
            "required /about/approvedOn",
            "required /about/shareBy",
        ]
    );
}

#[test]
fn conditional_requirements() {
    // monitoring, when a last grade is inadequate
    let mut doc = complete();
    set(
        &mut doc,
        "/inspection/grades/leadership",
        Some(json!("inadequate")),
    );
    assert!(diagnostics(&report(&doc)).contains(&"required /inspection/monitoring".to_string()));
    // better, when a measure has a valid target
    let mut doc = complete();
    set(&mut doc, "/kpis/0/target", Some(json!(50)));
    set(&mut doc, "/kpis/0/better", None);
    assert_eq!(diagnostics(&report(&doc)), ["required /kpis/0/better"]);
    // commentary, when the value is worse than its target (equal is not worse)
    let mut doc = complete();
    set(&mut doc, "/kpis/0/unit", Some(json!("percent")));
    set(&mut doc, "/kpis/0/value", Some(json!(80)));
    set(&mut doc, "/kpis/0/target", Some(json!(90)));
    set(&mut doc, "/kpis/0/better", Some(json!("higher")));
    set(&mut doc, "/kpis/0/commentary", None);
    assert_eq!(diagnostics(&report(&doc)), ["required /kpis/0/commentary"]);
    set(&mut doc, "/kpis/0/value", Some(json!(90)));
    assert!(report(&doc).ready_to_share);
}

#[test]
fn unsupported_version_is_alone_and_every_section_in_progress() {
    for version in [json!(2), json!(1.5), json!(0)] {
        let mut doc = edited("/formVersion", Some(version));
        set(&mut doc, "/voice", None);
        let r = report(&doc);
        assert_eq!(diagnostics(&r), ["unsupported-version /formVersion"]);
        assert!(r.sections.iter().all(|s| s.status == Status::InProgress));
        assert_eq!(r.form_version, 1);
    }
    // Another JSON type is a `type`, and the document is still checked as format 1.
    let r = report(&edited("/formVersion", Some(json!("1"))));
    assert_eq!(diagnostics(&r), ["type /formVersion"]);
    let r = report(&edited("/formVersion", None));
    assert_eq!(diagnostics(&r), ["required /formVersion"]);
}

#[test]
fn unknown_fields_at_every_depth_after_the_known_ones() {
    let mut doc = edited("/about/whatWeKnwo", Some(json!("misspelt")));
    set(&mut doc, "/actions/1/notes", Some(json!(1)));
    set(&mut doc, "/zzz", Some(json!(true)));
    let r = report(&doc);
    assert_eq!(
        diagnostics(&r),
        [
            "unknown-field /about/whatWeKnwo",
            "unknown-field /zzz",
            "unknown-field /actions/1/notes"
        ]
    );
    assert!(r
        .diagnostics
        .iter()
        .all(|d| d.severity == Severity::Warning));
    assert!(r.ready_to_share);
}

#[test]
fn invalid_option_is_exact_and_case_sensitive() {
    let r = report(&edited("/areas/privateLaw/grade", Some(json!("Good"))));
    let d = only(&r);
    assert_eq!(
        (d.code.as_str(), d.path.as_str()),
        ("invalid-option", "/areas/privateLaw/grade")
    );
    assert_eq!(
        d.message,
        "Select your grade for private law practice from: Outstanding, Good, Requires improvement or Inadequate"
    );
    let r = report(&edited("/evidence/0/kind", Some(json!("audit "))));
    assert_eq!(diagnostics(&r), ["invalid-option /evidence/0/kind"]);
}

#[test]
fn invalid_date_needs_a_real_calendar_date() {
    for bad in [
        "2026-02-29",
        "2026-13-01",
        " 2026-01-30",
        "30/01/2026",
        "2026-1-30",
    ] {
        let r = report(&edited("/about/approvedOn", Some(json!(bad))));
        assert_eq!(diagnostics(&r), ["invalid-date /about/approvedOn"], "{bad}");
    }
}

#[test]
fn invalid_id_and_nothing_else_for_a_bad_reference() {
    let r = report(&edited("/actions/0/id", Some(json!("PL 01"))));
    assert_eq!(diagnostics(&r), ["invalid-id /actions/0/id"]);
    let r = report(&edited("/evidence/0/id", Some(json!("x".repeat(21)))));
    // The item's id is invalid, so areas citing the old id now name nothing.
    assert!(diagnostics(&r).contains(&"invalid-id /evidence/0/id".to_string()));
    assert!(diagnostics(&r)
        .iter()
        .any(|d| d.starts_with("unknown-reference /areas/")));
}

#[test]
fn out_of_range_counts_percentages_and_whole_counts() {
    let r = report(&edited("/audit/good", Some(json!(-1))));
    assert!(diagnostics(&r).starts_with(&["out-of-range /audit/good".to_string()]));
    let r = report(&edited("/audit/good", Some(json!(2.5))));
    assert!(diagnostics(&r).contains(&"out-of-range /audit/good".to_string()));
    let mut doc = complete();
    set(&mut doc, "/kpis/0/unit", Some(json!("percent")));
    set(&mut doc, "/kpis/0/value", Some(json!(100.5)));
    assert!(diagnostics(&report(&doc)).contains(&"out-of-range /kpis/0/value".to_string()));
    set(&mut doc, "/kpis/0/unit", Some(json!("count")));
    set(&mut doc, "/kpis/0/value", Some(json!(3.5)));
    assert!(diagnostics(&report(&doc)).contains(&"out-of-range /kpis/0/value".to_string()));
}

#[test]
fn too_long_counts_grapheme_clusters() {
    let r = report(&edited("/about/preparedBy", Some(json!("r".repeat(101)))));
    let d = only(&r);
    assert_eq!(
        (d.code.as_str(), d.path.as_str()),
        ("too-long", "/about/preparedBy")
    );
    assert_eq!(
        d.message,
        "The role of whoever prepared it must be 100 characters or less (it has 101)"
    );
    // 100 emoji with skin tones are 100 characters, though 400 UTF-16 code units.
    assert!(report(&edited("/about/preparedBy", Some(json!("👍🏽".repeat(100))))).ready_to_share);
}

#[test]
fn word_limit_is_a_warning() {
    let r = report(&edited(
        "/areas/leadership/strengths/0",
        Some(json!("word ".repeat(151))),
    ));
    let d = only(&r);
    assert_eq!(
        (d.code.as_str(), d.severity),
        ("word-limit", Severity::Warning)
    );
    assert_eq!(d.path, "/areas/leadership/strengths/0");
    assert!(r.ready_to_share);
    let long = "x\u{3000}".repeat(1501);
    let r = report(&edited("/areas/privateLaw/whatWeKnow", Some(json!(long))));
    assert_eq!(r.diagnostics[0].message, "What you know about the quality and impact of private law practice must be 1,500 words or less (it has 1,501)");
}

#[test]
fn too_many_items_are_not_looked_into() {
    let mut doc = complete();
    let action = doc["actions"][0].clone();
    set(&mut doc, "/actions", Some(Value::Array(vec![action; 501])));
    let r = report(&doc);
    assert_eq!(diagnostics(&r), ["too-many /actions"]);
}

#[test]
fn duplicate_id_at_every_later_use() {
    let mut doc = complete();
    let first = doc["actions"][0]["id"].clone();
    set(&mut doc, "/actions/1/id", Some(first.clone()));
    set(&mut doc, "/actions/2/id", Some(first));
    assert_eq!(
        diagnostics(&report(&doc)),
        ["duplicate-id /actions/1/id", "duplicate-id /actions/2/id"]
    );
    let mut doc = complete();
    let cited = doc["areas"]["privateLaw"]["evidence"][0].clone();
    doc["areas"]["privateLaw"]["evidence"]
        .as_array_mut()
        .unwrap()
        .push(cited);
    let n = doc["areas"]["privateLaw"]["evidence"]
        .as_array()
        .unwrap()
        .len()
        - 1;
    assert_eq!(
        diagnostics(&report(&doc)),
        [format!("duplicate-id /areas/privateLaw/evidence/{n}")]
    );
}

#[test]
fn unknown_reference() {
    let mut doc = complete();
    doc["areas"]["publicLaw"]["evidence"]
        .as_array_mut()
        .unwrap()
        .push(json!("no-such-item"));
    let n = doc["areas"]["publicLaw"]["evidence"]
        .as_array()
        .unwrap()
        .len()
        - 1;
    assert_eq!(
        diagnostics(&report(&doc)),
        [format!("unknown-reference /areas/publicLaw/evidence/{n}")]
    );
}

#[test]
fn date_order_period_length_meeting_and_inspection() {
    let r = report(&edited("/about/periodEnd", Some(json!("2000-01-01"))));
    assert_eq!(diagnostics(&r), ["date-order /about/periodEnd"]);
    let mut doc = complete();
    let start = doc["about"]["periodStart"].as_str().unwrap().to_string();
    let year: i32 = start[..4].parse().unwrap();
    set(
        &mut doc,
        "/about/periodEnd",
        Some(json!(format!("{year}-12-31"))),
    );
    assert_eq!(
        diagnostics(&report(&doc)),
        ["period-length /about/periodEnd"]
    );
    let approved = complete()["about"]["approvedOn"].clone();
    let mut doc = edited("/about/shareBy", Some(json!("2000-01-01")));
    set(&mut doc, "/about/engagementMeeting", None);
    assert!(diagnostics(&report(&doc)).contains(&"date-order /about/shareBy".to_string()));
    let r = report(&edited(
        "/inspection/lastInspection",
        Some(json!("2999-01-01")),
    ));
    assert!(diagnostics(&r).contains(&"date-order /inspection/lastInspection".to_string()));
    let r = report(&edited("/about/engagementMeeting", Some(approved)));
    assert_eq!(
        diagnostics(&r),
        ["meeting-before-sharing /about/engagementMeeting"]
    );
    let r = report(&edited(
        "/inspection/lastInspection",
        Some(json!("2001-01-01")),
    ));
    assert_eq!(
        diagnostics(&r),
        ["inspection-overdue /inspection/lastInspection"]
    );
}

fn without_actions_for(doc: &mut Value, area: &str) {
    doc["actions"]
        .as_array_mut()
        .unwrap()
        .retain(|a| a["area"] != area);
}

#[test]
fn action_required_for_an_area_graded_down() {
    let mut doc = edited("/areas/publicLaw/grade", Some(json!("requiresImprovement")));
    without_actions_for(&mut doc, "publicLaw");
    let r = report(&doc);
    let found: Vec<_> = r
        .diagnostics
        .iter()
        .filter(|d| d.code == Code::ActionRequired)
        .collect();
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].path, "/areas/publicLaw/grade");
    assert_eq!(
        found[0].message,
        "Public law practice is graded requires improvement: add an action to the improvement plan for it"
    );
}

#[test]
fn grade_jump_of_two_steps() {
    let mut doc = edited(
        "/inspection/grades/privateLaw",
        Some(json!("requiresImprovement")),
    );
    set(
        &mut doc,
        "/areas/privateLaw/grade",
        Some(json!("outstanding")),
    );
    assert_eq!(
        diagnostics(&report(&doc)),
        ["grade-jump /areas/privateLaw/grade"]
    );
    set(&mut doc, "/areas/privateLaw/grade", Some(json!("good")));
    assert!(report(&doc).diagnostics.is_empty());
}

#[test]
fn qualitative_evidence() {
    let mut doc = complete();
    let performance = doc["evidence"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["kind"] == "performanceData")
        .map(|e| e["id"].clone())
        .expect("the example has performance data");
    set(
        &mut doc,
        "/areas/privateLaw/evidence",
        Some(json!([performance])),
    );
    let r = report(&doc);
    let d = &r.diagnostics[0];
    assert_eq!(
        (d.code.as_str(), d.path.as_str()),
        ("qualitative-evidence", "/areas/privateLaw/evidence")
    );
    assert_eq!(d.severity, Severity::Warning);
    assert!(r.ready_to_share);
}

#[test]
fn unused_evidence() {
    let mut doc = complete();
    let first = doc["evidence"][0]["id"].clone();
    assert_ne!(doc["evidence"][0]["kind"], "performanceData");
    for area in ["privateLaw", "publicLaw", "leadership"] {
        set(
            &mut doc,
            &format!("/areas/{area}/evidence"),
            Some(json!([first])),
        );
    }
    let r = report(&doc);
    let items = doc["evidence"].as_array().unwrap().len();
    let expected: Vec<String> = (1..items)
        .map(|i| format!("unused-evidence /evidence/{i}/id"))
        .collect();
    assert_eq!(diagnostics(&r), expected);
}

#[test]
fn evidence_dates_and_action_horizon() {
    let r = report(&edited("/evidence/0/date", Some(json!("2001-01-01"))));
    assert_eq!(diagnostics(&r), ["evidence-date /evidence/0/date"]);
    let r = report(&edited("/evidence/0/date", Some(json!("2999-01-01"))));
    assert_eq!(diagnostics(&r), ["evidence-date /evidence/0/date"]);
    let r = report(&edited("/actions/0/due", Some(json!("2999-01-01"))));
    assert_eq!(diagnostics(&r), ["action-horizon /actions/0/due"]);
    let mut doc = edited("/actions/0/due", Some(json!("2001-01-01")));
    set(&mut doc, "/actions/0/status", Some(json!("inProgress")));
    assert_eq!(
        diagnostics(&report(&doc)),
        ["action-horizon /actions/0/due"]
    );
    set(&mut doc, "/actions/0/status", Some(json!("completed")));
    assert!(report(&doc).diagnostics.is_empty());
}

#[test]
fn audit_total_and_declarations() {
    let mut doc = complete();
    let good = doc["audit"]["good"].as_f64().unwrap();
    set(&mut doc, "/audit/good", Some(json!(good + 1.0)));
    let r = report(&doc);
    assert_eq!(diagnostics(&r), ["audit-total /audit/casesAudited"]);
    for value in [None, Some(json!(null)), Some(json!(false))] {
        let r = report(&edited("/declarations/noNames", value));
        let d = only(&r);
        assert_eq!(
            (d.code.as_str(), d.path.as_str()),
            ("declaration-required", "/declarations/noNames")
        );
        assert_eq!(d.message, "Confirm that it names no child, parent, carer or other family member, and gives no date of birth");
    }
    let r = report(&edited("/declarations/noNames", Some(json!("yes"))));
    assert_eq!(diagnostics(&r), ["type /declarations/noNames"]);
}

#[test]
fn section_statuses() {
    // completed: answered, no error (warnings allowed)
    let r = report(&edited("/voice/zzz", Some(json!(1))));
    assert_eq!(status(&r, "voice"), Status::Completed);
    // inProgress: answered with an error
    let r = report(&edited("/voice/children", None));
    assert_eq!(status(&r, "voice"), Status::InProgress);
    // notStarted: nothing answered, only `required` errors
    let r = report(&edited("/voice", None));
    assert_eq!(status(&r, "voice"), Status::NotStarted);
    // cannotStartYet: declarations not started while another section is not completed
    let mut doc = edited("/voice", None);
    set(&mut doc, "/declarations", None);
    let r = report(&doc);
    assert_eq!(status(&r, "declarations"), Status::CannotStartYet);
    // ... and notStarted once every other section is completed
    let r = report(&edited("/declarations", Some(json!({"noNames": false}))));
    assert_eq!(status(&r, "declarations"), Status::NotStarted);
    // a section whose only value is of the wrong type is in progress
    let r = report(&edited("/voice", Some(json!("text"))));
    assert_eq!(status(&r, "voice"), Status::InProgress);
}

#[test]
fn the_empty_document_and_the_draft_example() {
    let r = report(&sefcheck::empty_document());
    assert!(!r.ready_to_share);
    assert!(r
        .diagnostics
        .iter()
        .all(|d| matches!(d.code, Code::Required | Code::DeclarationRequired)));
    assert_eq!(status(&r, "declarations"), Status::CannotStartYet);
    let r = report(&example("draft"));
    assert!(!r.ready_to_share);
    assert_eq!(status(&r, "about"), Status::Completed);
    assert!(r.sections.iter().any(|s| s.status == Status::InProgress));
}

#[test]
fn reports_never_repeat_document_text() {
    let mut doc = complete();
    set(&mut doc, "/about/preparedBy", Some(json!("x".repeat(140))));
    set(&mut doc, "/actions/0/id", Some(json!("BAD ID WITH SPACES")));
    set(
        &mut doc,
        "/evidence/0/kind",
        Some(json!("a kind nobody knows")),
    );
    set(&mut doc, "/unknownThing", Some(json!("private words here")));
    let r = report(&doc);
    let text = r.to_json();
    let mut strings = vec![];
    document_strings(&doc, &mut strings);
    for s in strings {
        assert!(!text.contains(&s), "the report repeats {s:?}");
    }
}

#[test]
fn counts_follow_javascript() {
    assert_eq!(sefcheck::count_words(" a\u{a0}b\u{85}c "), 2);
    assert_eq!(sefcheck::count_characters("a\r\nb👩‍👩‍👧"), 4);
}

#[test]
fn refusals_of_input() {
    use sefcheck::InputErrorKind::*;
    let kind = |text: &str| validate_json(text).unwrap_err().kind;
    assert_eq!(kind("{\"a\": 1e400}"), NumberTooLarge);
    assert_eq!(kind("{\"a\": \"\\ud800\"}"), LoneSurrogate);
    assert_eq!(
        kind(&format!("{}{}", "[".repeat(65), "]".repeat(65))),
        TooDeep
    );
    assert!(validate_json(&format!("{}{}", "[".repeat(64), "]".repeat(64))).is_ok());
    assert!(matches!(
        kind(&" ".repeat(5 * 1024 * 1024 + 1)),
        TooLarge { .. }
    ));
    let e = validate_json("{\n  \"a\": 1,\n  \"b\" 2\n}").unwrap_err();
    assert!(matches!(e.kind, Syntax(_)));
    assert_eq!(e.position.map(|p| (p.line, p.column)), Some((3, 7)));
}

#[test]
fn unknown_keys_that_look_like_indices_come_first_as_in_javascript() {
    let text = r#"{"formVersion": 1, "b": 1, "10": 1, "a": 1, "2": 1, "02": 1}"#;
    let r = validate_json(text).unwrap();
    let unknown: Vec<_> = r
        .diagnostics
        .iter()
        .filter(|d| d.code == Code::UnknownField)
        .map(|d| d.path.as_str())
        .collect();
    // What JSON.parse(text) would hold: Object.keys gives "2", "10", "b", "a", "02".
    assert_eq!(unknown, ["/2", "/10", "/b", "/a", "/02"]);
}
