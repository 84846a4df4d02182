//! The fields of the three judgement areas' sections (what we know and how, the evidence, the
//! strengths and development areas, the grade and the plans) and of section `voice`.

use super::{addressable_id_hint, id_hint};
use crate::form::{capitalise, CrossRule, Field, Kind, DEVELOPMENT_AREA_STATUSES, GRADES};
use crate::section::{Area, AreaItemList};

pub(super) fn area(area: Area) -> Field {
    let subject = area.subject();
    let short = area.short_name();
    Field::new(
        area.key(),
        Kind::Object,
        capitalise(short),
        short.to_string(),
    )
    .fields(vec![
        Field::new(
            "whatWeKnow",
            Kind::Text,
            format!("What do we know about {subject}?"),
            format!("what you know about {subject}"),
        )
        .words(1500),
        Field::new(
            "howWeKnow",
            Kind::Text,
            "How do we know it?",
            format!("how you know about {subject}"),
        )
        .words(1000),
        Field::new(
            "evidence",
            Kind::IdList,
            "Evidence this relies on",
            format!("the evidence for {short}"),
        )
        .hint("Choose items from the evidence register.")
        .item("evidence reference")
        .rule(CrossRule::AreaEvidence(area))
        .references_lists(&["/evidence"]),
        Field::new(
            "strengths",
            Kind::ObjectList,
            "Strengths",
            format!("a strength of {short}"),
        )
        .item("strength")
        .titled_by("text")
        .ids_starting(area.item_id_prefix(AreaItemList::Strengths))
        .fields(vec![
            Field::new("id", Kind::Id, "Reference", "a reference for the strength").hint(id_hint()),
            Field::new("text", Kind::Text, "Strength", "the strength").words(150),
        ]),
        Field::new(
            "developmentAreas",
            Kind::ObjectList,
            "Development areas",
            format!("a development area for {short}"),
        )
        .hint("Where practice must improve. A self-evaluation with none is not candid.")
        .item("development area")
        .titled_by("text")
        .ids_starting(area.item_id_prefix(AreaItemList::DevelopmentAreas))
        .rule(CrossRule::DevelopmentAreas(area))
        .fields(vec![
            Field::new(
                "id",
                Kind::Id,
                "Reference",
                "a reference for the development area",
            )
            .hint(addressable_id_hint())
            .rule(CrossRule::DevelopmentAreaId(area)),
            Field::new(
                "text",
                Kind::Text,
                "Development area",
                "the development area",
            )
            .words(150),
            Field::new(
                "status",
                Kind::Option,
                "Status",
                "whether the development area is still a weakness or resolved",
            )
            .hint("A resolved development area needs no action. Leave it unanswered while it is still a weakness.")
            .options(DEVELOPMENT_AREA_STATUSES)
            .optional(),
        ]),
        Field::new(
            "grade",
            Kind::Option,
            "Our grade",
            format!("your grade for {short}"),
        )
        .options(GRADES)
        .rule(CrossRule::AreaGrade(area)),
        Field::new(
            "gradeRationale",
            Kind::Text,
            "Why that grade",
            format!("why you graded {short} as you did"),
        )
        .words(400),
        Field::new(
            "plans",
            Kind::Text,
            format!("What are our plans for the next 12 months to maintain or improve {short}?"),
            format!("your plans for the next 12 months for {short}"),
        )
        .words(1000),
    ])
}

pub(super) fn voice() -> Field {
    Field::new(
        "voice",
        Kind::Object,
        "Children's and families' voice",
        "children's and families' voice",
    )
    .fields(vec![
        Field::new(
            "children",
            Kind::Text,
            "What children told us, and what changed because of it",
            "what children told you and what changed because of it",
        )
        .words(800),
        Field::new(
            "youngPeoplesBoard",
            Kind::Text,
            "The Family Justice Young People's Board's part in this evaluation",
            "the Family Justice Young People's Board's part in this evaluation",
        )
        .words(500),
        Field::new(
            "familyForum",
            Kind::Text,
            "The family forum's part in this evaluation",
            "the family forum's part in this evaluation",
        )
        .optional()
        .words(400),
        Field::new(
            "complaints",
            Kind::Text,
            "What complaints taught us",
            "what complaints taught you",
        )
        .words(500),
    ])
}
