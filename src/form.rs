//! The form definition: every section and field of format 2 (document.md) with its label,
//! hint, kind, whether it is required, its limit and its options, and the list of
//! acknowledgements, which belongs to no section. It is the single source the rules, their
//! messages, the browser form and the command line draw from.

use crate::digest::digest_length;
use crate::json_write::{Object, WriteJson};
use crate::limits::{max_id_length, MAX_ITEMS};
pub use crate::section::Area;
use crate::section::SectionId;
use std::borrow::Cow;
use std::sync::OnceLock;

mod fields;
mod options;

use fields::{acknowledgements, section_fields};
pub use fields::{ADDRESSABLE, COMMENTARY_WHEN};
pub use options::{
    acknowledgement_codes, option_label, ACTION_AREAS, BETTER, DEVELOPMENT_AREA_STATUSES,
    EVIDENCE_KINDS, GRADES, MEASURE_AREAS, QUANTITATIVE_KIND, STATUSES, UNITS,
};

/// The format this definition describes, the one the rules check.
pub const FORM_VERSION: u32 = 2;

/// The top-level member that names the JSON Schema an editor checks the document with
/// (document.md, "Top level"): allowed, a string, and no field of the self-evaluation, so it is
/// in no section, in no digest and in no rendering.
pub const SCHEMA_KEY: &str = "$schema";

// The form definition's JSON text is written by hand (`WriteJson`, below and
// src/json_write.rs). serde's `Serialize` is derived only in the tests: the reference that text
// is held to, byte for byte, and what ts-rs reads (serde's renames and skips) to write the
// package's types.

/// What a front end needs to draw the form without hard-coding it.
#[derive(Debug)]
#[cfg_attr(test, derive(serde::Serialize, ts_rs::TS))]
#[cfg_attr(test, serde(rename_all = "camelCase"))]
pub struct FormDefinition {
    #[cfg_attr(test, ts(type = "2"))]
    pub form_version: u32,
    pub sections: Vec<FormSection>,
    /// The top-level list of acknowledgements: a field like the others, outside every section
    /// (its diagnostics belong to the section of what each acknowledges).
    pub acknowledgements: Field,
    pub patterns: &'static Patterns,
}

/// The form of a valid value of each kind that is a string of a fixed form (document.md,
/// "Kinds of value"), as an ECMAScript regular expression (`u` flag), anchored: what an editor
/// or a front end can check as the user types. A date's form only: whether it is a real
/// calendar date is the rules' to say. The rules' own checks (rules/values.rs, rules/time.rs,
/// digest.rs) are the reference; tests/json-schema.test.mjs holds each pattern to them.
#[derive(Debug)]
#[cfg_attr(test, derive(serde::Serialize, ts_rs::TS))]
pub struct Patterns {
    pub date: &'static str,
    pub id: &'static str,
    pub digest: &'static str,
    pub pointer: &'static str,
}

const PATTERNS: Patterns = Patterns {
    date: "^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$",
    id: concat!("^[A-Za-z0-9_.-]{1,", max_id_length!(), "}$"),
    digest: concat!("^[0-9a-f]{", digest_length!(), "}$"),
    pointer: "^(?:/(?:[^~]|~[01])*)*$",
};

#[derive(Debug)]
#[cfg_attr(test, derive(serde::Serialize, ts_rs::TS))]
pub struct FormSection {
    pub id: SectionId,
    pub title: &'static str,
    /// The members of the document this section holds (for most sections one object).
    pub fields: Vec<Field>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(test, derive(serde::Serialize, ts_rs::TS), ts(rename = "FieldKind"))]
#[cfg_attr(test, serde(rename_all = "camelCase"))]
pub enum Kind {
    Text,
    Line,
    Date,
    Option,
    Id,
    /// A SHA-256 digest: 64 of `0-9 a-f`.
    Digest,
    /// A JSON Pointer (RFC 6901).
    Pointer,
    Count,
    Number,
    YesNo,
    Object,
    IdList,
    ObjectList,
}

impl Kind {
    /// As the form definition writes it.
    pub const fn as_str(self) -> &'static str {
        match self {
            Kind::Text => "text",
            Kind::Line => "line",
            Kind::Date => "date",
            Kind::Option => "option",
            Kind::Id => "id",
            Kind::Digest => "digest",
            Kind::Pointer => "pointer",
            Kind::Count => "count",
            Kind::Number => "number",
            Kind::YesNo => "yesNo",
            Kind::Object => "object",
            Kind::IdList => "idList",
            Kind::ObjectList => "objectList",
        }
    }

    pub fn is_list(self) -> bool {
        matches!(self, Kind::IdList | Kind::ObjectList)
    }

    /// Kinds whose JSON value is a string.
    pub fn is_string(self) -> bool {
        matches!(
            self,
            Kind::Text
                | Kind::Line
                | Kind::Date
                | Kind::Option
                | Kind::Id
                | Kind::Digest
                | Kind::Pointer
        )
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(test, derive(serde::Serialize, ts_rs::TS))]
#[cfg_attr(test, serde(rename_all = "camelCase"))]
pub enum LimitUnit {
    Words,
    Characters,
}

impl LimitUnit {
    /// As the form definition writes it.
    pub const fn as_str(self) -> &'static str {
        match self {
            LimitUnit::Words => "words",
            LimitUnit::Characters => "characters",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(test, derive(serde::Serialize, ts_rs::TS), ts(rename = "FieldLimit"))]
pub struct Limit {
    pub max: usize,
    pub unit: LimitUnit,
}

/// One option of an `option` field: its value in the document, and its label.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(test, derive(serde::Serialize, ts_rs::TS), ts(rename = "FieldOption"))]
pub struct Choice {
    #[cfg_attr(test, ts(type = "OptionValue"))]
    pub value: &'static str,
    pub label: &'static str,
}

/// When a field that is not always required becomes required.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Condition {
    /// `inspection.monitoring`: a last grade is `inadequate`.
    LastGradeInadequate,
    /// A measure's `better`: its `target` or its `previous` value is valid.
    TargetOrPreviousGiven,
    /// A measure's `commentary`: its value is worse than its target or than last year's.
    WorseThanTargetOrPrevious,
}

/// Rules that look beyond the field itself, run right after the field's own checks so that
/// their diagnostics land in form order (rules.md, "Order within a section").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CrossRule {
    PeriodEnd,
    ShareBy,
    EngagementMeeting,
    /// `previous.periodEnd`: before this year's `periodStart`.
    PreviousPeriodEnd,
    LastInspection,
    /// A recommendation's `id`: addressed by an action (the golden thread).
    RecommendationId,
    AreaEvidence(Area),
    /// An area's `developmentAreas`: their ids share one namespace with the recommendations'.
    DevelopmentAreas(Area),
    /// A development area's `id`: addressed by an action (the golden thread).
    DevelopmentAreaId(Area),
    AreaGrade(Area),
    EvidenceId,
    EvidenceDate,
    /// An action's `addresses`: ids of development areas and recommendations.
    ActionAddresses,
    ActionDue,
    /// A measure's `value`, `target` or `previous`: its range depends on the measure's `unit`.
    MeasureNumber,
    CasesAudited,
    ApprovedOn,
    ApprovalDigest,
    /// An acknowledgement's `code`: a warning's, not an error's.
    AcknowledgementCode,
}

/// A field's wording: the form definition's own texts as written, allocated only when made
/// from parts (an area's name in a label), so that building the definition at the first call
/// copies next to nothing.
pub type Wording = Cow<'static, str>;

#[derive(Clone, Debug)]
#[cfg_attr(
    test,
    derive(serde::Serialize, ts_rs::TS),
    ts(rename = "FormField", optional_fields)
)]
#[cfg_attr(test, serde(rename_all = "camelCase"))]
pub struct Field {
    pub key: &'static str,
    /// A JSON Pointer; inside list items the item's index is written `*` (`/evidence/*` then
    /// `/id` for the id of every evidence item).
    pub path: String,
    pub label: Wording,
    #[cfg_attr(test, serde(skip_serializing_if = "Option::is_none"))]
    pub hint: Option<Wording>,
    pub kind: Kind,
    pub required: bool,
    /// When the field is required only in some cases: says which.
    #[cfg_attr(test, serde(skip_serializing_if = "Option::is_none"))]
    pub required_when: Option<&'static str>,
    #[cfg_attr(test, serde(skip_serializing_if = "Option::is_none"))]
    pub limit: Option<Limit>,
    /// For `option` fields: the allowed values and their labels.
    #[cfg_attr(test, serde(skip_serializing_if = "Option::is_none"))]
    pub options: Option<&'static [Choice]>,
    /// For `object` fields and `objectList` items.
    #[cfg_attr(test, serde(skip_serializing_if = "Option::is_none"))]
    pub fields: Option<Vec<Field>>,
    #[cfg_attr(test, serde(skip_serializing_if = "Option::is_none"))]
    pub item_label: Option<&'static str>,
    /// For a list of objects whose items are chosen by title: the key of the field that names
    /// an item (`title` for evidence items, `text` for recommendations, strengths and
    /// development areas).
    #[cfg_attr(test, serde(skip_serializing_if = "Option::is_none"))]
    pub title_key: Option<&'static str>,
    /// For a list of objects with ids: how the id of a new item starts (`PL-S`, `PL-D`, `R`,
    /// `E`, `A`, `K`), followed by the first number no id of the document has.
    #[cfg_attr(test, serde(skip_serializing_if = "Option::is_none"))]
    pub id_prefix: Option<Wording>,
    #[cfg_attr(test, serde(skip_serializing_if = "Option::is_none"))]
    pub max_items: Option<usize>,
    /// For `idList` fields: the JSON Pointers of the lists whose items' ids it names (`*` for
    /// any item), e.g. `["/evidence"]`.
    #[cfg_attr(test, serde(skip_serializing_if = "Option::is_none"))]
    pub references: Option<&'static [&'static str]>,
    /// How messages name the field ("Enter {name}"), in lower case.
    #[cfg_attr(test, serde(skip))]
    pub name: Wording,
    /// What `required` says when the field has a message of its own rather than "Enter {name}".
    #[cfg_attr(test, serde(skip))]
    pub required_message: Option<&'static str>,
    #[cfg_attr(test, serde(skip))]
    pub condition: Option<Condition>,
    #[cfg_attr(test, serde(skip))]
    pub rule: Option<CrossRule>,
    /// Whether free text in this field is scanned for identifying details.
    #[cfg_attr(test, serde(skip))]
    pub scanned: bool,
}

impl Field {
    #[inline(never)]
    fn new(
        key: &'static str,
        kind: Kind,
        label: impl Into<Wording>,
        name: impl Into<Wording>,
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
            title_key: None,
            id_prefix: None,
            max_items: kind.is_list().then_some(MAX_ITEMS),
            references: None,
            name: name.into(),
            required_message: None,
            condition: None,
            rule: None,
            scanned: matches!(kind, Kind::Text | Kind::Line),
        }
    }

    #[inline(never)]
    fn hint(mut self, hint: impl Into<Wording>) -> Field {
        self.hint = Some(hint.into());
        self
    }

    #[inline(never)]
    fn optional(mut self) -> Field {
        self.required = false;
        self
    }

    #[inline(never)]
    fn when(mut self, condition: Condition, description: &'static str) -> Field {
        self.required = false;
        self.condition = Some(condition);
        self.required_when = Some(description);
        self
    }

    #[inline(never)]
    fn words(mut self, max: usize) -> Field {
        self.limit = Some(Limit {
            max,
            unit: LimitUnit::Words,
        });
        self
    }

    #[inline(never)]
    fn characters(mut self, max: usize) -> Field {
        self.limit = Some(Limit {
            max,
            unit: LimitUnit::Characters,
        });
        self
    }

    #[inline(never)]
    fn options(mut self, options: &'static [Choice]) -> Field {
        self.options = Some(options);
        self
    }

    #[inline(never)]
    fn fields(mut self, fields: Vec<Field>) -> Field {
        self.fields = Some(fields);
        self
    }

    #[inline(never)]
    fn item(mut self, label: &'static str) -> Field {
        self.item_label = Some(label);
        self
    }

    #[inline(never)]
    fn rule(mut self, rule: CrossRule) -> Field {
        self.rule = Some(rule);
        self
    }

    #[inline(never)]
    fn ids_starting(mut self, prefix: impl Into<Wording>) -> Field {
        self.id_prefix = Some(prefix.into());
        self
    }

    #[inline(never)]
    fn titled_by(mut self, key: &'static str) -> Field {
        self.title_key = Some(key);
        self
    }

    #[inline(never)]
    fn references_lists(mut self, lists: &'static [&'static str]) -> Field {
        self.references = Some(lists);
        self
    }

    #[inline(never)]
    fn required_message(mut self, message: &'static str) -> Field {
        self.required_message = Some(message);
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

/// The text with its first letter in upper case. Only ever given the form definition's own
/// wording, whose words all begin with an ASCII letter: ASCII case mapping keeps Unicode's case
/// tables (about 9 KB gzipped) out of the module. The tests check every text it is given
/// against `char::to_uppercase`.
pub fn capitalise(text: &str) -> String {
    let mut text = text.to_string();
    if let Some(first) = text.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    text
}

crate::json_write::write_as_str!(Kind);

crate::json_write::write_as_str!(LimitUnit);

impl WriteJson for Limit {
    fn write_json(&self, out: &mut String) {
        Object::new(out)
            .member("max", &self.max)
            .member("unit", &self.unit)
            .end();
    }
}

impl WriteJson for Choice {
    fn write_json(&self, out: &mut String) {
        Object::new(out)
            .member("value", self.value)
            .member("label", self.label)
            .end();
    }
}

/// The members a front end reads, in declaration order; the optional ones absent when `None`;
/// the wording only messages use (`name`, `required_message`) and the rules' own (`condition`,
/// `rule`, `scanned`) left out.
impl WriteJson for Field {
    fn write_json(&self, out: &mut String) {
        Object::new(out)
            .member("key", self.key)
            .member("path", &self.path)
            .member("label", &self.label)
            .optional("hint", self.hint.as_ref())
            .member("kind", &self.kind)
            .member("required", &self.required)
            .optional("requiredWhen", self.required_when)
            .optional("limit", self.limit)
            .optional("options", self.options)
            .optional("fields", self.fields.as_ref())
            .optional("itemLabel", self.item_label)
            .optional("titleKey", self.title_key)
            .optional("idPrefix", self.id_prefix.as_ref())
            .optional("maxItems", self.max_items)
            .optional("references", self.references)
            .end();
    }
}

impl WriteJson for FormSection {
    fn write_json(&self, out: &mut String) {
        Object::new(out)
            .member("id", &self.id)
            .member("title", self.title)
            .member("fields", &self.fields)
            .end();
    }
}

impl WriteJson for Patterns {
    fn write_json(&self, out: &mut String) {
        Object::new(out)
            .member("date", self.date)
            .member("id", self.id)
            .member("digest", self.digest)
            .member("pointer", self.pointer)
            .end();
    }
}

impl WriteJson for FormDefinition {
    fn write_json(&self, out: &mut String) {
        Object::new(out)
            .member("formVersion", &self.form_version)
            .member("sections", &self.sections)
            .member("acknowledgements", &self.acknowledgements)
            .member("patterns", self.patterns)
            .end();
    }
}

impl FormDefinition {
    /// The form definition as JSON text, what `formDefinition()` gives JavaScript.
    pub fn to_json(&self) -> String {
        crate::json_write::to_json(self)
    }
}

impl Field {
    /// The field as JSON text, as the form definition writes it.
    pub fn to_json(&self) -> String {
        crate::json_write::to_json(self)
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
        form_version: FORM_VERSION,
        sections,
        acknowledgements: acknowledgements(),
        patterns: &PATTERNS,
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
    fn sections_are_the_eleven_of_the_format_in_form_order() {
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

    /// What `capitalise` and `lower_first` were before they mapped ASCII only.
    fn unicode_case(text: &str, upper: bool) -> String {
        let mut chars = text.chars();
        match chars.next() {
            Some(c) if upper => c.to_uppercase().chain(chars).collect(),
            Some(c) => c.to_lowercase().chain(chars).collect(),
            None => String::new(),
        }
    }

    #[test]
    fn ascii_case_mapping_is_unicode_case_mapping_for_every_text_of_the_form() {
        fn walk(fields: &[Field], texts: &mut Vec<String>) {
            for field in fields {
                texts.extend([field.name.to_string(), field.label.to_string()]);
                walk(field.fields.as_deref().unwrap_or_default(), texts);
            }
        }
        let mut texts: Vec<String> = crate::section::Area::ALL
            .iter()
            .map(|a| a.short_name().into())
            .collect();
        for section in &form_definition().sections {
            walk(&section.fields, &mut texts);
        }
        // The form's own texts all begin with an ASCII character, where the two agree.
        for text in &texts {
            assert!(text.chars().next().is_some_and(|c| c.is_ascii()), "{text}");
        }
        texts.extend(["", "x", "X"].map(String::from));
        for text in &texts {
            assert_eq!(capitalise(text), unicode_case(text, true), "{text}");
            assert_eq!(
                fields::lower_first(text),
                unicode_case(text, false),
                "{text}"
            );
        }
        assert!(texts.len() > 100, "{}", texts.len());
    }

    #[test]
    fn the_form_definition_as_serde_json_writes_it() {
        let def = form_definition();
        crate::json_write::tests::same_as_serde_json(&def.to_json(), def);
        fn every(fields: &[Field]) {
            for field in fields {
                crate::json_write::tests::same_as_serde_json(&field.to_json(), field);
                every(field.fields.as_deref().unwrap_or_default());
            }
        }
        for section in &def.sections {
            every(&section.fields);
        }
        every(std::slice::from_ref(&def.acknowledgements));
    }

    #[test]
    fn fields_with_every_optional_member_and_awkward_text_as_serde_json_writes_them() {
        for text in crate::json_write::tests::awkward_strings() {
            let bare = Field::new("key", Kind::Text, text.clone(), "name").optional();
            let mut full = Field::new("key", Kind::ObjectList, text.clone(), "name")
                .hint(text.clone())
                .when(Condition::LastGradeInadequate, "when")
                .characters(7)
                .options(GRADES)
                .fields(vec![
                    bare.clone(),
                    Field::new("k", Kind::YesNo, "l", "n").words(3),
                ])
                .item("item")
                .titled_by("title")
                .ids_starting(text.clone())
                .references_lists(&["/evidence"]);
            full.path = text.clone();
            for field in [&bare, &full] {
                crate::json_write::tests::same_as_serde_json(&field.to_json(), field);
            }
            full.fields = Some(Vec::new());
            full.options = Some(&[]);
            full.max_items = None;
            crate::json_write::tests::same_as_serde_json(&full.to_json(), &full);
        }
        for kind in [
            Kind::Text,
            Kind::Line,
            Kind::Date,
            Kind::Option,
            Kind::Id,
            Kind::Digest,
            Kind::Pointer,
            Kind::Count,
            Kind::Number,
            Kind::YesNo,
            Kind::Object,
            Kind::IdList,
            Kind::ObjectList,
        ] {
            crate::json_write::tests::same_as_serde_json(&crate::json_write::to_json(&kind), &kind);
        }
    }

    #[test]
    fn serialises_in_camel_case_without_internal_wording() {
        let json: serde_json::Value = serde_json::from_str(&form_definition().to_json()).unwrap();
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
        assert_eq!(json["patterns"]["id"], "^[A-Za-z0-9_.-]{1,20}$");
        assert_eq!(json["patterns"]["digest"], "^[0-9a-f]{64}$");
    }
}
