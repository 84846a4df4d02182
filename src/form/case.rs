//! A text's first letter in upper or lower case, for the form definition's own wording.

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

/// The text with its first letter in lower case: ASCII case mapping, as in `capitalise`.
pub(super) fn lower_first(text: &str) -> String {
    let mut text = text.to_string();
    if let Some(first) = text.get_mut(..1) {
        first.make_ascii_lowercase();
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::form::{form_definition, Field};

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
            assert_eq!(lower_first(text), unicode_case(text, false), "{text}");
        }
        assert!(texts.len() > 100, "{}", texts.len());
    }
}
