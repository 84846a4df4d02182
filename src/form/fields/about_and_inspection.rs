//! The fields of sections `about` (the period, who prepared it, the dates of sharing and of the
//! engagement meeting, and the link to last year's self-evaluation) and `inspection` (the last
//! judgement inspection: its date, Ofsted's grades and recommendations, monitoring visits).

use super::addressable_id_hint;
use crate::form::{Condition, CrossRule, Field, Kind, GRADES, STATUSES};
use crate::section::Area;

pub(super) fn about() -> Field {
    Field::new(
        "about",
        Kind::Object,
        "About this self-evaluation",
        "about this self-evaluation",
    )
    .fields(vec![
        Field::new(
            "periodStart",
            Kind::Date,
            "Start of the period covered",
            "the start of the period covered",
        )
        .hint("The first day the self-evaluation covers, usually 1 April."),
        Field::new(
            "periodEnd",
            Kind::Date,
            "End of the period covered",
            "the end of the period covered",
        )
        .hint("The last day it covers, usually 31 March.")
        .rule(CrossRule::PeriodEnd),
        Field::new(
            "preparedBy",
            Kind::Line,
            "Prepared by",
            "the role of whoever prepared it",
        )
        .hint("A role, not a person's name. For example, Head of Practice Quality.")
        .characters(100),
        Field::new(
            "shareBy",
            Kind::Date,
            "Date it will be shared with Ofsted",
            "the date it will be shared with Ofsted",
        )
        .rule(CrossRule::ShareBy),
        Field::new(
            "engagementMeeting",
            Kind::Date,
            "Date of the annual engagement meeting",
            "the date of the annual engagement meeting",
        )
        .optional()
        .rule(CrossRule::EngagementMeeting),
    ])
}

/// The link to last year's self-evaluation (section `about`).
pub(super) fn previous() -> Field {
    Field::new(
        "previous",
        Kind::Object,
        "Last year's self-evaluation",
        "last year's self-evaluation",
    )
    .hint("The self-evaluation shared last year, so that the years form a chain.")
    .optional()
    .fields(vec![
        Field::new(
            "periodEnd",
            Kind::Date,
            "End of the period it covered",
            "the end of the period last year's self-evaluation covered",
        )
        .hint("The last day last year's self-evaluation covered, before this year's start.")
        .rule(CrossRule::PreviousPeriodEnd),
        Field::new(
            "digest",
            Kind::Digest,
            "Its digest",
            "the digest of last year's self-evaluation",
        )
        .hint("The content digest of the document shared last year."),
    ])
}

pub(super) fn inspection() -> Field {
    // Each grade is labelled with its area's section title.
    let grade = |area: Area| {
        Field::new(
            area.key(),
            Kind::Option,
            area.section().title(),
            format!("Ofsted's last grade for {}", area.short_name()),
        )
        .options(GRADES)
    };
    Field::new(
        "inspection",
        Kind::Object,
        "Inspection context",
        "the inspection context",
    )
    .fields(vec![
        Field::new(
            "lastInspection",
            Kind::Date,
            "Last day of the last judgement inspection",
            "the last day of the last judgement inspection",
        )
        .rule(CrossRule::LastInspection),
        Field::new(
            "grades",
            Kind::Object,
            "Ofsted's grades at the last inspection",
            "Ofsted's grades at the last inspection",
        )
        .fields(Area::ALL.map(grade).into()),
        Field::new(
            "recommendations",
            Kind::ObjectList,
            "Ofsted's recommendations",
            "Ofsted's recommendations",
        )
        .hint("Ofsted's areas for improvement from the last inspection, and the progress on each.")
        .optional()
        .item("recommendation")
        .ids_starting("R")
        .titled_by("text")
        .fields(vec![
            Field::new(
                "id",
                Kind::Id,
                "Reference",
                "a reference for the recommendation",
            )
            .hint(addressable_id_hint())
            .rule(CrossRule::RecommendationId),
            Field::new("text", Kind::Text, "Recommendation", "the recommendation").words(300),
            Field::new(
                "progress",
                Kind::Text,
                "Progress",
                "the progress on the recommendation",
            )
            .words(400),
            Field::new(
                "status",
                Kind::Option,
                "Status",
                "the status of the recommendation",
            )
            .options(STATUSES),
        ]),
        Field::new(
            "monitoring",
            Kind::Text,
            "Progress under monitoring visits",
            "the progress under monitoring visits",
        )
        .hint("Needed when a grade at the last inspection was inadequate.")
        .when(
            Condition::LastGradeInadequate,
            "a grade at the last inspection is inadequate",
        )
        .words(500),
    ])
}
