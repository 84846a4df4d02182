//! One test (at least) per code of format 1's rules.md but disclosure, and per section status,
//! in format 2: each a small edit of the shipped complete example, approved again (`checked`)
//! so that the edit's own diagnostics show, asserting what a user would see. The codes new in
//! format 2 have their own files: golden_thread.rs, approval.rs, acknowledgements.rs,
//! format_2.rs.

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
    let r = checked(&edited("/voice/children", Some(json!(["a list"]))));
    let d = only(&r);
    assert_eq!(
        (d.code.as_str(), d.path.as_str(), d.section.as_str()),
        ("type", "/voice/children", "voice")
    );
    assert_eq!(
        d.message,
        "What children told you and what changed because of it must be text"
    );
    let r = checked(&edited("/audit", Some(json!("1,180 cases"))));
    assert_eq!(diagnostics(&r), ["type /audit"]);
    let r = checked(&edited("/kpis/0/value", Some(json!("96"))));
    assert_eq!(diagnostics(&r), ["type /kpis/0/value"]);
    let r = checked(&edited("/areas/privateLaw/strengths", Some(json!(""))));
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
    let r = checked(&edited("/areas/privateLaw/howWeKnow", None));
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
        let r = checked(&edited("/voice/complaints", Some(blank)));
        assert_eq!(diagnostics(&r), ["required /voice/complaints"]);
    }
    // U+0085 is not JavaScript white space: it is an answer.
    assert!(checked(&edited("/voice/complaints", Some(json!("\u{85}")))).ready_to_share);
    let r = checked(&edited(
        "/areas/publicLaw/developmentAreas",
        Some(json!([])),
    ));
    // What the actions addressed there now names nothing.
    assert_eq!(
        diagnostics(&r),
        [
            "required /areas/publicLaw/developmentAreas",
            "unknown-reference /actions/3/addresses/1",
            "unknown-reference /actions/4/addresses/0"
        ]
    );
    let r = checked(&edited(
        "/areas/publicLaw/strengths",
        Some(json!([null, {"id": "PU-S9", "text": "  "}, "text"])),
    ));
    assert_eq!(
        diagnostics(&r),
        [
            "required /areas/publicLaw/strengths/0",
            "required /areas/publicLaw/strengths/1/text",
            "type /areas/publicLaw/strengths/2"
        ]
    );
}

#[test]
fn a_missing_object_is_reported_field_by_field() {
    let r = checked(&edited("/about", None));
    assert_eq!(
        diagnostics(&r),
        [
            "required /about/periodStart",
            "required /about/periodEnd",
            "required /about/preparedBy",
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
    assert!(diagnostics(&checked(&doc)).contains(&"required /inspection/monitoring".to_string()));
    // better, when a measure has a valid target
    let mut doc = complete();
    set(&mut doc, "/kpis/0/target", Some(json!(50)));
    set(&mut doc, "/kpis/0/better", None);
    assert_eq!(diagnostics(&checked(&doc)), ["required /kpis/0/better"]);
    // better, when a measure has a valid last year's value
    let mut doc = complete();
    set(&mut doc, "/kpis/2/previous", Some(json!(45)));
    assert_eq!(diagnostics(&checked(&doc)), ["required /kpis/2/better"]);
    assert_eq!(
        checked(&doc).diagnostics[0].message,
        "Select whether a higher or a lower value is better"
    );
    // ... not when it is out of range: that is reported, and better is not needed for it
    set(&mut doc, "/kpis/2/previous", Some(json!(-1)));
    assert_eq!(
        diagnostics(&checked(&doc)),
        ["out-of-range /kpis/2/previous"]
    );
    // commentary, when the value is worse than its target (equal is not worse)
    let mut doc = complete();
    set(&mut doc, "/kpis/0/unit", Some(json!("percent")));
    set(&mut doc, "/kpis/0/value", Some(json!(80)));
    set(&mut doc, "/kpis/0/target", Some(json!(90)));
    set(&mut doc, "/kpis/0/previous", None);
    set(&mut doc, "/kpis/0/better", Some(json!("higher")));
    set(&mut doc, "/kpis/0/commentary", None);
    let r = checked(&doc);
    assert_eq!(diagnostics(&r), ["required /kpis/0/commentary"]);
    assert_eq!(
        r.diagnostics[0].message,
        "Enter a commentary on the missed target, as the value misses its target"
    );
    set(&mut doc, "/kpis/0/value", Some(json!(90)));
    assert!(checked(&doc).ready_to_share);
    // ... or worse than last year's (equal is not worse); lower is better here
    set(&mut doc, "/kpis/0/better", Some(json!("lower")));
    set(&mut doc, "/kpis/0/target", None);
    set(&mut doc, "/kpis/0/previous", Some(json!(85)));
    let r = checked(&doc);
    assert_eq!(diagnostics(&r), ["required /kpis/0/commentary"]);
    assert_eq!(
        r.diagnostics[0].message,
        "Enter a commentary on the missed target, as the value is worse than last year's"
    );
    set(&mut doc, "/kpis/0/previous", Some(json!(90)));
    assert!(checked(&doc).ready_to_share);
    // Both: the target is named.
    set(&mut doc, "/kpis/0/target", Some(json!(70)));
    set(&mut doc, "/kpis/0/previous", Some(json!(80)));
    assert!(checked(&doc).diagnostics[0]
        .message
        .ends_with("as the value misses its target"));
}

#[test]
fn unsupported_version_and_format_1_are_alone_and_every_section_in_progress() {
    for (version, code) in [
        (json!(3), "unsupported-version"),
        (json!(2.5), "unsupported-version"),
        (json!(0), "unsupported-version"),
        (json!(1), "format-1"),
        (json!(1.0), "format-1"),
    ] {
        let mut doc = edited("/formVersion", Some(version));
        set(&mut doc, "/voice", None);
        let r = report(&doc);
        assert_eq!(diagnostics(&r), [format!("{code} /formVersion")]);
        assert!(r.sections.iter().all(|s| s.status == Status::InProgress));
        assert_eq!(r.sections.len(), 11);
        assert_eq!(r.form_version, 2);
    }
    // Another JSON type is a `type`, and the document is still checked as format 2.
    let r = checked(&edited("/formVersion", Some(json!("2"))));
    assert_eq!(diagnostics(&r), ["type /formVersion"]);
    let r = checked(&edited("/formVersion", None));
    assert_eq!(diagnostics(&r), ["required /formVersion"]);
}

#[test]
fn unknown_fields_at_every_depth_after_the_known_ones() {
    let mut doc = edited("/about/whatWeKnwo", Some(json!("misspelt")));
    set(&mut doc, "/actions/1/notes", Some(json!(1)));
    set(&mut doc, "/zzz", Some(json!(true)));
    // Format 1's place of the approval.
    set(
        &mut doc,
        "/about/approvedBy",
        Some(json!("Chief Executive")),
    );
    let r = checked(&doc);
    assert_eq!(
        diagnostics(&r),
        [
            "unknown-field /about/whatWeKnwo",
            "unknown-field /about/approvedBy",
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
    let r = checked(&edited("/areas/privateLaw/grade", Some(json!("Good"))));
    let d = only(&r);
    assert_eq!(
        (d.code.as_str(), d.path.as_str()),
        ("invalid-option", "/areas/privateLaw/grade")
    );
    assert_eq!(
        d.message,
        "Select your grade for private law practice from: Outstanding, Good, Requires improvement or Inadequate"
    );
    let r = checked(&edited("/evidence/0/kind", Some(json!("audit "))));
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
        let r = checked(&edited("/approval/approvedOn", Some(json!(bad))));
        assert_eq!(
            diagnostics(&r),
            ["invalid-date /approval/approvedOn"],
            "{bad}"
        );
    }
}

#[test]
fn invalid_id_and_nothing_else_for_a_bad_reference() {
    let r = checked(&edited("/actions/0/id", Some(json!("PL 01"))));
    assert_eq!(diagnostics(&r), ["invalid-id /actions/0/id"]);
    assert_eq!(
        r.diagnostics[0].message,
        "A reference for the action must be 1 to 20 letters, digits, hyphens, underscores or full stops"
    );
    // A full stop is part of an id: evidence numbered as Ofsted's data request numbers it.
    let mut doc = edited("/evidence/0/id", Some(json!("1.05")));
    set(
        &mut doc,
        "/areas/privateLaw/evidence/0",
        Some(json!("1.05")),
    );
    assert_eq!(
        doc["areas"]["privateLaw"]["evidence"][0],
        doc["evidence"][0]["id"]
    );
    let r = checked(&doc);
    assert!(
        !diagnostics(&r).iter().any(|d| d.starts_with("invalid-id")),
        "{:?}",
        diagnostics(&r)
    );
    let r = checked(&edited("/evidence/0/id", Some(json!("x".repeat(21)))));
    // The item's id is invalid, so areas citing the old id now name nothing.
    assert!(diagnostics(&r).contains(&"invalid-id /evidence/0/id".to_string()));
    assert!(diagnostics(&r)
        .iter()
        .any(|d| d.starts_with("unknown-reference /areas/")));
}

#[test]
fn out_of_range_counts_percentages_and_whole_counts() {
    let r = checked(&edited("/audit/good", Some(json!(-1))));
    assert!(diagnostics(&r).starts_with(&["out-of-range /audit/good".to_string()]));
    let r = checked(&edited("/audit/good", Some(json!(2.5))));
    assert!(diagnostics(&r).contains(&"out-of-range /audit/good".to_string()));
    let mut doc = complete();
    set(&mut doc, "/kpis/0/unit", Some(json!("percent")));
    set(&mut doc, "/kpis/0/value", Some(json!(100.5)));
    assert!(diagnostics(&checked(&doc)).contains(&"out-of-range /kpis/0/value".to_string()));
    set(&mut doc, "/kpis/0/unit", Some(json!("count")));
    set(&mut doc, "/kpis/0/value", Some(json!(3.5)));
    assert!(diagnostics(&checked(&doc)).contains(&"out-of-range /kpis/0/value".to_string()));
}

#[test]
fn too_long_counts_grapheme_clusters() {
    let r = checked(&edited("/about/preparedBy", Some(json!("r".repeat(101)))));
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
    assert!(checked(&edited("/about/preparedBy", Some(json!("👍🏽".repeat(100))))).ready_to_share);
}

#[test]
fn word_limit_is_a_warning() {
    let r = checked(&edited(
        "/areas/leadership/strengths/0/text",
        Some(json!("word ".repeat(151))),
    ));
    let d = only(&r);
    assert_eq!(
        (d.code.as_str(), d.severity),
        ("word-limit", Severity::Warning)
    );
    assert_eq!(d.path, "/areas/leadership/strengths/0/text");
    assert_eq!(
        d.message,
        "The strength must be 150 words or less (it has 151)"
    );
    assert!(r.ready_to_share);
    let long = "x\u{3000}".repeat(1501);
    let r = checked(&edited("/areas/privateLaw/whatWeKnow", Some(json!(long))));
    assert_eq!(r.diagnostics[0].message, "What you know about the quality and impact of private law practice must be 1,500 words or less (it has 1,501)");
}

#[test]
fn too_many_items_are_not_looked_into() {
    let mut doc = complete();
    let action = doc["actions"][0].clone();
    set(&mut doc, "/actions", Some(Value::Array(vec![action; 501])));
    let r = checked(&doc);
    assert_eq!(diagnostics(&r), ["too-many /actions"]);
}

#[test]
fn duplicate_id_at_every_later_use() {
    let mut doc = complete();
    let first = doc["actions"][0]["id"].clone();
    set(&mut doc, "/actions/1/id", Some(first.clone()));
    set(&mut doc, "/actions/2/id", Some(first));
    assert_eq!(
        diagnostics(&checked(&doc)),
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
        diagnostics(&checked(&doc)),
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
        diagnostics(&checked(&doc)),
        [format!("unknown-reference /areas/publicLaw/evidence/{n}")]
    );
}

#[test]
fn date_order_period_length_meeting_and_inspection() {
    let r = checked(&edited("/about/periodEnd", Some(json!("2000-01-01"))));
    // ... and sharing is now long after the period's end.
    assert_eq!(
        diagnostics(&r),
        ["date-order /about/periodEnd", "late-sharing /about/shareBy"]
    );
    let mut doc = complete();
    let start = doc["about"]["periodStart"].as_str().unwrap().to_string();
    let year: i32 = start[..4].parse().unwrap();
    set(
        &mut doc,
        "/about/periodEnd",
        Some(json!(format!("{year}-12-31"))),
    );
    assert_eq!(
        diagnostics(&checked(&doc)),
        ["period-length /about/periodEnd"]
    );
    let approved = complete()["approval"]["approvedOn"].clone();
    let mut doc = edited("/about/shareBy", Some(json!("2000-01-01")));
    set(&mut doc, "/about/engagementMeeting", None);
    assert!(diagnostics(&checked(&doc)).contains(&"date-order /about/shareBy".to_string()));
    let r = checked(&edited(
        "/inspection/lastInspection",
        Some(json!("2999-01-01")),
    ));
    assert!(diagnostics(&r).contains(&"date-order /inspection/lastInspection".to_string()));
    let r = checked(&edited("/about/engagementMeeting", Some(approved)));
    assert_eq!(
        diagnostics(&r),
        ["meeting-before-sharing /about/engagementMeeting"]
    );
    let r = checked(&edited(
        "/inspection/lastInspection",
        Some(json!("2001-01-01")),
    ));
    assert_eq!(
        diagnostics(&r),
        ["inspection-overdue /inspection/lastInspection"]
    );
}

/// Actions no longer address the development areas of `area`.
fn without_actions_for(doc: &mut Value, area: &str) {
    let ids: Vec<Value> = doc["areas"][area]["developmentAreas"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["id"].clone())
        .collect();
    for action in doc["actions"].as_array_mut().unwrap() {
        action["addresses"]
            .as_array_mut()
            .unwrap()
            .retain(|a| !ids.contains(a));
    }
    doc["actions"]
        .as_array_mut()
        .unwrap()
        .retain(|a| !a["addresses"].as_array().unwrap().is_empty());
}

#[test]
fn action_required_for_an_area_graded_down() {
    let mut doc = edited("/areas/publicLaw/grade", Some(json!("requiresImprovement")));
    without_actions_for(&mut doc, "publicLaw");
    // An action whose area is public law no longer answers for it: only what it addresses.
    assert!(doc["actions"]
        .as_array()
        .unwrap()
        .iter()
        .any(|a| a["area"] == "publicLaw"));
    let r = checked(&doc);
    let found: Vec<_> = r
        .diagnostics
        .iter()
        .filter(|d| d.code == Code::ActionRequired)
        .collect();
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].path, "/areas/publicLaw/grade");
    assert_eq!(
        found[0].message,
        "Public law practice is graded requires improvement: select at least one of its development areas in what an action addresses"
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
        diagnostics(&checked(&doc)),
        ["grade-jump /areas/privateLaw/grade"]
    );
    set(&mut doc, "/areas/privateLaw/grade", Some(json!("good")));
    assert!(checked(&doc).diagnostics.is_empty());
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
    let r = checked(&doc);
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
    let r = checked(&doc);
    let items = doc["evidence"].as_array().unwrap().len();
    let expected: Vec<String> = (1..items)
        .map(|i| format!("unused-evidence /evidence/{i}/id"))
        .collect();
    assert_eq!(diagnostics(&r), expected);
}

#[test]
fn evidence_dates_and_action_horizon() {
    let r = checked(&edited("/evidence/0/date", Some(json!("2001-01-01"))));
    assert_eq!(diagnostics(&r), ["evidence-date /evidence/0/date"]);
    // After sharing, and so after the approval: the approval says it.
    let r = checked(&edited("/evidence/0/date", Some(json!("2999-01-01"))));
    assert_eq!(
        diagnostics(&r),
        ["evidence-after-approval /evidence/0/date"]
    );
    let r = checked(&edited("/actions/0/due", Some(json!("2999-01-01"))));
    assert_eq!(diagnostics(&r), ["action-horizon /actions/0/due"]);
    let mut doc = edited("/actions/0/due", Some(json!("2001-01-01")));
    set(&mut doc, "/actions/0/status", Some(json!("inProgress")));
    assert_eq!(
        diagnostics(&checked(&doc)),
        ["action-horizon /actions/0/due"]
    );
    set(&mut doc, "/actions/0/status", Some(json!("completed")));
    assert!(checked(&doc).diagnostics.is_empty());
}

#[test]
fn audit_total_and_declarations() {
    let mut doc = complete();
    let good = doc["audit"]["good"].as_f64().unwrap();
    set(&mut doc, "/audit/good", Some(json!(good + 1.0)));
    let r = checked(&doc);
    assert_eq!(diagnostics(&r), ["audit-total /audit/casesAudited"]);
    for value in [None, Some(json!(null)), Some(json!(false))] {
        let r = checked(&edited("/declarations/noNames", value));
        let d = only(&r);
        assert_eq!(
            (d.code.as_str(), d.path.as_str()),
            ("declaration-required", "/declarations/noNames")
        );
        assert_eq!(d.message, "Confirm that it names no child, parent, carer or other family member, and gives no date of birth");
    }
    let r = checked(&edited("/declarations/noNames", Some(json!("yes"))));
    assert_eq!(diagnostics(&r), ["type /declarations/noNames"]);
}

#[test]
fn section_statuses() {
    // completed: answered, no error (warnings allowed)
    let r = checked(&edited("/voice/zzz", Some(json!(1))));
    assert_eq!(status(&r, "voice"), Status::Completed);
    // inProgress: answered with an error
    let r = checked(&edited("/voice/children", None));
    assert_eq!(status(&r, "voice"), Status::InProgress);
    // notStarted: nothing answered, only `required` errors
    let r = checked(&edited("/voice", None));
    assert_eq!(status(&r, "voice"), Status::NotStarted);
    // cannotStartYet: declarations not started while another section is not completed
    let mut doc = edited("/voice", None);
    set(&mut doc, "/declarations", None);
    let r = checked(&doc);
    assert_eq!(status(&r, "declarations"), Status::CannotStartYet);
    // ... and notStarted once every other section is completed
    let r = checked(&edited("/declarations", Some(json!({"noNames": false}))));
    assert_eq!(status(&r, "declarations"), Status::NotStarted);
    // a section whose only value is of the wrong type is in progress
    let r = checked(&edited("/voice", Some(json!("text"))));
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
    assert_eq!(status(&r, "approval"), Status::CannotStartYet);
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
    let r = checked(&doc);
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
    let text = r#"{"formVersion": 2, "b": 1, "10": 1, "a": 1, "2": 1, "02": 1}"#;
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
