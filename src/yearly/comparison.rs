//! What `compare` gives, member by member, for the package's types (src/typescript.rs).
//! compare.rs writes it as JSON text, member by member as yearly.md gives it; these structs say
//! the same members with their types, and the test below holds the two together: each
//! comparison of the examples, read into them (no member unknown) and written back, is the same
//! JSON.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Two years side by side (docs/spec/yearly.md, "Compare two years"). Every value that is
/// missing or invalid in a document is `null`.
#[derive(Deserialize, Serialize, TS)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Comparison {
    /// `current.previous.digest` is the content digest of `previous`.
    chain: bool,
    #[ts(inline)]
    periods: Periods,
    /// The three areas, always, in form order.
    #[ts(inline)]
    areas: Vec<AreaComparison>,
    #[ts(inline)]
    measures: Measures,
    #[ts(inline)]
    audit: Audit,
    #[ts(inline)]
    development_areas: DevelopmentAreas,
    #[ts(inline)]
    actions: Actions,
    #[ts(inline)]
    recommendations: Recommendations,
}

/// How a value moved: by a measure's `better`, by grade (outstanding best), by the audit's
/// share graded good or better; `unknown` when either value, or the direction, is unknown.
#[derive(Deserialize, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum Change {
    Better,
    Worse,
    Same,
    Unknown,
}

#[derive(Deserialize, Serialize, TS)]
#[serde(deny_unknown_fields)]
struct Periods {
    #[ts(inline)]
    previous: Period,
    #[ts(inline)]
    current: Period,
}

#[derive(Deserialize, Serialize, TS)]
#[serde(deny_unknown_fields)]
struct Period {
    start: Option<String>,
    end: Option<String>,
}

#[derive(Deserialize, Serialize, TS)]
#[serde(deny_unknown_fields)]
struct AreaComparison {
    #[ts(type = "Area")]
    area: String,
    #[ts(inline)]
    grade: Grades,
    #[ts(inline)]
    ofsted: Grades,
    change: Change,
}

#[derive(Deserialize, Serialize, TS)]
#[serde(deny_unknown_fields)]
struct Grades {
    #[ts(type = "Grade | null")]
    previous: Option<String>,
    #[ts(type = "Grade | null")]
    current: Option<String>,
}

#[derive(Deserialize, Serialize, TS)]
#[serde(deny_unknown_fields)]
struct Measures {
    /// The measures of both years (by id), in this year's order.
    #[ts(inline)]
    matched: Vec<MatchedMeasure>,
    added: Vec<String>,
    dropped: Vec<String>,
}

#[derive(Deserialize, Serialize, TS)]
#[serde(deny_unknown_fields)]
struct MatchedMeasure {
    id: String,
    #[ts(type = "Area | null")]
    area: Option<String>,
    #[ts(type = "Unit | null")]
    unit: Option<String>,
    #[ts(type = "Better | null")]
    better: Option<String>,
    previous: Option<f64>,
    current: Option<f64>,
    target: Option<f64>,
    change: Change,
}

#[derive(Deserialize, Serialize, TS)]
#[serde(deny_unknown_fields)]
struct Audit {
    previous: ComparisonAudit,
    current: ComparisonAudit,
    change: Change,
}

/// One year's practice audit, as `compare` gives it.
#[derive(Deserialize, Serialize, TS)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct ComparisonAudit {
    cases_audited: Option<f64>,
    /// outstanding + good.
    good_or_better: Option<f64>,
    /// goodOrBetter / casesAudited, from 0 to 1, when the four grades add up to casesAudited > 0.
    share: Option<f64>,
}

#[derive(Deserialize, Serialize, TS)]
#[serde(deny_unknown_fields)]
struct DevelopmentAreas {
    #[ts(inline)]
    carried: Vec<AreaItem>,
    #[ts(inline)]
    resolved: Vec<AreaItem>,
    #[ts(inline)]
    new: Vec<AreaItem>,
}

#[derive(Deserialize, Serialize, TS)]
#[serde(deny_unknown_fields)]
struct AreaItem {
    id: String,
    #[ts(type = "Area")]
    area: String,
}

#[derive(Deserialize, Serialize, TS)]
#[serde(deny_unknown_fields)]
struct Actions {
    completed: Vec<String>,
    carried: Vec<String>,
    /// `null` when this year's `periodStart` is not a valid date.
    overdue: Option<Vec<String>>,
    new: Vec<String>,
    dropped: Vec<String>,
}

#[derive(Deserialize, Serialize, TS)]
#[serde(deny_unknown_fields)]
struct Recommendations {
    completed: Vec<String>,
    open: Vec<String>,
    new: Vec<String>,
    dropped: Vec<String>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{json, Value};

    /// Every number as a double, so that `5` and `5.0` compare equal.
    fn doubles(value: Value) -> Value {
        match value {
            Value::Number(n) => json!(n.as_f64()),
            Value::Array(items) => Value::Array(items.into_iter().map(doubles).collect()),
            Value::Object(members) => {
                Value::Object(members.into_iter().map(|(k, v)| (k, doubles(v))).collect())
            }
            other => other,
        }
    }

    #[test]
    fn every_comparison_of_the_examples_is_of_the_declared_shape() {
        let read = |text: &str| -> Value { serde_json::from_str(text).unwrap_or_default() };
        let complete = read(include_str!("../../docs/spec/examples/complete.json"));
        let draft = read(include_str!("../../docs/spec/examples/draft.json"));
        let next = crate::next_year_value(&complete).expect("next year of the example");
        let pairs = [
            (&complete, &complete),
            (&complete, &next),
            (&draft, &complete),
            (&complete, &draft),
            (
                &json!({}),
                &json!({ "about": { "periodStart": "2025-04-01" } }),
            ),
            (&json!(null), &json!([])),
        ];
        for (previous, current) in pairs {
            let compared = crate::compare_value(previous, current).expect("compared");
            let typed: Comparison = serde_json::from_value(compared.clone())
                .unwrap_or_else(|e| panic!("not of the declared shape: {e}"));
            let back = serde_json::to_value(&typed).unwrap_or_default();
            assert_eq!(doubles(back), doubles(compared));
        }
    }
}
