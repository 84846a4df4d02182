//! `nextYear` (docs/spec/yearly.md, "Next year"): a format-2 draft for the year after the
//! document's, holding what is still owed and nothing that must be evidenced again.

use super::{object, object_items, status_is, COMPLETED};
use crate::digest::content_digest;
use crate::form::SCHEMA_KEY;
use crate::keyset::KeySet;
use crate::refusal::{InputError, InputErrorKind};
use crate::rules::time::{days_in_month, parse_date};
use crate::section::{Area, AREAS_KEY};
use crate::value::Value;
use std::borrow::Cow;

/// Next year's draft made from `document` (yearly.md). Refused: a value that is not an object
/// or whose `formVersion` is not the number 2 (`not-format-2`), a format-1 document
/// (`migrate-first`), and a document whose `about.periodEnd` is not a real date or is in the
/// year 9999 (`no-period`).
pub fn next_year<'a>(document: &Value<'a>) -> Result<Value<'a>, InputError> {
    let Value::Object(_) = document else {
        return Err(InputErrorKind::NotFormat2.into());
    };
    match document.get("formVersion") {
        Some(Value::Number(v)) if *v == 2.0 => {}
        Some(Value::Number(v)) if *v == 1.0 => return Err(InputErrorKind::MigrateFirst.into()),
        _ => return Err(InputErrorKind::NotFormat2.into()),
    }
    let about = document.get("about");
    let end = about
        .and_then(|a| a.get("periodEnd"))
        .and_then(Value::as_str)
        .ok_or(InputErrorKind::NoPeriod)?;
    let (start, new_end) = next_period(end).ok_or(InputErrorKind::NoPeriod)?;

    // The editor's `$schema` first, as it was: next year's file is edited as this one was.
    let mut members = Vec::new();
    if let Some(schema) = document.get(SCHEMA_KEY) {
        members.push((SCHEMA_KEY, schema.clone()));
    }
    members.push(("formVersion", Value::Number(2.0)));
    let mut new_about = vec![
        ("periodStart", Value::String(Cow::Owned(start))),
        ("periodEnd", Value::String(Cow::Owned(new_end))),
    ];
    if let Some(prepared @ Value::String(_)) = about.and_then(|a| a.get("preparedBy")) {
        new_about.push(("preparedBy", prepared.clone()));
    }
    members.push(("about", object(new_about)));
    members.push((
        "previous",
        object(vec![
            ("periodEnd", Value::String(Cow::Owned(end.to_string()))),
            (
                "digest",
                Value::String(Cow::Owned(content_digest(document))),
            ),
        ]),
    ));

    let actions: Vec<Value<'a>> = object_items(document.get("actions"))
        .filter(|action| !status_is(action, COMPLETED))
        .cloned()
        .collect();
    let addressed: KeySet = actions
        .iter()
        .flat_map(|action| {
            action
                .get("addresses")
                .and_then(Value::as_array)
                .unwrap_or_default()
        })
        .filter_map(Value::as_str)
        .collect();

    let inspection = document.get("inspection");
    let mut new_inspection = Vec::new();
    if let Some(grades @ Value::Object(_)) = inspection.and_then(|i| i.get("grades")) {
        new_inspection.push(("grades", grades.clone()));
    }
    let recommendations: Vec<Value<'a>> =
        object_items(inspection.and_then(|i| i.get("recommendations")))
            .filter(|r| {
                !status_is(r, COMPLETED)
                    || r.get("id")
                        .and_then(Value::as_str)
                        .is_some_and(|id| addressed.contains(id))
            })
            .cloned()
            .collect();
    if !recommendations.is_empty() {
        new_inspection.push(("recommendations", Value::Array(recommendations)));
    }
    if !new_inspection.is_empty() {
        members.push(("inspection", object(new_inspection)));
    }

    let areas = document.get(AREAS_KEY);
    let mut new_areas = Vec::new();
    for area in Area::ALL {
        let development_areas: Vec<Value<'a>> = object_items(
            areas
                .and_then(|a| a.get(area.key()))
                .and_then(|a| a.get("developmentAreas")),
        )
        .cloned()
        .collect();
        if !development_areas.is_empty() {
            new_areas.push((
                area.key(),
                object(vec![("developmentAreas", Value::Array(development_areas))]),
            ));
        }
    }
    if !new_areas.is_empty() {
        members.push((AREAS_KEY, object(new_areas)));
    }
    if !actions.is_empty() {
        members.push(("actions", Value::Array(actions)));
    }
    let measures: Vec<Value<'a>> = object_items(document.get("kpis"))
        .map(next_measure)
        .collect();
    if !measures.is_empty() {
        members.push(("kpis", Value::Array(measures)));
    }
    Ok(object(members))
}

/// A measure for next year: its `id`, `area`, `label`, `unit`, `target` and `better` as they
/// are, this year's `value` (a number) as `previous`; no `value`, no `commentary`.
fn next_measure<'a>(measure: &Value<'a>) -> Value<'a> {
    let mut members = Vec::new();
    for key in ["id", "area", "label", "unit", "target"] {
        if let Some(v) = measure.get(key) {
            members.push((key, v.clone()));
        }
    }
    if let Some(value @ Value::Number(_)) = measure.get("value") {
        members.push(("previous", value.clone()));
    }
    if let Some(better) = measure.get("better") {
        members.push(("better", better.clone()));
    }
    object(members)
}

/// The period after the one ending on `end` (a real date `YYYY-MM-DD`): it starts the day
/// after and ends on the same day of the month a year later, 28 February for a 29 February;
/// `None` when `end` is not a real date or is in the year 9999.
pub fn next_period(end: &str) -> Option<(String, String)> {
    parse_date(end)?;
    let number = |range: std::ops::Range<usize>| end.get(range)?.parse::<i64>().ok();
    let (year, month, day) = (number(0..4)?, number(5..7)?, number(8..10)?);
    if year >= 9999 {
        return None;
    }
    let start = if day < days_in_month(year, month) {
        (year, month, day + 1)
    } else if month < 12 {
        (year, month + 1, 1)
    } else {
        (year + 1, 1, 1)
    };
    let new_end = (year + 1, month, day.min(days_in_month(year + 1, month)));
    let write = |(y, m, d): (i64, i64, i64)| format!("{y:04}-{m:02}-{d:02}");
    Some((write(start), write(new_end)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json;
    use crate::stringify::{to_string, Order};

    fn next(text: &str) -> Result<String, InputErrorKind> {
        let document = json::parse(text).map_err(|e| e.kind)?;
        next_year(&document)
            .map(|v| to_string(&v, Order::JavaScript))
            .map_err(|e| e.kind)
    }

    #[test]
    fn periods_move_on_by_a_year() {
        let p = |end: &str| next_period(end);
        let pair = |a: &str, b: &str| Some((a.to_string(), b.to_string()));
        assert_eq!(p("2026-03-31"), pair("2026-04-01", "2027-03-31"));
        assert_eq!(p("2025-12-31"), pair("2026-01-01", "2026-12-31"));
        assert_eq!(p("2024-02-29"), pair("2024-03-01", "2025-02-28"));
        assert_eq!(p("2027-02-28"), pair("2027-03-01", "2028-02-28"));
        assert_eq!(p("2023-02-28"), pair("2023-03-01", "2024-02-28"));
        assert_eq!(p("2026-06-15"), pair("2026-06-16", "2027-06-15"));
        assert_eq!(p("9998-12-31"), pair("9999-01-01", "9999-12-31"));
        for bad in ["9999-01-01", "2026-02-29", " 2026-03-31", "", "2026-3-31"] {
            assert_eq!(p(bad), None, "{bad}");
        }
    }

    #[test]
    fn refusals() {
        assert_eq!(next("[]"), Err(InputErrorKind::NotFormat2));
        assert_eq!(next("{}"), Err(InputErrorKind::NotFormat2));
        assert_eq!(
            next(r#"{"formVersion":"2"}"#),
            Err(InputErrorKind::NotFormat2)
        );
        assert_eq!(
            next(r#"{"formVersion":1,"about":{"periodEnd":"2026-03-31"}}"#),
            Err(InputErrorKind::MigrateFirst)
        );
        assert_eq!(next(r#"{"formVersion":2}"#), Err(InputErrorKind::NoPeriod));
        assert_eq!(
            next(r#"{"formVersion":2,"about":{"periodEnd":"2026-02-29"}}"#),
            Err(InputErrorKind::NoPeriod)
        );
    }

    #[test]
    fn carries_what_is_owed_and_clears_the_rest() {
        let doc = r#"{"formVersion":2,"about":{"periodStart":"2025-04-01","periodEnd":"2026-03-31","preparedBy":"Head of Quality","shareBy":"2026-05-29"},
          "inspection":{"lastInspection":"2024-02-16","grades":{"privateLaw":"good"},"monitoring":"m",
            "recommendations":[{"id":"R1","status":"completed"},{"id":"R2","status":"inProgress"},{"id":"R3","status":"completed"},null]},
          "areas":{"publicLaw":{"whatWeKnow":"w","strengths":[{"id":"S","text":"s"}],"developmentAreas":[{"id":"D1","text":"d","status":"resolved"},"x"],"grade":"good"}},
          "voice":{"children":"c"},"evidence":[{"id":"E"}],
          "actions":[{"id":"A1","status":"completed","addresses":["R1"]},{"id":"A2","status":"inProgress","addresses":["R3","D1"],"due":"2026-09-30","extra":1},{"id":"A3"}],
          "kpis":[{"id":"K","area":"publicLaw","label":"L","unit":"percent","value":50,"target":60,"previous":40,"better":"higher","commentary":"c","x":1},{"id":"K2","value":"no"}],
          "audit":{"casesAudited":1},"declarations":{"noNames":true},"approval":{"approvedBy":"CEO"},"acknowledgements":[{"code":"x"}],"unknown":1}"#;
        let out = next(doc).unwrap_or_default();
        let digest = content_digest(&json::parse(doc).unwrap_or(Value::Null));
        assert_eq!(
            out,
            format!(
                concat!(
                    r#"{{"formVersion":2,"about":{{"periodStart":"2026-04-01","periodEnd":"2027-03-31","preparedBy":"Head of Quality"}},"#,
                    r#""previous":{{"periodEnd":"2026-03-31","digest":"{}"}},"#,
                    r#""inspection":{{"grades":{{"privateLaw":"good"}},"recommendations":[{{"id":"R2","status":"inProgress"}},{{"id":"R3","status":"completed"}}]}},"#,
                    r#""areas":{{"publicLaw":{{"developmentAreas":[{{"id":"D1","text":"d","status":"resolved"}}]}}}},"#,
                    r#""actions":[{{"id":"A2","status":"inProgress","addresses":["R3","D1"],"due":"2026-09-30","extra":1}},{{"id":"A3"}}],"#,
                    r#""kpis":[{{"id":"K","area":"publicLaw","label":"L","unit":"percent","target":60,"previous":50,"better":"higher"}},{{"id":"K2"}}]}}"#
                ),
                digest
            )
        );
    }

    #[test]
    fn keeps_the_editors_schema_first() {
        let doc = r#"{"formVersion":2,"about":{"periodEnd":"2026-03-31"},"$schema":"./s.json"}"#;
        let out = next(doc).unwrap_or_default();
        assert!(
            out.starts_with(r#"{"$schema":"./s.json","formVersion":2,"#),
            "{out}"
        );
        let without = next(r#"{"formVersion":2,"about":{"periodEnd":"2026-03-31"}}"#);
        assert_eq!(without.map(|t| t.contains("$schema")), Ok(false));
    }

    #[test]
    fn deterministic_and_twice_moves_two_years() {
        let doc = r#"{"formVersion":2,"about":{"periodEnd":"2024-02-29"},"actions":[{"id":"A"}]}"#;
        let once = next(doc).unwrap_or_default();
        assert_eq!(next(doc), Ok(once.clone()));
        let twice = next(&once).unwrap_or_default();
        assert!(
            twice.contains(r#""about":{"periodStart":"2025-03-01","periodEnd":"2026-02-28"}"#),
            "{twice}"
        );
        assert!(
            twice.contains(r#""previous":{"periodEnd":"2025-02-28""#),
            "{twice}"
        );
    }
}
