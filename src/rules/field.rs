//! One field of the walk: whether it is required (or when), its kind, its limit, its
//! cross-field rules and its disclosure findings, then what it holds.

use super::time::parse_date;
use super::values::{
    is_pointer, is_valid_id, is_whole, present, valid_measure_number, worse, Worse,
};
use super::{messages, Checker, Item};
use crate::code::Code;
use crate::count::{count_characters, count_words, is_blank};
use crate::digest::is_digest;
use crate::disclosure;
use crate::form::{Condition, Field, Kind, LimitUnit};
use crate::report::Span;
use crate::value::Value;

impl<'d> Checker<'d> {
    /// Whether a field with no answer is `required`, and why when it is only in some cases
    /// (for the message): `None` when it is not required.
    fn required_as(&self, field: &Field, item: Option<Item<'d>>) -> Option<Option<&'static str>> {
        if field.required {
            return Some(None);
        }
        let when = field.required_when;
        match field.condition? {
            Condition::LastGradeInadequate => self.facts.monitoring_needed.then_some(when),
            Condition::TargetOrPreviousGiven => item
                .is_some_and(|i| {
                    valid_measure_number(i.value, "target").is_some()
                        || valid_measure_number(i.value, "previous").is_some()
                })
                .then_some(when),
            Condition::WorseThanTargetOrPrevious => match item.and_then(|i| worse(i.value))? {
                Worse::ThanTarget => Some(Some(crate::form::COMMENTARY_WHEN.1)),
                Worse::ThanLastYear => Some(Some(crate::form::COMMENTARY_WHEN.2)),
            },
        }
    }

    fn required(&mut self, field: &Field, item: Option<Item<'d>>) {
        if field.kind == Kind::YesNo {
            self.report(
                Code::DeclarationRequired,
                messages::declaration_required(field),
            );
        } else if let Some(when) = self.required_as(field, item) {
            self.report(Code::Required, messages::required(field, when));
        }
    }

    /// One field: its own checks, its cross-field rules, its disclosure findings, then what
    /// it holds.
    pub(super) fn field(
        &mut self,
        field: &'static Field,
        value: Option<&'d Value<'d>>,
        item: Option<Item<'d>>,
    ) {
        self.at_key(field.key, |c| c.field_value(field, present(value), item));
    }

    fn field_value(
        &mut self,
        field: &'static Field,
        value: Option<&'d Value<'d>>,
        item: Option<Item<'d>>,
    ) {
        let Some(value) = value else {
            if field.kind == Kind::Object && !field.required {
                // An optional object (`previous`): nothing to report when it is not there.
            } else if field.kind == Kind::Object {
                // A missing object is reported field by field.
                for child in field.fields.iter().flatten() {
                    self.field(child, None, None);
                }
            } else {
                self.required(field, item);
            }
            return;
        };
        match (field.kind, value) {
            (Kind::Object, Value::Object(members)) => {
                let children = field.fields.as_deref().unwrap_or_default();
                for child in children {
                    self.field(child, value.get(child.key), item);
                }
                self.unknown_fields(members, |key| children.iter().any(|f| f.key == key));
            }
            (Kind::IdList | Kind::ObjectList, Value::Array(items)) => self.list(field, items),
            (kind, Value::String(text)) if kind.is_string() => {
                if is_blank(text) {
                    self.required(field, item);
                } else {
                    self.answered();
                    self.string(field, text, item);
                }
            }
            (Kind::Count | Kind::Number, Value::Number(n)) => {
                self.answered();
                self.number(field, *n, item);
            }
            (Kind::YesNo, Value::Bool(true)) => self.answered(),
            (Kind::YesNo, Value::Bool(false)) => self.required(field, item),
            _ => self.report(Code::Type, messages::type_error(field)),
        }
    }

    // `string`, `text_limit` and `list` are functions of their own, not inlined into `field`:
    // V8 then optimises smaller functions, or none, after one document (docs/performance.md,
    // "What V8 compiles").
    #[inline(never)]
    fn string(&mut self, field: &'static Field, text: &str, item: Option<Item<'d>>) {
        let options = field.options.unwrap_or_default();
        match field.kind {
            Kind::Date if parse_date(text).is_none() => {
                self.report(Code::InvalidDate, messages::invalid_date(field));
            }
            Kind::Id if !is_valid_id(text) => {
                self.report(Code::InvalidId, messages::invalid_id(field));
            }
            Kind::Id if item.is_some_and(|i| i.later_use) => {
                self.report(Code::DuplicateId, messages::duplicate_id(field));
            }
            Kind::Digest if !is_digest(text) => {
                self.report(Code::InvalidDigest, messages::invalid_digest(field));
            }
            Kind::Pointer if !is_pointer(text) => {
                self.report(Code::InvalidPointer, messages::INVALID_POINTER.to_string());
            }
            Kind::Option if !options.iter().any(|c| c.value == text) => {
                self.report(Code::InvalidOption, messages::invalid_option(field));
            }
            _ => {}
        }
        self.text_limit(field, text);
        if let Some(rule) = field.rule {
            self.cross_rule(rule, field, item);
        }
        if field.scanned {
            self.disclosure(text);
        }
    }

    #[inline(never)]
    fn text_limit(&mut self, field: &'static Field, text: &str) {
        let Some(limit) = field.limit else { return };
        match limit.unit {
            LimitUnit::Words => {
                let words = count_words(text);
                if words > limit.max {
                    self.report(Code::WordLimit, messages::word_limit(field, words));
                }
            }
            LimitUnit::Characters => {
                let characters = count_characters(text);
                if characters > limit.max {
                    self.report(Code::TooLong, messages::too_long(field, characters));
                }
            }
        }
    }

    fn disclosure(&mut self, text: &str) {
        for finding in disclosure::scan(text) {
            self.emit(
                finding.kind.code(),
                finding.kind.message().to_string(),
                Some(Span {
                    start: finding.start,
                    end: finding.end,
                }),
            );
        }
    }

    fn number(&mut self, field: &'static Field, n: f64, item: Option<Item<'d>>) {
        if field.kind == Kind::Count && !(n >= 0.0 && is_whole(n)) {
            self.report(
                Code::OutOfRange,
                messages::out_of_range(field, Some("count")),
            );
        }
        if let Some(rule) = field.rule {
            self.cross_rule(rule, field, item);
        }
    }
}
