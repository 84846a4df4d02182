//! The lists of the walk: a list of objects item by item, a list of ids and what each names,
//! and whether the evidence an area cites includes any that is qualitative.

use super::values::{is_valid_id, later_uses, valid_id};
use super::{messages, Checker, Item};
use crate::code::Code;
use crate::count::is_blank;
use crate::form::{CrossRule, Field, Kind};
use crate::keyset;
use crate::limits::MAX_ITEMS;
use crate::section::Area;
use crate::value::Value;

impl<'d> Checker<'d> {
    // Not inlined into `field`, as `string` is not (field.rs).
    #[inline(never)]
    pub(super) fn list(&mut self, field: &'static Field, items: &'d [Value<'d>]) {
        if items.is_empty() {
            if field.required {
                self.report(Code::Required, messages::required(field, None));
            }
            return;
        }
        self.answered();
        if items.len() > MAX_ITEMS {
            self.report(Code::TooMany, messages::too_many(field, items.len()));
            return;
        }
        if let Some(CrossRule::AreaEvidence(area)) = field.rule {
            self.qualitative_evidence(area, items);
        }
        match field.kind {
            Kind::ObjectList => {
                // A development area's id is first used, or not, in the namespace of what can
                // be addressed; any other item's in its own list.
                let later = match field.rule {
                    Some(CrossRule::DevelopmentAreas(area)) => {
                        self.facts.thread.later_uses(area).to_vec()
                    }
                    _ => later_uses(items, "id"),
                };
                for (index, value) in items.iter().enumerate() {
                    let later_use = later.get(index).copied().unwrap_or(false);
                    self.at_index(index, |c| c.list_item(field, index, value, later_use));
                }
            }
            _ => self.references(field, items),
        }
    }

    /// One item of a list of objects, at its index: `null` is `required`, an object is checked
    /// field by field, anything else is `type`.
    pub(super) fn list_item(
        &mut self,
        field: &'static Field,
        index: usize,
        value: &'d Value<'d>,
        later_use: bool,
    ) {
        match value {
            Value::Null => self.report(Code::Required, messages::item_required(field)),
            Value::Object(members) => {
                let item = Item {
                    index,
                    value,
                    later_use,
                };
                let children = field.fields.as_deref().unwrap_or_default();
                for child in children {
                    self.field(child, value.get(child.key), Some(item));
                }
                self.unknown_fields(members, |key| children.iter().any(|f| f.key == key));
            }
            _ => self.report(Code::Type, messages::item_type(field)),
        }
    }

    /// A list of ids: an area's `evidence` (ids of evidence items) or an action's `addresses`
    /// (ids of development areas and recommendations).
    fn references(&mut self, field: &'static Field, items: &'d [Value<'d>]) {
        let later = keyset::later_uses(items.iter().map(|item| valid_id(Some(item))));
        for (index, value) in items.iter().enumerate() {
            self.at_index(index, |c| match value {
                Value::String(text) if !is_blank(text) => {
                    if !is_valid_id(text) {
                        c.report(Code::InvalidId, messages::item_invalid_id(field));
                    } else if later.get(index) == Some(&true) {
                        c.report(Code::DuplicateId, messages::duplicate_reference(field));
                    } else if c.names_nothing(field, text) {
                        c.report(Code::UnknownReference, messages::unknown_reference(field));
                    }
                }
                Value::String(_) | Value::Null => {
                    c.report(Code::Required, messages::item_required(field))
                }
                _ => c.report(Code::Type, messages::item_type(field)),
            });
        }
    }

    /// Whether a valid, first-used reference names nothing it can name, when that can be known.
    fn names_nothing(&self, field: &Field, id: &str) -> bool {
        match field.rule {
            Some(CrossRule::ActionAddresses) => self.address_names_nothing(id),
            _ => self
                .facts
                .register
                .as_ref()
                .is_some_and(|r| !r.first_use.contains(id)),
        }
    }

    fn qualitative_evidence(&mut self, area: Area, items: &'d [Value<'d>]) {
        let Some(register) = &self.facts.register else {
            return;
        };
        // An id cited twice counts as once: the second time finds what the first found.
        let mut cites_any = false;
        for reference in items {
            let Some(id) = valid_id(Some(reference)) else {
                continue;
            };
            let Some(index) = register.first_use.get(id) else {
                continue;
            };
            cites_any = true;
            match register.qualitative.get(index).copied().flatten() {
                Some(true) => return,
                Some(false) => {}
                // A kind that is missing or invalid: whether the area is covered cannot be known.
                None => return,
            }
        }
        if cites_any {
            self.report(
                Code::QualitativeEvidence,
                messages::qualitative_evidence(area),
            );
        }
    }
}
