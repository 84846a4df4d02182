//! The package's TypeScript types, written from the Rust types (docs/architecture.md, "Where
//! the types come from"): js/types.generated.d.mts, which js/index.d.mts imports. ts-rs
//! declares the shapes from the structs and enums the package serialises (their derives exist
//! only in tests, so the library never depends on it); the unions that are tables rather than
//! enums (the option values, the disclosure codes, the core's refusal codes) are written here
//! from those tables. The test below fails when the committed file is not what the types give,
//! and says the one command that writes it.

use crate::code::{Code, RuleInfo};
use crate::disclosure::{DisclosureFinding, DisclosureKind};
use crate::form::{
    Choice, FormDefinition, ACTION_AREAS, BETTER, DEVELOPMENT_AREA_STATUSES, EVIDENCE_KINDS,
    GRADES, MEASURE_AREAS, STATUSES, UNITS,
};
use crate::limits::Limits;
use crate::refusal::InputErrorKind;
use crate::report::{Report, Severity, Status};
use crate::section::SectionId;
use crate::yearly::comparison::{Change, Comparison, ComparisonAudit};
use serde::{Serialize, Serializer};
use std::path::PathBuf;
use ts_rs::{Config, TS};

/// Where the generated types live, from the crate's root.
const FILE: &str = "js/types.generated.d.mts";

/// The environment variable that makes the test write the file rather than compare it.
const WRITE: &str = "SEFCHECK_WRITE_TYPES";

/// `true` as a type of its own: a member that is `true` or absent (`acknowledged?: true`).
pub(crate) struct True;

impl Serialize for True {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_bool(true)
    }
}

impl TS for True {
    type WithoutGenerics = True;
    type OptionInnerType = True;

    fn name(_: &Config) -> String {
        "true".to_owned()
    }

    fn inline(cfg: &Config) -> String {
        Self::name(cfg)
    }
}

/// A union of option values: its name, what it is, and its table.
struct Options {
    name: &'static str,
    docs: &'static str,
    table: &'static [Choice],
}

/// The option tables of the form (src/form/options.rs), each a union; the acknowledgements'
/// codes are `Code`'s. Every table a field of the form uses must be here (checked below).
const OPTIONS: &[Options] = &[
    Options {
        name: "Grade",
        docs: "A grade, best first: an area's own, Ofsted's last.",
        table: GRADES,
    },
    Options {
        name: "EvidenceKind",
        docs: "The kind of an evidence item.",
        table: EVIDENCE_KINDS,
    },
    Options {
        name: "Area",
        docs: "A judgement area: a measure's `area`, and the key of each area in `areas`.",
        table: MEASURE_AREAS,
    },
    Options {
        name: "ActionArea",
        docs: "An action's `area`: a judgement area, or all of them.",
        table: ACTION_AREAS,
    },
    Options {
        name: "Unit",
        docs: "A measure's unit.",
        table: UNITS,
    },
    Options {
        name: "Better",
        docs: "Whether a measure is better higher or lower.",
        table: BETTER,
    },
    Options {
        name: "ProgressStatus",
        docs: "The `status` of a recommendation or an action.",
        table: STATUSES,
    },
    Options {
        name: "DevelopmentAreaStatus",
        docs: "A development area's `status`: absent means `open`.",
        table: DEVELOPMENT_AREA_STATUSES,
    },
];

/// A JSDoc comment of one or more lines.
fn docs(text: &str) -> String {
    assert!(!text.contains("*/"), "a comment cannot hold */: {text}");
    format!("/** {text} */\n")
}

/// `"a" | "b"` a member a line, each after its comment when it has one.
fn union<'a>(members: impl IntoIterator<Item = (&'a str, Option<&'a str>)>) -> String {
    let members: Vec<_> = members.into_iter().collect();
    let mut out = String::new();
    for (value, doc) in &members {
        out.push('\n');
        if let Some(doc) = doc {
            out.push_str(&format!("  /** {doc} */\n"));
        }
        out.push_str(&format!("  | {}", quoted(value)));
    }
    out
}

fn quoted(value: &str) -> String {
    assert!(
        value.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'),
        "an option value to quote as it is: {value}"
    );
    format!("\"{value}\"")
}

fn declare<T: TS + ?Sized>(out: &mut String, cfg: &Config) {
    if let Some(docs) = T::docs() {
        let (comment, _) = comment(docs.trim_start().trim_start_matches("/**"), 0);
        out.push_str(&comment);
        out.push('\n');
    }
    out.push_str("export ");
    out.push_str(&layout(&T::decl(cfg)));
    out.push_str("\n\n");
}

/// ts-rs's declarations laid out as the hand-written types were: a member a line, ending in
/// `;`, indented by two spaces a level; a doc comment of one line on one line; a long union of
/// strings a member a line.
fn layout(decl: &str) -> String {
    if let Some((head, members)) = decl.split_once(" = \"") {
        if decl.len() > 100 {
            let members = format!("\"{}", members.trim_end_matches(';'));
            let lines: Vec<_> = members.split(" | ").map(|m| format!("\n  | {m}")).collect();
            return format!("{head} ={};", lines.concat());
        }
        return decl.to_owned();
    }
    let indent = |depth: usize| "  ".repeat(depth);
    let mut out = String::new();
    let mut depth = 0;
    let mut rest = decl;
    while let Some(c) = rest.chars().next() {
        if let Some(text) = rest.strip_prefix("/**") {
            let (comment, after) = comment(text, depth);
            out.push_str(&comment);
            out.push_str(&format!("\n{}", indent(depth)));
            rest = after.trim_start();
            continue;
        }
        rest = &rest[c.len_utf8()..];
        match c {
            '{' => {
                depth += 1;
                out.push_str(&format!("{{\n{}", indent(depth)));
                rest = rest.trim_start();
            }
            '}' => {
                depth -= 1;
                out.truncate(out.trim_end().len());
                out.push_str(&format!("\n{}}}", indent(depth)));
            }
            ',' if depth > 0 => {
                out.push_str(&format!(";\n{}", indent(depth)));
                rest = rest.trim_start();
            }
            '\n' => {}
            c => out.push(c),
        }
    }
    out
}

/// The doc comment that `text` (what follows its `/**`) starts, laid out at `depth`: on one
/// line when it has one; and what follows it.
fn comment(text: &str, depth: usize) -> (String, &str) {
    let (text, after) = text.split_once("*/").expect("a closed comment");
    let lines: Vec<_> = text
        .lines()
        .map(|l| l.trim().trim_start_matches('*').trim())
        .filter(|l| !l.is_empty())
        .collect();
    if let [line] = lines[..] {
        return (format!("/** {line} */"), after);
    }
    let indent = "  ".repeat(depth);
    let mut out = String::from("/**");
    for line in lines {
        out.push_str(&format!("\n{indent} * {line}"));
    }
    out.push_str(&format!("\n{indent} */"));
    (out, after)
}

fn declare_union<'a>(
    out: &mut String,
    name: &str,
    doc: &str,
    members: impl IntoIterator<Item = (&'a str, Option<&'a str>)>,
) {
    out.push_str(&docs(doc));
    let members: Vec<_> = members.into_iter().collect();
    let short = members
        .iter()
        .map(|(value, _)| quoted(value))
        .collect::<Vec<_>>()
        .join(" | ");
    if members.iter().all(|(_, doc)| doc.is_none()) && short.len() < 80 {
        out.push_str(&format!("export type {name} = {short};\n\n"));
    } else {
        out.push_str(&format!("export type {name} ={};\n\n", union(members)));
    }
}

/// The whole file.
pub fn generated() -> String {
    let cfg = Config::new();
    let mut out = format!(
        "// Written by `cargo test` from the Rust types (src/typescript.rs): do not edit. After a change\n\
         // to those types, write it again with `{WRITE}=1 cargo test --lib typescript`.\n\n"
    );
    declare::<SectionId>(&mut out, &cfg);
    declare::<Severity>(&mut out, &cfg);
    declare::<Status>(&mut out, &cfg);
    declare::<Code>(&mut out, &cfg);
    declare_union(
        &mut out,
        "DisclosureCode",
        "The codes of the disclosure checks (rules.md, \"Disclosure checks\").",
        DisclosureKind::ALL
            .iter()
            .map(|k| (k.code().as_str(), None)),
    );
    declare::<crate::report::Span>(&mut out, &cfg);
    declare::<crate::report::DiagnosticMembers>(&mut out, &cfg);
    declare::<crate::report::SectionReport>(&mut out, &cfg);
    declare::<Report>(&mut out, &cfg);
    for options in OPTIONS {
        declare_union(
            &mut out,
            options.name,
            options.docs,
            options.table.iter().map(|c| (c.value, None)),
        );
    }
    let names: Vec<_> = OPTIONS.iter().map(|o| o.name).chain(["Code"]).collect();
    out.push_str(&docs(
        "Every option value of the form; an acknowledgement's `code` may be any code of the catalogue.",
    ));
    out.push_str(&format!(
        "export type OptionValue = {};\n\n",
        names.join(" | ")
    ));
    declare::<crate::form::Kind>(&mut out, &cfg);
    declare::<crate::form::LimitUnit>(&mut out, &cfg);
    declare::<crate::form::Limit>(&mut out, &cfg);
    declare::<Choice>(&mut out, &cfg);
    declare::<crate::form::Field>(&mut out, &cfg);
    declare::<crate::form::FormSection>(&mut out, &cfg);
    declare::<crate::form::Patterns>(&mut out, &cfg);
    declare::<FormDefinition>(&mut out, &cfg);
    declare::<RuleInfo>(&mut out, &cfg);
    declare::<DisclosureFinding>(&mut out, &cfg);
    declare_union(
        &mut out,
        "CoreRefusalCode",
        "The `code` of a refusal the core decides (src/refusal.rs).",
        InputErrorKind::EVERY
            .iter()
            .map(|k| (k.code(), Some(k.summary()))),
    );
    declare::<Limits>(&mut out, &cfg);
    declare::<Change>(&mut out, &cfg);
    declare::<Comparison>(&mut out, &cfg);
    declare::<ComparisonAudit>(&mut out, &cfg);
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::form::{acknowledgement_codes, Field};
    use crate::refusal::Position;
    use crate::report::{Diagnostic, DiagnosticMembers, Span};
    use crate::{validate_json_with, ValidateOptions};

    #[test]
    fn every_option_table_of_the_form_is_a_union() {
        fn tables(fields: &[Field], out: &mut Vec<&'static [Choice]>) {
            for field in fields {
                out.extend(field.options);
                tables(field.fields.as_deref().unwrap_or_default(), out);
            }
        }
        let definition = crate::form_definition();
        let mut used = Vec::new();
        for section in &definition.sections {
            tables(&section.fields, &mut used);
        }
        tables(
            std::slice::from_ref(&definition.acknowledgements),
            &mut used,
        );
        // By value: a const table has no one address.
        let same =
            |a: &[Choice], b: &[Choice]| a.iter().map(|c| c.value).eq(b.iter().map(|c| c.value));
        for table in used {
            assert!(
                same(table, acknowledgement_codes())
                    || OPTIONS.iter().any(|o| same(o.table, table)),
                "an option table with no union in OPTIONS: {:?}",
                table.first()
            );
        }
        let codes: Vec<_> = acknowledgement_codes().iter().map(|c| c.value).collect();
        let all: Vec<_> = Code::ALL.iter().map(|c| c.as_str()).collect();
        assert_eq!(codes, all, "an acknowledgement's code is a Code");
    }

    #[test]
    fn a_diagnostic_is_written_with_the_members_its_type_declares() {
        let at = |line, column| Some(Position { line, column });
        let mut full = Diagnostic::new(
            Code::DisclosurePostcode,
            "/voice/summary".to_owned(),
            SectionId::Voice,
            "Remove the postcode".to_owned(),
        );
        full.span = Some(Span { start: 3, end: 11 });
        full.acknowledged = true;
        full.position = at(4, 17);
        full.end = at(4, 25);
        let options = ValidateOptions { positions: true };
        let mut diagnostics = vec![full];
        for text in [
            include_str!("../docs/spec/examples/draft.json"),
            include_str!("../docs/spec/examples/complete.json"),
        ] {
            let report = validate_json_with(text, options).expect("an example");
            diagnostics.extend(report.diagnostics);
            let report = validate_json_with(text, ValidateOptions::default()).expect("an example");
            diagnostics.extend(report.diagnostics);
        }
        for d in &diagnostics {
            let written = serde_json::to_string(d).unwrap_or_default();
            let declared = serde_json::to_string(&DiagnosticMembers::from(d)).unwrap_or_default();
            assert_eq!(written, declared);
            assert_eq!(crate::json_write::to_json(d), declared);
        }
    }

    #[test]
    fn the_committed_types_are_the_rust_types() {
        let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(FILE);
        let text = generated();
        if std::env::var_os(WRITE).is_some() {
            std::fs::write(&path, &text).expect("write the types");
            return;
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == text,
            "{FILE} is not what the Rust types give: write it again with `{WRITE}=1 cargo test --lib typescript`, and commit it"
        );
    }
}
