//! The options of the form's option fields, each list written once: grades, statuses, kinds of
//! evidence, areas, units, which is better, and the codes an acknowledgement may name.

use crate::code::RULES;
use crate::section::Area;
use std::sync::OnceLock;

/// One option of an `option` field: its value in the document, and its label.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(test, derive(serde::Serialize, ts_rs::TS), ts(rename = "FieldOption"))]
pub struct Choice {
    #[cfg_attr(test, ts(type = "OptionValue"))]
    pub value: &'static str,
    pub label: &'static str,
}

pub const GRADES: &[Choice] = &[
    Choice {
        value: "outstanding",
        label: "Outstanding",
    },
    Choice {
        value: "good",
        label: "Good",
    },
    Choice {
        value: "requiresImprovement",
        label: "Requires improvement",
    },
    Choice {
        value: "inadequate",
        label: "Inadequate",
    },
];

pub const STATUSES: &[Choice] = &[
    Choice {
        value: "notStarted",
        label: "Not started",
    },
    Choice {
        value: "inProgress",
        label: "In progress",
    },
    Choice {
        value: "completed",
        label: "Completed",
    },
];

/// Whether a development area is still a weakness (`open`, as when the status is absent) or
/// resolved (docs/spec/yearly.md): a resolved one needs no action.
pub const DEVELOPMENT_AREA_STATUSES: &[Choice] = &[
    Choice {
        value: "open",
        label: "Still a weakness",
    },
    Choice {
        value: "resolved",
        label: "Resolved",
    },
];

pub const EVIDENCE_KINDS: &[Choice] = &[
    Choice {
        value: "audit",
        label: "Practice audit",
    },
    Choice {
        value: "thematicAudit",
        label: "Thematic audit",
    },
    Choice {
        value: "performanceData",
        label: "Performance data",
    },
    Choice {
        value: "childFeedback",
        label: "Children's feedback",
    },
    Choice {
        value: "familyFeedback",
        label: "Families' feedback",
    },
    Choice {
        value: "complaints",
        label: "Complaints",
    },
    Choice {
        value: "learningReview",
        label: "Learning review",
    },
    Choice {
        value: "observation",
        label: "Observation of practice",
    },
    Choice {
        value: "partnerFeedback",
        label: "Partners' feedback",
    },
    Choice {
        value: "staffSurvey",
        label: "Staff survey",
    },
    Choice {
        value: "other",
        label: "Other",
    },
];

/// The one kind of evidence that is not qualitative.
pub const QUANTITATIVE_KIND: &str = "performanceData";

/// The three judgement areas, which measures are about; an action may also cut across them.
pub const MEASURE_AREAS: &[Choice] = ACTION_AREAS.split_at(3).0;

pub const ACTION_AREAS: &[Choice] = &[
    Choice {
        value: Area::PrivateLaw.key(),
        label: "Private law practice",
    },
    Choice {
        value: Area::PublicLaw.key(),
        label: "Public law practice",
    },
    Choice {
        value: Area::Leadership.key(),
        label: "The impact of leaders",
    },
    Choice {
        value: "crossCutting",
        label: "Across all areas",
    },
];

pub const UNITS: &[Choice] = &[
    Choice {
        value: "percent",
        label: "Percentage",
    },
    Choice {
        value: "days",
        label: "Days",
    },
    Choice {
        value: "weeks",
        label: "Weeks",
    },
    Choice {
        value: "count",
        label: "Count",
    },
];

pub const BETTER: &[Choice] = &[
    Choice {
        value: "higher",
        label: "Higher is better",
    },
    Choice {
        value: "lower",
        label: "Lower is better",
    },
];

/// The codes an acknowledgement may name: the catalogue's, each labelled with its title.
pub fn acknowledgement_codes() -> &'static [Choice] {
    static CODES: OnceLock<Vec<Choice>> = OnceLock::new();
    CODES.get_or_init(|| {
        RULES
            .iter()
            .map(|rule| Choice {
                value: rule.code.as_str(),
                label: rule.title,
            })
            .collect()
    })
}

/// The label of an option value, for messages ("graded requires improvement").
pub fn option_label(options: &[Choice], value: &str) -> Option<&'static str> {
    options.iter().find(|c| c.value == value).map(|c| c.label)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn measures_are_about_the_three_areas_and_actions_may_cut_across() {
        let values = |options: &[Choice]| options.iter().map(|c| c.value).collect::<Vec<_>>();
        assert_eq!(
            values(MEASURE_AREAS),
            ["privateLaw", "publicLaw", "leadership"]
        );
        assert_eq!(values(ACTION_AREAS).last(), Some(&"crossCutting"));
    }
}
