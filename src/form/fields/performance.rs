//! The fields of section `performance`: the performance measures and the practice audit.

use super::id_hint;
use crate::form::{Condition, CrossRule, Field, Kind, BETTER, MEASURE_AREAS, UNITS};

pub(super) fn kpis() -> Field {
    Field::new("kpis", Kind::ObjectList, "Performance measures", "a performance measure")
        .item("measure")
        .ids_starting("K")
        .fields(vec![
            Field::new("id", Kind::Id, "Reference", "a reference for the measure").hint(id_hint()),
            Field::new("area", Kind::Option, "Area", "the area the measure is about").options(MEASURE_AREAS),
            Field::new("label", Kind::Line, "What is measured", "what is measured").characters(120),
            Field::new("unit", Kind::Option, "Unit", "the unit of the measure").options(UNITS),
            Field::new("value", Kind::Number, "Value", "the value of the measure")
                .hint("A percentage from 0 to 100; days, weeks or a count of 0 or more; a count is a whole number.")
                .rule(CrossRule::MeasureNumber),
            Field::new("target", Kind::Number, "Target", "the target of the measure")
                .optional()
                .rule(CrossRule::MeasureNumber),
            Field::new("previous", Kind::Number, "Last year's value", "last year's value of the measure")
                .optional()
                .rule(CrossRule::MeasureNumber),
            Field::new("better", Kind::Option, "Which is better", "whether a higher or a lower value is better")
                .when(Condition::TargetOrPreviousGiven, "the measure has a target or last year's value")
                .options(BETTER),
            Field::new("commentary", Kind::Text, "Commentary", "a commentary on the missed target")
                .hint("Needed when the value misses its target, or is worse than last year's: why, and what you are doing about it.")
                .when(Condition::WorseThanTargetOrPrevious, COMMENTARY_WHEN.0)
                .words(200),
        ])
}

/// Why a measure needs a commentary, as the form says it and as a missing one's message says
/// which: (either, the target missed, worse than last year).
pub const COMMENTARY_WHEN: (&str, &str, &str) = (
    "the value misses its target, or is worse than last year's",
    "the value misses its target",
    "the value is worse than last year's",
);

pub(super) fn audit() -> Field {
    let count = |key: &'static str, label: &'static str, name: &'static str| {
        Field::new(key, Kind::Count, label, name)
    };
    Field::new(
        "audit",
        Kind::Object,
        "Practice audit",
        "the practice audit",
    )
    .hint("The practice audit of the period, in Ofsted's four grades.")
    .fields(vec![
        count(
            "casesAudited",
            "Cases audited",
            "the number of cases audited",
        )
        .rule(CrossRule::CasesAudited),
        count(
            "outstanding",
            "Graded outstanding",
            "the number of cases graded outstanding",
        ),
        count("good", "Graded good", "the number of cases graded good"),
        count(
            "requiresImprovement",
            "Graded requires improvement",
            "the number of cases graded requires improvement",
        ),
        count(
            "inadequate",
            "Graded inadequate",
            "the number of cases graded inadequate",
        ),
    ])
}
