//! The fields of each section of format 2 (document.md), and of the list of acknowledgements,
//! in the order of document.md's tables: labels, names for messages, hints, limits, options and
//! the cross-field rules reported at each.

use super::options::{
    acknowledgement_codes, ACTION_AREAS, BETTER, DEVELOPMENT_AREA_STATUSES, EVIDENCE_KINDS, GRADES,
    MEASURE_AREAS, STATUSES, UNITS,
};
use super::{capitalise, Condition, CrossRule, Field, Kind};
use crate::limits::MAX_ID_LENGTH;
use crate::section::{Area, AreaItemList, SectionId};

const ID_CHARACTERS: &str = "letters, digits, hyphens (-), underscores (_) or full stops (.)";

fn id_hint() -> String {
    format!("Up to {MAX_ID_LENGTH} {ID_CHARACTERS}, used once in this list.")
}

/// The ids an action can address: the recommendations' and the development areas'.
fn addressable_id_hint() -> String {
    format!("Up to {MAX_ID_LENGTH} {ID_CHARACTERS}, used by no other recommendation or development area, so that an action can address it.")
}

/// The lists whose ids an action's `addresses` names, in the order the namespace reads them.
pub const ADDRESSABLE: &[&str] = &[
    "/inspection/recommendations",
    "/areas/privateLaw/developmentAreas",
    "/areas/publicLaw/developmentAreas",
    "/areas/leadership/developmentAreas",
];

fn about() -> Field {
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
fn previous() -> Field {
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

fn inspection() -> Field {
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

fn area(area: Area) -> Field {
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

fn voice() -> Field {
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

fn evidence() -> Field {
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

fn actions() -> Field {
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

fn kpis() -> Field {
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

fn audit() -> Field {
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

fn declarations() -> Field {
    let confirm = |key: &'static str, statement: &'static str| {
        let mut field = Field::new(key, Kind::YesNo, statement, lower_first(statement));
        field.scanned = false;
        field
    };
    Field::new("declarations", Kind::Object, "Before sharing", "the declarations before sharing").fields(vec![
        confirm("noNames", "It names no child, parent, carer or other family member, and gives no date of birth."),
        confirm("noCaseNumbers", "It contains no case numbers or other references that identify a case."),
        confirm("anonymisedExamples", "Case examples are anonymised and cannot identify a family by school, place or rare detail."),
        confirm("smallNumbersChecked", "Small numbers that could identify someone have been removed or grouped."),
    ])
}

fn approval() -> Field {
    Field::new("approval", Kind::Object, "Approval", "the approval").fields(vec![
        Field::new(
            "approvedBy",
            Kind::Line,
            "Approved by",
            "the role of whoever approved it",
        )
        .hint("A role, usually the chief executive, not a person's name.")
        .characters(100),
        Field::new(
            "approvedOn",
            Kind::Date,
            "Date approved",
            "the date it was approved",
        )
        .rule(CrossRule::ApprovedOn),
        Field::new(
            "digest",
            Kind::Digest,
            "Digest of what was approved",
            "the digest of what was approved",
        )
        .hint("Worked out when the self-evaluation is approved: the content digest of the document as approved. Any later change needs a new approval.")
        .required_message("Approve the self-evaluation: its digest is worked out when it is approved")
        .rule(CrossRule::ApprovalDigest),
    ])
}

/// The top-level list of acknowledgements, outside every section.
pub(super) fn acknowledgements() -> Field {
    let mut field = Field::new(
        "acknowledgements",
        Kind::ObjectList,
        "Warnings considered",
        "an acknowledgement",
    )
    .hint("Warnings the team has considered and decided do not call for a change, each with the reason.")
    .optional()
    .item("acknowledgement")
    .fields(vec![
        Field::new("code", Kind::Option, "Warning", "the code of the warning")
            .hint("The code of the warning, as the report gives it.")
            .options(acknowledgement_codes())
            .rule(CrossRule::AcknowledgementCode),
        Field::new("path", Kind::Pointer, "Where", "the path of the warning")
            .hint("The path of the warning, exactly as the report gives it."),
        Field::new(
            "reason",
            Kind::Line,
            "Why it does not call for a change",
            "why the warning does not call for a change",
        )
        .characters(300),
    ]);
    field.place("");
    field
}

/// The text with its first letter in lower case: ASCII case mapping, as in `capitalise`.
pub(super) fn lower_first(text: &str) -> String {
    let mut text = text.to_string();
    if let Some(first) = text.get_mut(..1) {
        first.make_ascii_lowercase();
    }
    text
}

/// The members of the document a section holds (for most sections one object).
pub(super) fn section_fields(section: SectionId) -> Vec<Field> {
    match section {
        SectionId::About => vec![about(), previous()],
        SectionId::Inspection => vec![inspection()],
        SectionId::PrivateLaw | SectionId::PublicLaw | SectionId::Leadership => {
            section.area().map(area).into_iter().collect()
        }
        SectionId::Voice => vec![voice()],
        SectionId::Evidence => vec![evidence()],
        SectionId::Actions => vec![actions()],
        SectionId::Performance => vec![kpis(), audit()],
        SectionId::Declarations => vec![declarations()],
        SectionId::Approval => vec![approval()],
    }
}
