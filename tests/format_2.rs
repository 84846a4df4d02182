//! What else format 2 adds (document.md): the reporting year's late-sharing, the link to last
//! year's self-evaluation, last year's measure values, format 1 as its own code, and the form
//! definition's new shape.

mod common;

use common::*;
use sefcheck::form::{Kind, FORM_VERSION};
use sefcheck::{form_definition, Code, Severity, Status};
use serde_json::json;

#[test]
fn late_sharing_more_than_183_days_after_the_period() {
    // periodEnd 2026-03-31: day 183 after it is 2026-09-30.
    let mut doc = edited("/about/shareBy", Some(json!("2026-10-01")));
    set(
        &mut doc,
        "/about/engagementMeeting",
        Some(json!("2026-10-15")),
    );
    let r = checked(&doc);
    let late: Vec<_> = r
        .diagnostics
        .iter()
        .filter(|d| d.code == Code::LateSharing)
        .collect();
    assert_eq!(late.len(), 1);
    assert_eq!(
        (late[0].path.as_str(), late[0].severity),
        ("/about/shareBy", Severity::Warning)
    );
    assert_eq!(
        late[0].message,
        "The date it will be shared with Ofsted is more than 183 days after the end of the period covered: check the date"
    );
    set(&mut doc, "/about/shareBy", Some(json!("2026-09-30")));
    assert!(!checked(&doc)
        .diagnostics
        .iter()
        .any(|d| d.code == Code::LateSharing));
    // It needs both dates valid.
    set(&mut doc, "/about/periodEnd", Some(json!("2026-02-30")));
    set(&mut doc, "/about/shareBy", Some(json!("2027-01-01")));
    assert!(!checked(&doc)
        .diagnostics
        .iter()
        .any(|d| d.code == Code::LateSharing));
}

#[test]
fn the_link_to_last_years_self_evaluation() {
    // Optional: missing or null, nothing.
    for value in [None, Some(json!(null))] {
        assert!(checked(&edited("/previous", value)).diagnostics.is_empty());
    }
    // There, it needs both fields.
    let r = checked(&edited("/previous", Some(json!({}))));
    assert_eq!(
        diagnostics(&r),
        ["required /previous/periodEnd", "required /previous/digest"]
    );
    assert_eq!(r.diagnostics[0].section.as_str(), "about");
    assert_eq!(status(&r, "about"), Status::InProgress);
    let r = checked(&edited("/previous", Some(json!([]))));
    assert_eq!(diagnostics(&r), ["type /previous"]);
    // Its period ends before this one starts (2025-04-01).
    let r = checked(&edited("/previous/periodEnd", Some(json!("2025-04-01"))));
    assert_eq!(diagnostics(&r), ["date-order /previous/periodEnd"]);
    assert!(
        checked(&edited("/previous/periodEnd", Some(json!("2025-03-31"))))
            .diagnostics
            .is_empty()
    );
    let r = checked(&edited(
        "/previous/digest",
        Some(json!(
            "DE5517AFC02D455401FE33BC56701A2233BDE33F5267E91FB697305A52F1E238"
        )),
    ));
    assert_eq!(diagnostics(&r), ["invalid-digest /previous/digest"]);
    assert_eq!(
        r.diagnostics[0].message,
        "The digest of last year's self-evaluation must be a SHA-256 digest: 64 digits and letters a to f"
    );
    let r = checked(&edited("/previous/when", Some(json!("last year"))));
    assert_eq!(diagnostics(&r), ["unknown-field /previous/when"]);
}

#[test]
fn last_years_value_of_a_measure_has_the_values_range() {
    // kpis/0 is a percentage.
    for bad in [json!(100.5), json!(-1)] {
        assert_eq!(
            diagnostics(&checked(&edited("/kpis/0/previous", Some(bad)))),
            ["out-of-range /kpis/0/previous"]
        );
    }
    let mut doc = edited("/kpis/0/unit", Some(json!("count")));
    set(&mut doc, "/kpis/0/value", Some(json!(96)));
    set(&mut doc, "/kpis/0/target", Some(json!(95)));
    set(&mut doc, "/kpis/0/previous", Some(json!(95.5)));
    let r = checked(&doc);
    assert_eq!(diagnostics(&r), ["out-of-range /kpis/0/previous"]);
    assert_eq!(
        r.diagnostics[0].message,
        "Last year's value of the measure must be a whole number, 0 or more"
    );
    assert_eq!(
        diagnostics(&checked(&edited("/kpis/0/previous", Some(json!("95"))))),
        ["type /kpis/0/previous"]
    );
}

#[test]
fn format_1_is_to_be_migrated() {
    let r = report(&example("complete.format-1"));
    assert_eq!(diagnostics(&r), ["format-1 /formVersion"]);
    assert_eq!(
        r.diagnostics[0].message,
        "This self-evaluation is in format 1: migrate it to format 2 (the form does it when it opens or imports the file; on the command line, run sefcheck migrate)"
    );
    assert_eq!(r.form_version, 2);
}

#[test]
fn the_form_definition_of_format_2() {
    let def = form_definition();
    assert_eq!(def.form_version, FORM_VERSION);
    assert_eq!(FORM_VERSION, 2);
    let last = def.sections.last().unwrap();
    assert_eq!(
        (last.id.as_str(), last.fields[0].path.as_str()),
        ("approval", "/approval")
    );
    let about: Vec<_> = def.sections[0]
        .fields
        .iter()
        .map(|f| f.path.as_str())
        .collect();
    assert_eq!(about, ["/about", "/previous"]);
    let ack = &def.acknowledgements;
    assert_eq!(
        (ack.path.as_str(), ack.kind, ack.required),
        ("/acknowledgements", Kind::ObjectList, false)
    );
    let fields: Vec<_> = ack
        .fields
        .iter()
        .flatten()
        .map(|f| (f.path.as_str(), f.kind))
        .collect();
    assert_eq!(
        fields,
        [
            ("/acknowledgements/*/code", Kind::Option),
            ("/acknowledgements/*/path", Kind::Pointer),
            ("/acknowledgements/*/reason", Kind::Line)
        ]
    );
    // The codes are the options: the whole catalogue.
    let codes = ack.fields.as_ref().unwrap()[0].options.unwrap();
    assert_eq!(codes.len(), sefcheck::rule_catalogue().len());
    let json: serde_json::Value = serde_json::from_str(&def.to_json()).unwrap();
    let find = |path: &str| {
        fn walk<'v>(v: &'v serde_json::Value, path: &str) -> Option<&'v serde_json::Value> {
            if v["path"] == path {
                return Some(v);
            }
            let children = v
                .get("fields")
                .or_else(|| v.get("sections"))
                .and_then(|f| f.as_array())?;
            children.iter().find_map(|c| walk(c, path))
        }
        json["sections"]
            .as_array()
            .unwrap()
            .iter()
            .find_map(|s| walk(s, path))
            .or_else(|| walk(&json["acknowledgements"], path))
            .cloned()
            .unwrap_or_else(|| panic!("no field {path}"))
    };
    assert_eq!(
        find("/areas/privateLaw/evidence")["references"],
        json!(["/evidence"])
    );
    assert_eq!(
        find("/actions/*/addresses")["references"],
        json!([
            "/inspection/recommendations",
            "/areas/privateLaw/developmentAreas",
            "/areas/publicLaw/developmentAreas",
            "/areas/leadership/developmentAreas"
        ])
    );
    assert_eq!(find("/evidence")["titleKey"], "title");
    assert_eq!(find("/inspection/recommendations")["titleKey"], "text");
    assert_eq!(
        find("/areas/publicLaw/developmentAreas")["titleKey"],
        "text"
    );
    assert_eq!(find("/areas/publicLaw/strengths")["titleKey"], "text");
    assert_eq!(find("/areas/publicLaw/strengths")["kind"], "objectList");
    assert_eq!(
        find("/areas/publicLaw/strengths/*/text")["limit"],
        json!({"max": 150, "unit": "words"})
    );
    assert_eq!(find("/approval/digest")["kind"], "digest");
    assert_eq!(find("/previous")["required"], false);
    assert_eq!(find("/previous/digest")["kind"], "digest");
    assert_eq!(find("/kpis/*/previous")["kind"], "number");
    assert!(find("/actions")["titleKey"].is_null());
    // A new item's id starts as migrate's ids do.
    let migrated =
        sefcheck::migrate_value(&common::example("complete.format-1")).expect("migrated");
    for (area, short) in [
        ("privateLaw", "PL"),
        ("publicLaw", "PU"),
        ("leadership", "LE"),
    ] {
        for (list, letter) in [("strengths", "S"), ("developmentAreas", "D")] {
            let prefix = find(&format!("/areas/{area}/{list}"))["idPrefix"].clone();
            assert_eq!(prefix, json!(format!("{short}-{letter}")));
            let first = &migrated["areas"][area][list][0]["id"];
            assert!(first
                .as_str()
                .unwrap()
                .starts_with(prefix.as_str().unwrap()));
        }
    }
    for (list, prefix) in [
        ("/inspection/recommendations", "R"),
        ("/evidence", "E"),
        ("/actions", "A"),
        ("/kpis", "K"),
    ] {
        assert_eq!(find(list)["idPrefix"], prefix);
    }
    assert!(find("/acknowledgements")["idPrefix"].is_null());
    assert_eq!(
        find("/acknowledgements/*/code")["options"][0],
        json!({"value": "type", "label": "Wrong kind of value"})
    );
}

#[test]
fn the_empty_document_is_format_2() {
    assert_eq!(sefcheck::empty_document(), json!({"formVersion": 2}));
    let r = report(&sefcheck::empty_document());
    assert_eq!(r.sections.len(), 11);
    assert!(r
        .diagnostics
        .iter()
        .all(|d| matches!(d.code, Code::Required | Code::DeclarationRequired)));
    assert_eq!(status(&r, "about"), Status::NotStarted);
}
