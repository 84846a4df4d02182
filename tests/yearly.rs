//! The yearly cycle (docs/spec/yearly.md) on the complete example: what `next_year` carries
//! over, the report of the draft it gives, two years in a row; what `compare` finds between a
//! year and the next filled in by hand, and the chain between them.
//! (tests/properties.rs holds the property tests of `compare`.)

mod common;

use common::*;
use sefcheck::{compare_value, next_year_value, InputErrorKind, Severity};
use serde_json::{json, Value};
use std::collections::BTreeSet;

fn next(document: &Value) -> Value {
    next_year_value(document).expect("not refused")
}

fn compared(previous: &Value, current: &Value) -> Value {
    compare_value(previous, current).expect("not refused")
}

/// The ids of the items of the list at `pointer`.
fn ids(document: &Value, pointer: &str) -> Vec<String> {
    document
        .pointer(pointer)
        .and_then(Value::as_array)
        .map(|items| {
            items
                .iter()
                .filter_map(|i| i["id"].as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn next_year_of_the_complete_example_carries_exactly_what_is_owed() {
    let complete = complete();
    let next = next(&complete);
    let keys: Vec<&str> = next
        .as_object()
        .map(|m| m.keys().map(String::as_str).collect())
        .unwrap_or_default();
    assert_eq!(
        keys,
        [
            "formVersion",
            "about",
            "previous",
            "inspection",
            "areas",
            "actions",
            "kpis"
        ]
    );
    assert_eq!(
        next["about"],
        json!({"periodStart": "2026-04-01", "periodEnd": "2027-03-31",
               "preparedBy": complete["about"]["preparedBy"]})
    );
    assert_eq!(
        next["previous"],
        json!({"periodEnd": "2026-03-31",
               "digest": sefcheck::content_digest_value(&complete).unwrap()})
    );
    assert_eq!(
        next["inspection"],
        json!({"grades": complete["inspection"]["grades"],
               "recommendations": complete["inspection"]["recommendations"]})
    );
    // Every action of the example is still open: all carried, whole.
    assert_eq!(next["actions"], complete["actions"]);
    for area in ["privateLaw", "publicLaw", "leadership"] {
        assert_eq!(
            next["areas"][area],
            json!({"developmentAreas": complete["areas"][area]["developmentAreas"]})
        );
    }
    assert_eq!(ids(&next, "/kpis"), ids(&complete, "/kpis"));
    for (old, new) in complete["kpis"]
        .as_array()
        .unwrap()
        .iter()
        .zip(next["kpis"].as_array().unwrap())
    {
        assert_eq!(new["previous"], old["value"]);
        for key in ["id", "area", "label", "unit", "target", "better"] {
            assert_eq!(new.get(key), old.get(key), "{key}");
        }
        assert!(new.get("value").is_none() && new.get("commentary").is_none());
    }
}

#[test]
fn completed_items_are_not_carried_and_an_addressed_recommendation_is() {
    let mut doc = complete();
    doc["actions"][0]["status"] = json!("completed");
    doc["actions"][3]["status"] = json!("completed");
    doc["inspection"]["recommendations"][0]["status"] = json!("completed");
    let next = next(&doc);
    let carried = ids(&next, "/actions");
    assert_eq!(
        carried,
        ["PL-02", "PL-03", "PUB-02", "LEAD-01", "LEAD-02", "XC-01", "XC-02"]
    );
    // PUB-01 addressed the recommendation; it is completed, so nothing carried addresses it.
    assert!(next["inspection"].get("recommendations").is_none());
    // An open action still addressing a completed recommendation keeps it in the draft.
    doc["actions"][3]["status"] = json!("inProgress");
    let next = next_year_value(&doc).unwrap();
    assert_eq!(
        ids(&next, "/inspection/recommendations"),
        ["ofsted-2024-01"]
    );
}

/// The errors of the draft: those of an empty document, but for what carried lists answer,
/// and `required` at each carried measure's `value` (and `better` where it had none).
#[test]
fn the_draft_reports_what_an_empty_year_would_and_nothing_from_carried_items() {
    let complete = complete();
    let next = next(&complete);
    let empty = report(&sefcheck::empty_document());
    let allowed: BTreeSet<String> = diagnostics(&empty).into_iter().collect();
    let r = report(&next);
    assert_eq!(r.warnings, 0, "{:?}", diagnostics(&r));
    for d in r
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
    {
        let line = format!("{} {}", d.code, d.path);
        let measure_field = d.code.as_str() == "required"
            && d.path.starts_with("/kpis/")
            && (d.path.ends_with("/value")
                || (d.path.ends_with("/better") && complete.pointer(&d.path).is_none()));
        assert!(
            allowed.contains(&line) || measure_field,
            "an error not of an empty year: {line}"
        );
    }
    // The carried lists answer what an empty year asks for.
    for answered in ["required /actions", "required /kpis"] {
        assert!(!diagnostics(&r).contains(&answered.to_string()));
    }
}

#[test]
fn twice_moves_two_years_and_links_each_to_the_one_before() {
    let complete = complete();
    let once = next(&complete);
    let twice = next(&once);
    assert_eq!(twice["about"]["periodStart"], "2027-04-01");
    assert_eq!(twice["about"]["periodEnd"], "2028-03-31");
    assert_eq!(twice["previous"]["periodEnd"], "2027-03-31");
    assert_eq!(
        twice["previous"]["digest"],
        json!(sefcheck::content_digest_value(&once).unwrap())
    );
    // Deterministic, and the old document untouched.
    assert_eq!(next(&complete), once);
    assert_eq!(complete, common::complete());
    // The measures' last value is gone after two years: nothing was entered in between.
    assert!(twice["kpis"][0].get("previous").is_none());
}

#[test]
fn refusals() {
    let kind = |doc: Value| next_year_value(&doc).map_err(|e| e.kind);
    assert_eq!(kind(json!([])), Err(InputErrorKind::NotFormat2));
    assert_eq!(
        kind(json!({"formVersion": 3})),
        Err(InputErrorKind::NotFormat2)
    );
    assert_eq!(
        kind(example("complete.format-1")),
        Err(InputErrorKind::MigrateFirst)
    );
    assert_eq!(
        kind(edited("/about/periodEnd", Some(json!("2026-02-30")))),
        Err(InputErrorKind::NoPeriod)
    );
    assert_eq!(
        kind(edited("/about/periodEnd", None)),
        Err(InputErrorKind::NoPeriod)
    );
    // A period start missing changes nothing: only the end is read.
    assert!(kind(edited("/about/periodStart", None)).is_ok());
}

#[test]
fn compare_of_a_year_with_itself_reports_no_change() {
    let complete = complete();
    let c = compared(&complete, &complete);
    for area in c["areas"].as_array().unwrap() {
        assert_eq!(area["change"], "same", "{area}");
    }
    for measure in c["measures"]["matched"].as_array().unwrap() {
        assert_eq!(measure["change"], "same", "{measure}");
    }
    assert_eq!(c["measures"]["matched"].as_array().unwrap().len(), 8);
    assert_eq!(c["audit"]["change"], "same");
    for list in [
        "/measures/added",
        "/measures/dropped",
        "/developmentAreas/resolved",
        "/developmentAreas/new",
        "/actions/completed",
        "/actions/new",
        "/actions/dropped",
        "/recommendations/completed",
        "/recommendations/new",
        "/recommendations/dropped",
    ] {
        assert_eq!(c.pointer(list), Some(&json!([])), "{list}");
    }
    // The example does not link to itself.
    assert_eq!(c["chain"], false);
}

/// Next year filled in by hand, with one change of each kind planted.
fn next_year_filled_in(complete: &Value) -> Value {
    let mut next = next(complete);
    next["about"]["shareBy"] = json!("2027-05-28");
    for area in ["privateLaw", "publicLaw", "leadership"] {
        next["areas"][area]["grade"] = complete["areas"][area]["grade"].clone();
    }
    // A grade up.
    next["areas"]["privateLaw"]["grade"] = json!("outstanding");
    for (measure, old) in next["kpis"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .zip(complete["kpis"].as_array().unwrap())
    {
        measure["value"] = old["value"].clone();
    }
    // An action due in the year just ended, not completed: overdue.
    next["actions"][2]["due"] = json!("2026-03-31");
    // A measure worse: fewer reports on time.
    next["kpis"][1]["value"] = json!(85);
    // An action completed.
    next["actions"][1]["status"] = json!("completed");
    // A development area resolved.
    next["areas"]["privateLaw"]["developmentAreas"][1]["status"] = json!("resolved");
    // A new recommendation.
    next["inspection"]["recommendations"]
        .as_array_mut()
        .unwrap()
        .push(
            json!({"id": "ofsted-2027-01", "text": "t", "progress": "p", "status": "notStarted"}),
        );
    next["audit"] = json!({"casesAudited": 1200, "outstanding": 200, "good": 760,
                           "requiresImprovement": 200, "inadequate": 40});
    next
}

#[test]
fn compare_finds_each_planted_change() {
    let complete = complete();
    let next = next_year_filled_in(&complete);
    let c = compared(&complete, &next);
    assert_eq!(c["chain"], true);
    assert_eq!(
        c["areas"][0],
        json!({"area": "privateLaw", "grade": {"previous": "good", "current": "outstanding"},
               "ofsted": {"previous": "outstanding", "current": "outstanding"}, "change": "better"})
    );
    assert_eq!(c["areas"][1]["change"], "same");
    assert_eq!(
        c["measures"]["matched"][1],
        json!({"id": "pl-s7-on-time", "area": "privateLaw", "unit": "percent", "better": "higher",
               "previous": 88.2, "current": 85, "target": 90, "change": "worse"})
    );
    let changes: Vec<&str> = c["measures"]["matched"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["change"].as_str().unwrap())
        .collect();
    assert_eq!(
        changes,
        ["same", "worse", "same", "same", "same", "same", "same", "same"]
    );
    assert_eq!(c["actions"]["completed"], json!(["PL-02"]));
    assert_eq!(
        c["actions"]["carried"],
        json!(["PL-01", "PL-03", "PUB-01", "PUB-02", "LEAD-01", "LEAD-02", "XC-01", "XC-02"])
    );
    // Due in the year just ended, and not completed: overdue in the new one.
    assert_eq!(c["actions"]["overdue"], json!(["PL-03"]));
    assert_eq!(
        c["developmentAreas"]["resolved"],
        json!([{"id": "PL-D2", "area": "privateLaw"}])
    );
    assert_eq!(
        c["developmentAreas"]["carried"].as_array().unwrap().len(),
        7
    );
    assert_eq!(c["recommendations"]["new"], json!(["ofsted-2027-01"]));
    assert_eq!(
        c["recommendations"]["open"],
        json!(["ofsted-2024-01", "ofsted-2027-01"])
    );
    assert_eq!(c["audit"]["current"]["share"], json!(0.8));
    assert_eq!(c["audit"]["change"], "better");
    // The filled-in year checks with no warning from what was carried.
    let r = report(&next);
    assert!(!diagnostics(&r)
        .iter()
        .any(|d| d.starts_with("development-area-unaddressed")));
}

#[test]
fn the_chain_breaks_when_one_byte_of_previous_changes() {
    let complete = complete();
    let next = next_year_filled_in(&complete);
    assert_eq!(compared(&complete, &next)["chain"], true);
    let mut changed = complete.clone();
    changed["about"]["preparedBy"] = json!(format!(
        "{}.",
        complete["about"]["preparedBy"].as_str().unwrap()
    ));
    assert_eq!(compared(&changed, &next)["chain"], false);
    let mut changed = complete.clone();
    changed["kpis"][0]["value"] = json!(96.5);
    assert_eq!(compared(&changed, &next)["chain"], false);
    // The approval is outside what is digested: approving last year's again keeps the chain.
    let mut approved = complete.clone();
    approve(&mut approved);
    assert_eq!(compared(&approved, &next)["chain"], true);
    // And a digest in the new year that is not last year's breaks it.
    let mut other = next.clone();
    other["previous"]["digest"] = json!("0".repeat(64));
    assert_eq!(compared(&complete, &other)["chain"], false);
}

#[test]
fn the_json_route_gives_the_value_route() {
    let complete = complete();
    let next = next_year_filled_in(&complete);
    let (a, b) = (
        serde_json::to_string(&complete).unwrap(),
        serde_json::to_string(&next).unwrap(),
    );
    let text = sefcheck::compare_json(&a, &b).unwrap();
    assert_eq!(
        serde_json::from_str::<Value>(&text).unwrap(),
        compared(&complete, &next)
    );
    let text = sefcheck::next_year_json(&a).unwrap();
    assert_eq!(
        serde_json::from_str::<Value>(&text).unwrap(),
        next_year_value(&complete).unwrap()
    );
}
