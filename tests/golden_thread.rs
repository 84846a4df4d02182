//! The golden thread (rules.md, "The golden thread"): recommendation-unaddressed,
//! development-area-unaddressed and action-required, the shared namespace of what can be
//! addressed, and an action's addresses. Each test edits the complete example, where every
//! development area and the one recommendation are addressed, and approves it again.

mod common;

use common::*;
use sefcheck::{Severity, Status};
use serde_json::{json, Value};

/// The complete example in which no action addresses `id`.
fn unaddressed(id: &str) -> Value {
    let mut doc = complete();
    for action in doc["actions"].as_array_mut().unwrap() {
        action["addresses"]
            .as_array_mut()
            .unwrap()
            .retain(|a| a != id);
        if action["addresses"].as_array().unwrap().is_empty() {
            action["addresses"] = json!(["PL-D1"]);
        }
    }
    doc
}

#[test]
fn recommendation_unaddressed_is_an_error_until_it_is_completed() {
    let doc = unaddressed("ofsted-2024-01");
    let r = checked(&doc);
    assert_eq!(
        diagnostics(&r),
        ["recommendation-unaddressed /inspection/recommendations/0/id"]
    );
    let d = &r.diagnostics[0];
    assert_eq!(
        (d.severity, d.section.as_str()),
        (Severity::Error, "inspection")
    );
    assert_eq!(
        d.message,
        "Select this recommendation in what an action addresses, or mark it completed"
    );
    assert_eq!(status(&r, "inspection"), Status::InProgress);
    // The nearest miss: completed, it needs no action.
    let mut done = doc.clone();
    set(
        &mut done,
        "/inspection/recommendations/0/status",
        Some(json!("completed")),
    );
    assert!(checked(&done).diagnostics.is_empty());
    // Without a valid status it is left to `required` or `invalid-option`.
    let mut no_status = doc.clone();
    set(&mut no_status, "/inspection/recommendations/0/status", None);
    assert_eq!(
        diagnostics(&checked(&no_status)),
        ["required /inspection/recommendations/0/status"]
    );
    set(
        &mut no_status,
        "/inspection/recommendations/0/status",
        Some(json!("Completed")),
    );
    assert_eq!(
        diagnostics(&checked(&no_status)),
        ["invalid-option /inspection/recommendations/0/status"]
    );
}

#[test]
fn development_area_unaddressed_is_a_warning() {
    let r = checked(&unaddressed("PU-D2"));
    assert_eq!(
        diagnostics(&r),
        ["development-area-unaddressed /areas/publicLaw/developmentAreas/1/id"]
    );
    let d = &r.diagnostics[0];
    assert_eq!(
        (d.severity, d.section.as_str()),
        (Severity::Warning, "publicLaw")
    );
    assert_eq!(d.message, "No action in the improvement plan addresses this development area: select it in what an action addresses");
    assert!(r.ready_to_share);
    assert_eq!(status(&r, "publicLaw"), Status::Completed);
}

#[test]
fn action_required_when_a_graded_down_area_has_none_of_its_development_areas_addressed() {
    for grade in ["requiresImprovement", "inadequate"] {
        let mut doc = complete();
        set(&mut doc, "/areas/privateLaw/grade", Some(json!(grade)));
        for (i, id) in ["PL-D1", "PL-D2", "PL-D3"].iter().enumerate() {
            assert_eq!(doc["actions"][i]["addresses"], json!([id]));
            set(
                &mut doc,
                &format!("/actions/{i}/addresses"),
                Some(json!(["PU-D2"])),
            );
        }
        let r = checked(&doc);
        assert_eq!(
            diagnostics(&r),
            [
                "development-area-unaddressed /areas/privateLaw/developmentAreas/0/id",
                "development-area-unaddressed /areas/privateLaw/developmentAreas/1/id",
                "development-area-unaddressed /areas/privateLaw/developmentAreas/2/id",
                "action-required /areas/privateLaw/grade"
            ],
            "{grade}"
        );
        let label = if grade == "inadequate" {
            "inadequate"
        } else {
            "requires improvement"
        };
        assert_eq!(
            r.diagnostics[3].message,
            format!("Private law practice is graded {label}: select at least one of its development areas in what an action addresses")
        );
        // One of them addressed is enough for the grade; the others are still warned about.
        set(&mut doc, "/actions/0/addresses", Some(json!(["PL-D3"])));
        assert_eq!(
            diagnostics(&checked(&doc)),
            [
                "development-area-unaddressed /areas/privateLaw/developmentAreas/0/id",
                "development-area-unaddressed /areas/privateLaw/developmentAreas/1/id",
            ]
        );
    }
    // Graded good: warnings only.
    let mut doc = unaddressed("PL-D1");
    set(&mut doc, "/areas/privateLaw/grade", Some(json!("good")));
    assert!(checked(&doc).ready_to_share);
}

#[test]
fn an_area_with_no_development_area_graded_down_needs_an_action() {
    let mut doc = edited("/areas/leadership/developmentAreas", None);
    set(
        &mut doc,
        "/areas/leadership/grade",
        Some(json!("requiresImprovement")),
    );
    // What the actions addressed of leadership now names nothing.
    let r = checked(&doc);
    assert_eq!(
        diagnostics(&r),
        [
            "required /areas/leadership/developmentAreas",
            "action-required /areas/leadership/grade",
            "unknown-reference /actions/5/addresses/0",
            "unknown-reference /actions/6/addresses/0",
            "unknown-reference /actions/7/addresses/0",
            "unknown-reference /actions/8/addresses/0",
        ]
    );
}

#[test]
fn one_namespace_a_development_area_cannot_take_a_recommendations_or_another_areas_id() {
    // A development area of public law takes the recommendation's id.
    let mut doc = complete();
    set(
        &mut doc,
        "/areas/publicLaw/developmentAreas/0/id",
        Some(json!("ofsted-2024-01")),
    );
    let r = checked(&doc);
    assert_eq!(
        diagnostics(&r),
        [
            "duplicate-id /areas/publicLaw/developmentAreas/0/id",
            "unknown-reference /actions/3/addresses/1"
        ]
    );
    assert_eq!(
        r.diagnostics[0].message,
        "This reference is already used by a recommendation or another development area: give each its own"
    );
    // Leadership takes private law's: the later use, in namespace order, is the duplicate,
    // and an address of that id addresses private law's.
    let mut doc = complete();
    set(
        &mut doc,
        "/areas/leadership/developmentAreas/2/id",
        Some(json!("PL-D1")),
    );
    set(&mut doc, "/actions/7/addresses", Some(json!(["LE-D1"])));
    assert_eq!(
        diagnostics(&checked(&doc)),
        ["duplicate-id /areas/leadership/developmentAreas/2/id"]
    );
    // Within one area, too; and a strength may share an id with a development area.
    let mut doc = complete();
    set(
        &mut doc,
        "/areas/privateLaw/developmentAreas/1/id",
        Some(json!("PL-D1")),
    );
    set(
        &mut doc,
        "/areas/privateLaw/strengths/0/id",
        Some(json!("PL-D3")),
    );
    set(&mut doc, "/actions/1/addresses", Some(json!(["PL-D1"])));
    assert_eq!(
        diagnostics(&checked(&doc)),
        ["duplicate-id /areas/privateLaw/developmentAreas/1/id"]
    );
}

#[test]
fn ids_with_full_stops_can_be_addressed() {
    let mut doc = complete();
    set(
        &mut doc,
        "/areas/privateLaw/developmentAreas/0/id",
        Some(json!("1.05")),
    );
    set(&mut doc, "/actions/0/addresses", Some(json!(["1.05"])));
    assert!(checked(&doc).diagnostics.is_empty());
}

#[test]
fn an_address_is_an_id_used_once_that_names_something() {
    let mut doc = complete();
    set(
        &mut doc,
        "/actions/3/addresses",
        Some(json!([
            "ofsted-2024-01",
            "PU D1",
            "ofsted-2024-01",
            "PU-D9",
            null,
            "  ",
            7,
            "PU-D1"
        ])),
    );
    let r = checked(&doc);
    assert_eq!(
        diagnostics(&r),
        [
            "invalid-id /actions/3/addresses/1",
            "duplicate-id /actions/3/addresses/2",
            "unknown-reference /actions/3/addresses/3",
            "required /actions/3/addresses/4",
            "required /actions/3/addresses/5",
            "type /actions/3/addresses/6",
        ]
    );
    let messages: Vec<_> = r.diagnostics.iter().map(|d| d.message.as_str()).collect();
    assert_eq!(
        messages,
        [
            "Each development area or recommendation must be 1 to 20 letters, digits, hyphens, underscores or full stops",
            "This development area or recommendation is already selected earlier in the list: remove the repeat",
            "Select a development area or a recommendation: nothing in this self-evaluation has this reference",
            "Select the development area or recommendation or remove it",
            "Select the development area or recommendation or remove it",
            "Each development area or recommendation must be text",
        ]
    );
    for value in [None, Some(json!([])), Some(json!(null))] {
        let r = checked(&edited("/actions/4/addresses", value));
        assert_eq!(
            diagnostics(&r),
            [
                "development-area-unaddressed /areas/publicLaw/developmentAreas/1/id",
                "required /actions/4/addresses"
            ]
        );
        assert_eq!(r.diagnostics[1].message, "Select what the action addresses");
    }
}

#[test]
fn wrong_types_stop_the_rules_that_would_read_them() {
    // An action's addresses of the wrong type: what is addressed cannot be known.
    let r = checked(&edited("/actions/0/addresses", Some(json!("PL-D1"))));
    assert_eq!(diagnostics(&r), ["type /actions/0/addresses"]);
    let r = checked(&edited("/actions", Some(json!({"PL-01": {}}))));
    assert_eq!(diagnostics(&r), ["type /actions"]);
    // Nor when actions are over 500.
    let mut doc = complete();
    let action = doc["actions"][0].clone();
    set(&mut doc, "/actions", Some(Value::Array(vec![action; 501])));
    assert_eq!(diagnostics(&checked(&doc)), ["too-many /actions"]);
    // Recommendations of the wrong type: no recommendation-unaddressed, and what can be
    // addressed cannot be known, so the address of the recommendation is not unknown.
    let mut doc = unaddressed("ofsted-2024-01");
    set(
        &mut doc,
        "/inspection/recommendations",
        Some(json!("see the report")),
    );
    set(
        &mut doc,
        "/actions/3/addresses",
        Some(json!(["ofsted-2024-01", "PU-D1"])),
    );
    assert_eq!(
        diagnostics(&checked(&doc)),
        ["type /inspection/recommendations"]
    );
    // An area of the wrong type: its addresses are not unknown, and no rule runs on it.
    let r = checked(&edited("/areas/publicLaw", Some(json!("see above"))));
    assert_eq!(diagnostics(&r), ["type /areas/publicLaw"]);
    // Development areas of the wrong type: nothing of that area's, nothing of addresses'.
    let mut doc = edited(
        "/areas/privateLaw/developmentAreas",
        Some(json!({"PL-D1": "x"})),
    );
    set(
        &mut doc,
        "/areas/privateLaw/grade",
        Some(json!("inadequate")),
    );
    set(&mut doc, "/actions/4/addresses", Some(json!(["PU-D1"])));
    assert_eq!(
        diagnostics(&checked(&doc)),
        [
            "type /areas/privateLaw/developmentAreas",
            "development-area-unaddressed /areas/publicLaw/developmentAreas/1/id"
        ]
    );
    // A missing actions list: every development area and open recommendation is unaddressed.
    let r = checked(&edited("/actions", None));
    let codes: Vec<_> = r.diagnostics.iter().map(|d| d.code.as_str()).collect();
    assert_eq!(
        codes
            .iter()
            .filter(|c| **c == "development-area-unaddressed")
            .count(),
        8
    );
    assert!(codes.contains(&"recommendation-unaddressed"));
    assert!(codes.contains(&"required"));
}

#[test]
fn only_valid_first_used_ids_take_part() {
    // An invalid id: invalid-id, and nothing about its being addressed.
    let r = checked(&edited(
        "/areas/publicLaw/developmentAreas/1/id",
        Some(json!("PU D2")),
    ));
    assert_eq!(
        diagnostics(&r),
        [
            "invalid-id /areas/publicLaw/developmentAreas/1/id",
            "unknown-reference /actions/4/addresses/0"
        ]
    );
    // A later recommendation with the first's id: duplicate-id, and not unaddressed.
    let mut doc = complete();
    let first = doc["inspection"]["recommendations"][0].clone();
    doc["inspection"]["recommendations"]
        .as_array_mut()
        .unwrap()
        .push(first);
    assert_eq!(
        diagnostics(&checked(&doc)),
        ["duplicate-id /inspection/recommendations/1/id"]
    );
}
