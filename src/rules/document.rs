//! The top level of the walk: `$schema`, `formVersion`, the sections in form order with the
//! `areas` object that holds three of them, and the keys no section has.

use super::values::{object_get, present};
use super::{messages, Checker, FORM_VERSION_KEY};
use crate::code::Code;
use crate::form::{form_definition, SCHEMA_KEY};
use crate::section::{Area, SectionId, AREAS_KEY};
use crate::stringify::javascript_order;
use crate::value::Value;
use std::borrow::Cow;

/// A key the top level of format 2 has: `$schema` (no field, but no unknown one either),
/// `formVersion`, `areas` (which holds three sections), the members the other sections hold,
/// as the form definition lists them, and `acknowledgements`.
fn is_top_level_key(key: &str) -> bool {
    let definition = form_definition();
    key == SCHEMA_KEY
        || key == FORM_VERSION_KEY
        || key == AREAS_KEY
        || key == definition.acknowledgements.key
        || definition
            .sections
            .iter()
            .filter(|s| s.id.parent().is_empty())
            .any(|s| s.fields.iter().any(|f| f.key == key))
}

impl<'d> Checker<'d> {
    pub(super) fn document(
        &mut self,
        document: &'d Value<'d>,
        members: &'d [(Cow<'d, str>, Value<'d>)],
    ) {
        self.section = SectionId::About;
        // `$schema` is for editors: any string will do, and no answer is no answer.
        self.at_key(SCHEMA_KEY, |c| match present(document.get(SCHEMA_KEY)) {
            None | Some(Value::String(_)) => {}
            Some(_) => c.report(Code::Type, messages::SCHEMA_TYPE.to_string()),
        });
        self.at_key(FORM_VERSION_KEY, |c| {
            match present(document.get(FORM_VERSION_KEY)) {
                None => c.report(Code::Required, messages::FORM_VERSION_REQUIRED.to_string()),
                Some(Value::Number(_)) => {}
                Some(_) => c.report(Code::Type, messages::FORM_VERSION_TYPE.to_string()),
            }
        });
        let areas = present(document.get(AREAS_KEY));
        for section in &form_definition().sections {
            let container = match section.id.area() {
                None => Some(document),
                Some(area) => {
                    if area == Area::ALL[0] {
                        // The `areas` object itself belongs to section `about`, and comes
                        // before the first of the areas it holds.
                        self.areas_object(areas);
                    }
                    match areas {
                        None => None,
                        Some(areas @ Value::Object(_)) => Some(areas),
                        // `areas` of the wrong type: nothing inside it is reported.
                        Some(_) => continue,
                    }
                }
            };
            self.section = section.id;
            for field in &section.fields {
                let value = object_get(container, field.key);
                match section.id.area() {
                    Some(_) => self.at_key(AREAS_KEY, |c| c.field(field, value, None)),
                    None => self.field(field, value, None),
                }
            }
        }
        self.section = SectionId::About;
        self.unknown_fields(members, is_top_level_key);
    }

    /// The `areas` object itself (section `about`): its type, and keys that are not areas.
    fn areas_object(&mut self, areas: Option<&'d Value<'d>>) {
        self.section = SectionId::About;
        match areas {
            None => {}
            Some(Value::Object(area_members)) => self.at_key(AREAS_KEY, |c| {
                c.unknown_fields(area_members, |key| Area::from_key(key).is_some())
            }),
            Some(_) => self.at_key(AREAS_KEY, |c| {
                c.report(Code::Type, messages::AREAS_TYPE.to_string())
            }),
        }
    }

    /// `unknown-field` for every key that is not `known`, in the key order of the document as
    /// JavaScript holds it: keys that are array indices first, in ascending order, then the
    /// rest in the order written (so `validate(JSON.parse(text))` and `validateJson(text)`
    /// agree).
    // Out of `field`, which runs hot: docs/performance.md, "What V8 compiles".
    #[inline(never)]
    pub(super) fn unknown_fields(
        &mut self,
        members: &'d [(Cow<'d, str>, Value<'d>)],
        known: impl Fn(&str) -> bool,
    ) {
        let unknown: Vec<&str> = members
            .iter()
            .map(|(key, _)| key.as_ref())
            .filter(|key| !known(key))
            .collect();
        if unknown.is_empty() {
            return;
        }
        for place in javascript_order(unknown.iter().copied()) {
            self.at_key(unknown[place], |c| {
                c.report(Code::UnknownField, messages::UNKNOWN_FIELD.to_string())
            });
        }
    }
}
