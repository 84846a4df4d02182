//! Acknowledgements (rules.md, "Acknowledgements"): warnings the team has considered, each
//! with its reason. Checked after the rest of the document, whose warnings they cover; each
//! acknowledgement's diagnostics go to the section of the path it acknowledges, after that
//! section's own.

use super::values::{is_pointer, present};
use super::{messages, Checker, Item};
use crate::code::Code;
use crate::count::is_blank;
use crate::form::form_definition;
use crate::keyset::{search, sort_keyed};
use crate::limits::MAX_ITEMS;
use crate::report::Severity;
use crate::section::SectionId;
use crate::value::Value;

/// What an acknowledgement covers: a warning's code at one path.
type Key<'d> = (Code, &'d str);

/// The code and path of an acknowledgement that takes part: its code is a catalogue code, its
/// path a JSON Pointer and its reason answered. Otherwise its own diagnostics say what is
/// wrong, and it covers nothing.
fn taking_part<'d>(item: &'d Value<'d>) -> Option<Key<'d>> {
    let code = item
        .get("code")
        .and_then(Value::as_str)
        .and_then(Code::parse)?;
    let path = pointer(item)?;
    let reason = item.get("reason").and_then(Value::as_str)?;
    (!is_blank(reason)).then_some((code, path))
}

/// An acknowledgement's path, when it is an answer and a JSON Pointer.
fn pointer<'d>(item: &'d Value<'d>) -> Option<&'d str> {
    item.get("path")
        .and_then(Value::as_str)
        .filter(|p| !is_blank(p) && is_pointer(p))
}

/// The section of what an acknowledgement acknowledges (document.md, "Sections, in form
/// order"): the section holding the member its path is at or below; `about` for any other path
/// and for a missing or unreadable one.
fn section_of(item: &Value) -> SectionId {
    let Some(path) = pointer(item) else {
        return SectionId::About;
    };
    form_definition()
        .sections
        .iter()
        .find(|section| {
            section.fields.iter().any(|f| {
                path.strip_prefix(f.path.as_str())
                    .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
            })
        })
        .map_or(SectionId::About, |section| section.id)
}

impl<'d> Checker<'d> {
    /// The acknowledgements: their own checks, the warnings they cover, and
    /// `acknowledgement-unused`.
    pub(super) fn acknowledgements(&mut self) {
        let field = &form_definition().acknowledgements;
        self.section = SectionId::About;
        let items = match present(self.document.get(field.key)) {
            None => return,
            Some(Value::Array(items)) => items,
            Some(_) => {
                self.at_key(field.key, |c| {
                    c.report(Code::Type, messages::type_error(field))
                });
                return;
            }
        };
        if items.len() > MAX_ITEMS {
            self.at_key(field.key, |c| {
                c.report(Code::TooMany, messages::too_many(field, items.len()))
            });
            return;
        }
        // An acknowledgement is no answer of the section it belongs to.
        self.counting_answers = false;
        let keys: Vec<Option<Key<'d>>> = items
            .iter()
            .map(|item| taking_part(item).filter(|(code, _)| code.severity() == Severity::Warning))
            .collect();
        let used = self.acknowledge(&keys);
        self.at_key(field.key, |c| {
            for (index, item) in items.iter().enumerate() {
                c.section = section_of(item);
                c.at_index(index, |c| {
                    if keys[index].is_some() && used.get(index) != Some(&true) {
                        c.report(
                            Code::AcknowledgementUnused,
                            messages::ACKNOWLEDGEMENT_UNUSED.to_string(),
                        );
                    }
                    c.list_item(field, index, item, false);
                });
            }
        });
        self.counting_answers = true;
        self.section = SectionId::About;
    }

    /// Marks acknowledged each warning of the document that the first acknowledgement of its
    /// code and path covers; returns, per acknowledgement, whether it covers any.
    fn acknowledge(&mut self, keys: &[Option<Key<'d>>]) -> Vec<bool> {
        let mut used = vec![false; keys.len()];
        // Each acknowledgement as its path and a number that orders by code, then place: the
        // acknowledgements of one code at one path fall together when sorted, first one first.
        let places = keys.len();
        let number = |code: Code, place: usize| code as usize * places + place;
        let mut sorted: Vec<(&str, usize)> = keys
            .iter()
            .zip(0..)
            .filter_map(|(key, place)| key.map(|(code, path)| (path, number(code, place))))
            .collect();
        if sorted.is_empty() {
            return used;
        }
        sort_keyed(&mut sorted);
        // Only a diagnostic of a code some acknowledgement has is looked for.
        let mut acknowledged_codes = [false; Code::ALL.len()];
        for (code, _) in keys.iter().flatten() {
            if let Some(flag) = acknowledged_codes.get_mut(*code as usize) {
                *flag = true;
            }
        }
        let same_key =
            |a: &(&str, usize), b: &(&str, usize)| a.0 == b.0 && a.1 / places == b.1 / places;
        sorted.dedup_by(|later, first| same_key(later, first));
        for state in &mut self.sections {
            for d in &mut state.diagnostics {
                if acknowledged_codes.get(d.code as usize) != Some(&true) {
                    continue;
                }
                let probe = (d.path.as_str(), number(d.code, 0));
                let at = search(&sorted, probe).unwrap_or_else(|at| at);
                if let Some(first) = sorted.get(at).filter(|entry| same_key(entry, &probe)) {
                    d.acknowledged = true;
                    if let Some(flag) = used.get_mut(first.1 % places) {
                        *flag = true;
                    }
                }
            }
        }
        used
    }

    /// `acknowledgement-of-error` at an acknowledgement's `code`.
    pub(super) fn acknowledgement_code(&mut self, item: Option<Item<'d>>) {
        let code = item
            .and_then(|i| i.value.get("code"))
            .and_then(Value::as_str)
            .and_then(Code::parse);
        if code.is_some_and(|c| c.severity() == Severity::Error) {
            self.report(
                Code::AcknowledgementOfError,
                messages::ACKNOWLEDGEMENT_OF_ERROR.to_string(),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json;

    fn item(text: &str) -> Value<'_> {
        json::parse(text).unwrap_or(Value::Null)
    }

    #[test]
    fn the_section_of_what_is_acknowledged() {
        let cases = [
            (r#"{"path": "/voice/children"}"#, SectionId::Voice),
            (r#"{"path": "/voice"}"#, SectionId::Voice),
            (r#"{"path": "/previous/digest"}"#, SectionId::About),
            (
                r#"{"path": "/areas/publicLaw/grade"}"#,
                SectionId::PublicLaw,
            ),
            (r#"{"path": "/kpis/0"}"#, SectionId::Performance),
            (r#"{"path": "/audit"}"#, SectionId::Performance),
            (r#"{"path": "/approval/approvedOn"}"#, SectionId::Approval),
            (r#"{"path": "/areas"}"#, SectionId::About),
            (r#"{"path": "/voicex"}"#, SectionId::About),
            (r#"{"path": "/voice~1children"}"#, SectionId::About),
            (r#"{"path": "voice/children"}"#, SectionId::About),
            (r#"{"path": ""}"#, SectionId::About),
            (r#"{"path": 1}"#, SectionId::About),
            (r#"{}"#, SectionId::About),
        ];
        for (text, section) in cases {
            assert_eq!(section_of(&item(text)), section, "{text}");
        }
    }

    #[test]
    fn an_acknowledgement_takes_part_with_a_catalogue_code_a_pointer_and_a_reason() {
        let key = |text| taking_part(&item(text)).map(|(c, p)| (c.as_str(), p.to_string()));
        assert_eq!(
            key(r#"{"code": "unknown-field", "path": "/x", "reason": "r"}"#),
            Some(("unknown-field", "/x".to_string()))
        );
        // An error's code takes part too (and is then acknowledgement-of-error).
        assert!(key(r#"{"code": "required", "path": "/x", "reason": "r"}"#).is_some());
        for text in [
            r#"{"code": "Unknown-field", "path": "/x", "reason": "r"}"#,
            r#"{"code": "unknown-field", "path": "x", "reason": "r"}"#,
            r#"{"code": "unknown-field", "path": "", "reason": "r"}"#,
            r#"{"code": "unknown-field", "path": "/x", "reason": " "}"#,
            r#"{"code": "unknown-field", "path": "/x"}"#,
        ] {
            assert_eq!(key(text), None, "{text}");
        }
    }
}
