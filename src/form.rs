//! The form definition: every section and field of format 2 (document.md) with its label,
//! hint, kind, whether it is required, its limit and its options, and the list of
//! acknowledgements, which belongs to no section. It is the single source the rules, their
//! messages, the browser form and the command line draw from.

use crate::section::SectionId;
use std::sync::OnceLock;

mod case;
mod cross_field;
mod field;
mod fields;
mod json;
mod kind;
mod limit;
mod options;
mod patterns;

pub use crate::section::Area;
pub use case::capitalise;
pub use cross_field::{Condition, CrossRule};
pub use field::{Field, Wording};
use fields::{acknowledgements, section_fields};
pub use fields::{ADDRESSABLE, COMMENTARY_WHEN};
pub use kind::Kind;
pub use limit::{Limit, LimitUnit};
pub use options::{
    acknowledgement_codes, option_label, Choice, ACTION_AREAS, BETTER, DEVELOPMENT_AREA_STATUSES,
    EVIDENCE_KINDS, GRADES, MEASURE_AREAS, QUANTITATIVE_KIND, STATUSES, UNITS,
};
pub use patterns::Patterns;
use patterns::PATTERNS;

/// The format this definition describes, the one the rules check.
pub const FORM_VERSION: u32 = 2;

/// The top-level member that names the JSON Schema an editor checks the document with
/// (document.md, "Top level"): allowed, a string, and no field of the self-evaluation, so it is
/// in no section, in no digest and in no rendering.
pub const SCHEMA_KEY: &str = "$schema";

// The form definition's JSON text is written by hand (form/json.rs, on src/json_write.rs).
// serde's `Serialize` is derived on its types only in the tests: the reference that text is
// held to, byte for byte, and what ts-rs reads (serde's renames and skips) to write the
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

#[derive(Debug)]
#[cfg_attr(test, derive(serde::Serialize, ts_rs::TS))]
pub struct FormSection {
    pub id: SectionId,
    pub title: &'static str,
    /// The members of the document this section holds (for most sections one object).
    pub fields: Vec<Field>,
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
}
