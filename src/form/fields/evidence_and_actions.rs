//! The fields of the evidence register (section `evidence`) and of the improvement plan
//! (section `actions`), whose actions address the recommendations and development areas.

use super::id_hint;
use crate::form::{CrossRule, Field, Kind, ACTION_AREAS, EVIDENCE_KINDS, STATUSES};

/// The lists whose ids an action's `addresses` names, in the order the namespace reads them.
pub const ADDRESSABLE: &[&str] = &[
    "/inspection/recommendations",
    "/areas/privateLaw/developmentAreas",
    "/areas/publicLaw/developmentAreas",
    "/areas/leadership/developmentAreas",
];

pub(super) fn evidence() -> Field {
    Field::new(
        "evidence",
        Kind::ObjectList,
        "Evidence register",
        "an evidence item",
    )
    .hint("The audits, feedback, observations and data the self-evaluation relies on.")
    .item("evidence item")
    .ids_starting("E")
    .titled_by("title")
    .fields(vec![
        Field::new(
            "id",
            Kind::Id,
            "Reference",
            "a reference for the evidence item",
        )
        .hint(id_hint())
        .rule(CrossRule::EvidenceId),
        Field::new(
            "kind",
            Kind::Option,
            "Kind of evidence",
            "the kind of evidence",
        )
        .options(EVIDENCE_KINDS),
        Field::new(
            "title",
            Kind::Line,
            "Title",
            "the title of the evidence item",
        )
        .characters(150),
        Field::new(
            "date",
            Kind::Date,
            "Date produced or reported",
            "the date the evidence was produced or reported",
        )
        .rule(CrossRule::EvidenceDate),
    ])
}

pub(super) fn actions() -> Field {
    Field::new(
        "actions",
        Kind::ObjectList,
        "Improvement plan",
        "an action to the improvement plan",
    )
    .hint("What you will do in the next 12 months, who owns it and how you will know it worked.")
    .item("action")
    .ids_starting("A")
    .fields(vec![
        Field::new("id", Kind::Id, "Reference", "a reference for the action").hint(id_hint()),
        Field::new(
            "area",
            Kind::Option,
            "Area it improves",
            "the area the action improves",
        )
        .options(ACTION_AREAS),
        Field::new(
            "description",
            Kind::Text,
            "What we will do",
            "what you will do",
        )
        .words(200),
        Field::new(
            "addresses",
            Kind::IdList,
            "What it addresses",
            "what the action addresses",
        )
        .hint("The development areas and Ofsted's recommendations this action answers.")
        .item("development area or recommendation")
        .rule(CrossRule::ActionAddresses)
        .references_lists(ADDRESSABLE),
        Field::new(
            "owner",
            Kind::Line,
            "Owner",
            "the role that owns the action",
        )
        .hint("A role, not a person's name.")
        .characters(100),
        Field::new("due", Kind::Date, "Due date", "the date the action is due")
            .rule(CrossRule::ActionDue),
        Field::new(
            "measure",
            Kind::Text,
            "How we will know it worked",
            "how you will know it worked",
        )
        .words(100),
        Field::new("status", Kind::Option, "Status", "the status of the action").options(STATUSES),
    ])
}
