//! A field of the form definition: its wording, its kind, whether it is required (or when), its
//! limit and its options, what it holds, and the rules' own marks; and the builders the fields
//! of each section are written with (fields.rs).

use super::case::capitalise;
use super::{Choice, Condition, CrossRule, Kind, Limit, LimitUnit};
use crate::limits::MAX_ITEMS;
use std::borrow::Cow;

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
    pub(super) fn new(
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
    pub(super) fn hint(mut self, hint: impl Into<Wording>) -> Field {
        self.hint = Some(hint.into());
        self
    }

    #[inline(never)]
    pub(super) fn optional(mut self) -> Field {
        self.required = false;
        self
    }

    #[inline(never)]
    pub(super) fn when(mut self, condition: Condition, description: &'static str) -> Field {
        self.required = false;
        self.condition = Some(condition);
        self.required_when = Some(description);
        self
    }

    #[inline(never)]
    pub(super) fn words(mut self, max: usize) -> Field {
        self.limit = Some(Limit {
            max,
            unit: LimitUnit::Words,
        });
        self
    }

    #[inline(never)]
    pub(super) fn characters(mut self, max: usize) -> Field {
        self.limit = Some(Limit {
            max,
            unit: LimitUnit::Characters,
        });
        self
    }

    #[inline(never)]
    pub(super) fn options(mut self, options: &'static [Choice]) -> Field {
        self.options = Some(options);
        self
    }

    #[inline(never)]
    pub(super) fn fields(mut self, fields: Vec<Field>) -> Field {
        self.fields = Some(fields);
        self
    }

    #[inline(never)]
    pub(super) fn item(mut self, label: &'static str) -> Field {
        self.item_label = Some(label);
        self
    }

    #[inline(never)]
    pub(super) fn rule(mut self, rule: CrossRule) -> Field {
        self.rule = Some(rule);
        self
    }

    #[inline(never)]
    pub(super) fn ids_starting(mut self, prefix: impl Into<Wording>) -> Field {
        self.id_prefix = Some(prefix.into());
        self
    }

    #[inline(never)]
    pub(super) fn titled_by(mut self, key: &'static str) -> Field {
        self.title_key = Some(key);
        self
    }

    #[inline(never)]
    pub(super) fn references_lists(mut self, lists: &'static [&'static str]) -> Field {
        self.references = Some(lists);
        self
    }

    #[inline(never)]
    pub(super) fn required_message(mut self, message: &'static str) -> Field {
        self.required_message = Some(message);
        self
    }

    /// The name with its first letter in upper case, to start a sentence.
    pub fn sentence_name(&self) -> String {
        capitalise(&self.name)
    }

    /// Fills in `path` for this field and everything below it.
    pub(super) fn place(&mut self, parent: &str) {
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
