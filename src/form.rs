//! The form definition: every section and field of format 1 (document.md) with its label,
//! hint, kind, whether it is required, its limit and its options. It is the single source
//! the rules, their messages, the browser form and the command line draw from.

use crate::limits::{MAX_ID_LENGTH, MAX_ITEMS};
pub use crate::section::Area;
use crate::section::SectionId;
use serde::Serialize;
use std::sync::OnceLock;

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct FormDefinition {
    pub form_version: u32,
    pub sections: Vec<FormSection>,
}

#[derive(Debug, Serialize)]
pub struct FormSection {
    pub id: SectionId,
    pub title: &'static str,
    /// The members of the document this section holds (for most sections one object).
    pub fields: Vec<Field>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Kind {
    Text,
    Line,
    Date,
    Option,
    Id,
    Count,
    Number,
    YesNo,
    Object,
    TextList,
    IdList,
    ObjectList,
}

impl Kind {
    pub fn is_list(self) -> bool {
        matches!(self, Kind::TextList | Kind::IdList | Kind::ObjectList)
    }

    /// Kinds whose JSON value is a string.
    pub fn is_string(self) -> bool {
        matches!(
            self,
            Kind::Text | Kind::Line | Kind::Date | Kind::Option | Kind::Id
        )
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum LimitUnit {
    Words,
    Characters,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Limit {
    pub max: usize,
    pub unit: LimitUnit,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Choice {
    pub value: &'static str,
    pub label: &'static str,
}

/// When a field that is not always required becomes required.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Condition {
    /// `inspection.monitoring`: a last grade is `inadequate`.
    LastGradeInadequate,
    /// A measure's `better`: its `target` is valid.
    TargetGiven,
    /// A measure's `commentary`: its value is worse than its target.
    TargetMissed,
}

/// Rules that look beyond the field itself, run right after the field's own checks so that
/// their diagnostics land in form order (rules.md, "Order within a section").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CrossRule {
    PeriodEnd,
    ShareBy,
    EngagementMeeting,
    LastInspection,
    AreaEvidence(Area),
    AreaGrade(Area),
    EvidenceId,
    EvidenceDate,
    ActionDue,
    /// A measure's `value` or `target`: its range depends on the measure's `unit`.
    MeasureNumber,
    CasesAudited,
}

#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Field {
    pub key: &'static str,
    /// A JSON Pointer; inside list items the item's index is written `*`.
    pub path: String,
    pub label: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
    pub kind: Kind,
    pub required: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub required_when: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<Limit>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub options: Option<&'static [Choice]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fields: Option<Vec<Field>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub item_label: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_items: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub references: Option<&'static str>,
    /// How messages name the field ("Enter {name}"), in lower case.
    #[serde(skip)]
    pub name: String,
    #[serde(skip)]
    pub condition: Option<Condition>,
    #[serde(skip)]
    pub rule: Option<CrossRule>,
    /// Whether free text in this field is scanned for identifying details.
    #[serde(skip)]
    pub scanned: bool,
}

impl Field {
    fn new(
        key: &'static str,
        kind: Kind,
        label: impl Into<String>,
        name: impl Into<String>,
    ) -> Field {
        Field {
            key,
            path: String::new(),
            label: label.into(),
            hint: None,
            kind,
            required: true,
            required_when: None,
            limit: None,
            options: None,
            fields: None,
            item_label: None,
            max_items: kind.is_list().then_some(MAX_ITEMS),
            references: None,
            name: name.into(),
            condition: None,
            rule: None,
            scanned: matches!(kind, Kind::Text | Kind::Line | Kind::TextList),
        }
    }

    fn hint(mut self, hint: impl Into<String>) -> Field {
        self.hint = Some(hint.into());
        self
    }

    fn optional(mut self) -> Field {
        self.required = false;
        self
    }

    fn when(mut self, condition: Condition, description: &'static str) -> Field {
        self.required = false;
        self.condition = Some(condition);
        self.required_when = Some(description);
        self
    }

    fn words(mut self, max: usize) -> Field {
        self.limit = Some(Limit {
            max,
            unit: LimitUnit::Words,
        });
        self
    }

    fn characters(mut self, max: usize) -> Field {
        self.limit = Some(Limit {
            max,
            unit: LimitUnit::Characters,
        });
        self
    }

    fn options(mut self, options: &'static [Choice]) -> Field {
        self.options = Some(options);
        self
    }

    fn fields(mut self, fields: Vec<Field>) -> Field {
        self.fields = Some(fields);
        self
    }

    fn item(mut self, label: &'static str) -> Field {
        self.item_label = Some(label);
        self
    }

    fn rule(mut self, rule: CrossRule) -> Field {
        self.rule = Some(rule);
        self
    }

    /// The name with its first letter in upper case, to start a sentence.
    pub fn sentence_name(&self) -> String {
        capitalise(&self.name)
    }

    /// Fills in `path` for this field and everything below it.
    fn place(&mut self, parent: &str) {
        self.path = format!("{parent}/{}", self.key);
        let below = if self.kind == Kind::ObjectList {
            format!("{}/*", self.path)
        } else {
            self.path.clone()
        };
        for child in self.fields.iter_mut().flatten() {
            child.place(&below);
        }
    }
}

pub fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
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

/// The label of an option value, for messages ("graded requires improvement").
pub fn option_label(options: &[Choice], value: &str) -> Option<&'static str> {
    options.iter().find(|c| c.value == value).map(|c| c.label)
}

fn id_hint() -> String {
    format!("Up to {MAX_ID_LENGTH} letters, digits, hyphens (-) or underscores (_), used once in this list.")
}

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
            "approvedBy",
            Kind::Line,
            "Approved by",
            "the role of whoever approved it",
        )
        .hint("A role, usually the chief executive.")
        .characters(100),
        Field::new(
            "approvedOn",
            Kind::Date,
            "Date approved",
            "the date it was approved",
        ),
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
        .fields(vec![
            Field::new(
                "id",
                Kind::Id,
                "Reference",
                "a reference for the recommendation",
            )
            .hint(id_hint()),
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
        .references_list("/evidence"),
        Field::new(
            "strengths",
            Kind::TextList,
            "Strengths",
            format!("a strength of {short}"),
        )
        .item("strength")
        .words(150),
        Field::new(
            "developmentAreas",
            Kind::TextList,
            "Development areas",
            format!("a development area for {short}"),
        )
        .hint("Where practice must improve. A self-evaluation with none is not candid.")
        .item("development area")
        .words(150),
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

impl Field {
    fn references_list(mut self, list: &'static str) -> Field {
        self.references = Some(list);
        self
    }
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
            Field::new("better", Kind::Option, "Which is better", "whether a higher or a lower value is better")
                .when(Condition::TargetGiven, "the measure has a target")
                .options(BETTER),
            Field::new("commentary", Kind::Text, "Commentary", "a commentary on the missed target")
                .hint("Needed when the value misses its target: why, and what you are doing about it.")
                .when(Condition::TargetMissed, "the value misses its target")
                .words(200),
        ])
}

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

fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The members of the document a section holds (for most sections one object).
fn section_fields(section: SectionId) -> Vec<Field> {
    match section {
        SectionId::About => vec![about()],
        SectionId::Inspection => vec![inspection()],
        SectionId::PrivateLaw | SectionId::PublicLaw | SectionId::Leadership => {
            section.area().map(area).into_iter().collect()
        }
        SectionId::Voice => vec![voice()],
        SectionId::Evidence => vec![evidence()],
        SectionId::Actions => vec![actions()],
        SectionId::Performance => vec![kpis(), audit()],
        SectionId::Declarations => vec![declarations()],
    }
}

fn build() -> FormDefinition {
    let sections = SectionId::ALL
        .into_iter()
        .map(|id| {
            let mut fields = section_fields(id);
            for field in &mut fields {
                field.place(id.parent());
            }
            FormSection {
                id,
                title: id.title(),
                fields,
            }
        })
        .collect();
    FormDefinition {
        form_version: 1,
        sections,
    }
}

/// The form definition, built once.
pub fn form_definition() -> &'static FormDefinition {
    static DEFINITION: OnceLock<FormDefinition> = OnceLock::new();
    DEFINITION.get_or_init(build)
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

    #[test]
    fn sections_are_the_ten_of_the_format_in_form_order() {
        let ids: Vec<_> = form_definition().sections.iter().map(|s| s.id).collect();
        assert_eq!(ids, SectionId::ALL);
        let areas: Vec<_> = form_definition().sections[2..5]
            .iter()
            .map(|s| s.fields[0].path.as_str())
            .collect();
        assert_eq!(
            areas,
            ["/areas/privateLaw", "/areas/publicLaw", "/areas/leadership"]
        );
    }

    #[test]
    fn paths_point_at_the_fields_with_a_star_for_list_items() {
        let def = form_definition();
        let private_law = &def.sections[2].fields[0];
        assert_eq!(private_law.path, "/areas/privateLaw");
        let how = &private_law.fields.as_ref().unwrap()[1];
        assert_eq!(how.path, "/areas/privateLaw/howWeKnow");
        assert_eq!(
            how.name,
            "how you know about the quality and impact of private law practice"
        );
        let evidence = &def.sections[6].fields[0];
        assert_eq!(evidence.fields.as_ref().unwrap()[0].path, "/evidence/*/id");
    }

    #[test]
    fn serialises_in_camel_case_without_internal_wording() {
        let json = serde_json::to_value(form_definition()).unwrap();
        let about = &json["sections"][0]["fields"][0];
        assert_eq!(about["kind"], "object");
        let prepared = &about["fields"][2];
        assert_eq!(
            prepared["limit"],
            serde_json::json!({"max": 100, "unit": "characters"})
        );
        assert!(prepared.get("name").is_none());
        let monitoring = &json["sections"][1]["fields"][0]["fields"][3];
        assert_eq!(monitoring["required"], false);
        assert!(monitoring["requiredWhen"].is_string());
        assert_eq!(json["sections"][6]["fields"][0]["maxItems"], 500);
    }
}
