//! The approval (rules.md, "The approval"): the content digest, approval-changed,
//! invalid-digest, approval-before-period-end, evidence-after-approval, the dates that compare
//! with approval.approvedOn, and the approval section's status.

mod common;

use common::*;
use sefcheck::{content_digest_json, content_digest_value, validate_json, Severity, Status};
use serde_json::{json, Value};

fn digest_of(doc: &Value) -> String {
    content_digest_value(doc).expect("not refused")
}

#[test]
fn the_complete_example_is_approved_as_it_is() {
    let doc = complete();
    assert_eq!(doc["approval"]["digest"], json!(digest_of(&doc)));
    // The digest leaves the approval out: approving does not change what is approved.
    let mut other = doc.clone();
    set(&mut other, "/approval", None);
    assert_eq!(digest_of(&other), digest_of(&doc));
}

#[test]
fn any_edit_changes_the_digest_and_the_approval_no_longer_holds() {
    let edits = [
        ("/voice/complaints", Some(json!("We changed one answer."))),
        ("/kpis/0/value", Some(json!(96.5))),
        ("/voice/zzz", Some(json!(1))),
        ("/voice/children", Some(json!(7))),
        ("/declarations/noNames", Some(json!(false))),
        ("/actions/8", None),
    ];
    for (pointer, value) in edits {
        let r = report(&edited(pointer, value));
        let changed: Vec<_> = r
            .diagnostics
            .iter()
            .filter(|d| d.code.as_str() == "approval-changed")
            .collect();
        assert_eq!(changed.len(), 1, "{pointer}");
        let d = changed[0];
        assert_eq!(
            (d.path.as_str(), d.section.as_str(), d.severity),
            ("/approval/digest", "approval", Severity::Error)
        );
        assert_eq!(
            d.message,
            "The self-evaluation has changed since it was approved: it must be approved again"
        );
        assert!(!r.ready_to_share);
        assert_eq!(status(&r, "approval"), Status::InProgress);
    }
    // White space inside a string is an edit.
    let mut doc = complete();
    let text = doc["voice"]["complaints"].as_str().unwrap().to_string();
    set(
        &mut doc,
        "/voice/complaints",
        Some(json!(format!("{text} "))),
    );
    assert_eq!(
        diagnostics(&report(&doc)),
        ["approval-changed /approval/digest"]
    );
}

#[test]
fn an_edit_of_the_approval_itself_is_no_edit_of_what_was_approved() {
    let r = report(&edited(
        "/approval/approvedBy",
        Some(json!("Chair of the Board")),
    ));
    assert!(r.diagnostics.is_empty());
    let r = report(&edited("/approval/notes", Some(json!("x"))));
    assert_eq!(diagnostics(&r), ["unknown-field /approval/notes"]);
}

#[test]
fn key_order_white_space_and_how_a_number_is_written_do_not_change_it() {
    let text = example_text("complete");
    // White space between tokens.
    let compact = serde_json::to_string(&complete()).unwrap();
    assert!(validate_json(&compact).unwrap().diagnostics.is_empty());
    // Key order, at every level: the members of every object reversed.
    fn reversed(v: &Value) -> Value {
        match v {
            Value::Object(map) => Value::Object(
                map.iter()
                    .rev()
                    .map(|(k, v)| (k.clone(), reversed(v)))
                    .collect(),
            ),
            Value::Array(items) => Value::Array(items.iter().map(reversed).collect()),
            _ => v.clone(),
        }
    }
    let backwards = serde_json::to_string_pretty(&reversed(&complete())).unwrap();
    assert_ne!(backwards, text);
    assert!(validate_json(&backwards).unwrap().diagnostics.is_empty());
    // A number written differently: 44 as 44.0, 4.4e1 and 440e-1.
    for written in ["44.0", "4.4e1", "440e-1"] {
        let other = text.replacen("\"previous\": 44,", &format!("\"previous\": {written},"), 1);
        assert_ne!(other, text);
        assert!(
            validate_json(&other).unwrap().diagnostics.is_empty(),
            "{written}"
        );
    }
    // ... but another number is another document.
    let other = text.replacen("\"previous\": 44,", "\"previous\": 44.5,", 1);
    assert_eq!(
        diagnostics(&validate_json(&other).unwrap()),
        ["approval-changed /approval/digest"]
    );
    // Escapes are read before the digest: "\u0041" is "A".
    let escaped = text.replacen("\"Head of Practice", "\"\\u0048ead of Practice", 1);
    assert_ne!(escaped, text);
    let plain = content_digest_json(&text).unwrap();
    assert_eq!(content_digest_json(&escaped).unwrap(), plain);
}

/// The text of an example document.
fn example_text(name: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join(format!("docs/spec/examples/{name}.json"));
    std::fs::read_to_string(path).unwrap()
}

#[test]
fn invalid_digest_and_no_approval_changed_then() {
    let good = complete()["approval"]["digest"]
        .as_str()
        .unwrap()
        .to_string();
    for bad in [
        good.to_uppercase(),
        good[..63].to_string(),
        format!("{good}0"),
        format!("sha256:{}", &good[7..]),
        format!(" {}", &good[1..]),
    ] {
        let r = report(&edited("/approval/digest", Some(json!(bad))));
        assert_eq!(
            diagnostics(&r),
            ["invalid-digest /approval/digest"],
            "{bad}"
        );
        assert_eq!(
            r.diagnostics[0].message,
            "The digest of what was approved must be a SHA-256 digest: 64 digits and letters a to f"
        );
    }
    let r = report(&edited("/approval/digest", Some(json!(64))));
    assert_eq!(diagnostics(&r), ["type /approval/digest"]);
}

#[test]
fn a_missing_digest_asks_for_approval() {
    for value in [None, Some(json!("")), Some(json!(null))] {
        let r = report(&edited("/approval/digest", value));
        assert_eq!(diagnostics(&r), ["required /approval/digest"]);
        assert_eq!(
            r.diagnostics[0].message,
            "Approve the self-evaluation: its digest is worked out when it is approved"
        );
        assert_eq!(status(&r, "approval"), Status::InProgress);
    }
}

#[test]
fn approved_before_the_period_ended() {
    let r = checked(&edited("/approval/approvedOn", Some(json!("2026-03-30"))));
    // Evidence of April is after such an approval.
    assert_eq!(
        diagnostics(&r),
        [
            "evidence-after-approval /evidence/0/date",
            "evidence-after-approval /evidence/4/date",
            "evidence-after-approval /evidence/5/date",
            "evidence-after-approval /evidence/8/date",
            "approval-before-period-end /approval/approvedOn"
        ]
    );
    let d = r.diagnostics.last().unwrap();
    assert_eq!(d.severity, Severity::Warning);
    assert_eq!(
        d.message,
        "The self-evaluation was approved before the end of the period it covers: check the date"
    );
    // On the last day of the period is not before it.
    let mut doc = edited("/approval/approvedOn", Some(json!("2026-03-31")));
    for i in [0, 4, 5, 8] {
        set(
            &mut doc,
            &format!("/evidence/{i}/date"),
            Some(json!("2026-03-31")),
        );
    }
    assert!(checked(&doc).diagnostics.is_empty());
}

#[test]
fn evidence_after_the_approval_is_an_error() {
    // After the approval, before sharing.
    let r = checked(&edited("/evidence/1/date", Some(json!("2026-05-13"))));
    assert_eq!(
        diagnostics(&r),
        ["evidence-after-approval /evidence/1/date"]
    );
    assert_eq!(
        r.diagnostics[0].message,
        "This evidence is dated after the self-evaluation was approved: check the date, or approve it again"
    );
    // On the day of the approval is not after it.
    assert!(
        checked(&edited("/evidence/1/date", Some(json!("2026-05-12"))))
            .diagnostics
            .is_empty()
    );
    // After sharing too: one diagnostic, not evidence-date as well.
    let r = checked(&edited("/evidence/1/date", Some(json!("2026-06-01"))));
    assert_eq!(
        diagnostics(&r),
        ["evidence-after-approval /evidence/1/date"]
    );
    // With no approval date, after sharing is evidence-date again.
    let mut doc = edited("/evidence/1/date", Some(json!("2026-06-01")));
    set(&mut doc, "/approval/approvedOn", None);
    assert_eq!(
        diagnostics(&checked(&doc)),
        [
            "evidence-date /evidence/1/date",
            "required /approval/approvedOn"
        ]
    );
}

#[test]
fn dates_compare_with_the_approval_date() {
    let r = checked(&edited("/about/shareBy", Some(json!("2026-05-11"))));
    assert!(diagnostics(&r).contains(&"date-order /about/shareBy".to_string()));
    let r = checked(&edited(
        "/inspection/lastInspection",
        Some(json!("2026-05-13")),
    ));
    assert!(diagnostics(&r).contains(&"date-order /inspection/lastInspection".to_string()));
    let mut doc = edited("/actions/2/due", Some(json!("2026-05-11")));
    set(&mut doc, "/actions/2/status", Some(json!("inProgress")));
    assert_eq!(
        diagnostics(&checked(&doc)),
        ["action-horizon /actions/2/due"]
    );
}

#[test]
fn the_approval_cannot_start_until_every_other_section_is_completed() {
    let mut doc = edited("/approval", None);
    let r = report(&doc);
    assert_eq!(
        diagnostics(&r),
        [
            "required /approval/approvedBy",
            "required /approval/approvedOn",
            "required /approval/digest"
        ]
    );
    assert_eq!(status(&r, "approval"), Status::NotStarted);
    set(&mut doc, "/voice", None);
    assert_eq!(status(&report(&doc), "approval"), Status::CannotStartYet);
    // The declarations too: they wait for the sections before them, the approval for them.
    let mut doc = edited("/approval", None);
    set(&mut doc, "/declarations", None);
    let r = report(&doc);
    assert_eq!(status(&r, "declarations"), Status::NotStarted);
    assert_eq!(status(&r, "approval"), Status::CannotStartYet);
    // Started, it is in progress whatever the others are.
    let mut doc = edited("/approval/digest", None);
    set(&mut doc, "/voice", None);
    assert_eq!(status(&report(&doc), "approval"), Status::InProgress);
}

#[test]
fn digests_of_any_value_and_refusals() {
    assert_eq!(
        content_digest_json("{}").unwrap(),
        "44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a"
    );
    assert_eq!(
        content_digest_json(r#"{"approval": 1}"#).unwrap(),
        content_digest_json("{}").unwrap()
    );
    // Not an object: digested as it is.
    assert_eq!(
        content_digest_json("[]").unwrap(),
        "4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945"
    );
    assert!(content_digest_json("{").is_err());
    assert!(content_digest_json("[1e400]").is_err());
    assert!(content_digest_json(&format!("{}{}", "[".repeat(65), "]".repeat(65))).is_err());
}
