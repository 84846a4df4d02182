//! The form definition's JSON text, written by hand (on src/json_write.rs): what
//! `formDefinition()` gives JavaScript. serde's `Serialize`, derived on each type only in the
//! tests, is the reference it is held to, byte for byte.

use super::{Choice, Field, FormDefinition, FormSection, Kind, Limit, LimitUnit, Patterns};
use crate::json_write::{Object, WriteJson};

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::form::{form_definition, Condition, GRADES};

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
