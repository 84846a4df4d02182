//! The properties every fuzz target checks (docs/fuzzing.md), not just "it does not crash". Shared by
//! the fuzz crate (`fuzz/src/lib.rs`) and the regression test (`tests/fuzz_regressions.rs`,
//! through `#[path]`), so it uses only `sefcheck`, `serde_json` and std.
//!
//! Each check panics with a message naming the property it found broken; libFuzzer then saves
//! the input as a crash.

use sefcheck::{Finding, InputError, InputErrorKind, Report, Severity};
use serde_json::Value as J;
use std::collections::HashSet;
use std::sync::OnceLock;

/// The eleven sections, in form order (rules.md "The report").
pub const SECTION_IDS: [sefcheck::SectionId; 11] = sefcheck::SectionId::ALL;

/// The report's own vocabulary: option values, section ids, codes, field names, statuses
/// (the list of tests/conformance/run.mjs `VOCABULARY`). A document string equal to one
/// of these may appear in a report without leaking anything.
pub const VOCABULARY: &[&str] = &[
    "outstanding",
    "good",
    "requiresImprovement",
    "inadequate",
    "audit",
    "thematicAudit",
    "performanceData",
    "childFeedback",
    "familyFeedback",
    "complaints",
    "learningReview",
    "observation",
    "partnerFeedback",
    "staffSurvey",
    "other",
    "privateLaw",
    "publicLaw",
    "leadership",
    "crossCutting",
    "notStarted",
    "inProgress",
    "completed",
    "cannotStartYet",
    "percent",
    "days",
    "weeks",
    "count",
    "higher",
    "lower",
    "error",
    "warning",
    "about",
    "inspection",
    "voice",
    "evidence",
    "actions",
    "performance",
    "declarations",
    "formVersion",
    "areas",
    "kpis",
    "periodStart",
    "periodEnd",
    "preparedBy",
    "approvedBy",
    "approvedOn",
    "shareBy",
    "engagementMeeting",
    "lastInspection",
    "grades",
    "recommendations",
    "monitoring",
    "text",
    "progress",
    "status",
    "id",
    "whatWeKnow",
    "howWeKnow",
    "strengths",
    "developmentAreas",
    "grade",
    "gradeRationale",
    "plans",
    "children",
    "youngPeoplesBoard",
    "familyForum",
    "kind",
    "title",
    "date",
    "area",
    "description",
    "owner",
    "due",
    "measure",
    "label",
    "unit",
    "value",
    "target",
    "better",
    "commentary",
    "casesAudited",
    "noNames",
    "noCaseNumbers",
    "anonymisedExamples",
    "smallNumbersChecked",
    "previous",
    "digest",
    "approval",
    "addresses",
    "acknowledgements",
    "code",
    "path",
    "reason",
    // A development area's status and its label (docs/spec/yearly.md), which the message of
    // an invalid status names.
    "resolved",
    "Resolved",
];

pub fn utf16_len(s: &str) -> usize {
    s.chars().map(char::len_utf16).sum()
}

/// `utf16_len(s) >= 8`, without counting the characters of long strings: a character is one
/// to four bytes and one or two UTF-16 units, so 24 bytes always make 8 units or more and fewer
/// than 8 bytes never do.
fn at_least_8_utf16_units(s: &str) -> bool {
    match s.len() {
        0..8 => false,
        24.. => true,
        _ => utf16_len(s) >= 8,
    }
}

/// `^\d{4}-\d{2}-\d{2}$`: dates, which the report's messages never hold but which the
/// conformance runner leaves out of the leak check all the same.
pub fn is_date_like(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b.iter().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        })
}

/// RFC 6901: empty, or `/`-separated tokens where `~` is only ever `~0` or `~1`.
pub fn is_json_pointer(p: &str) -> bool {
    if p.is_empty() {
        return true;
    }
    if !p.starts_with('/') {
        return false;
    }
    let b = p.as_bytes();
    b.iter()
        .enumerate()
        .all(|(i, &c)| c != b'~' || matches!(b.get(i + 1), Some(b'0') | Some(b'1')))
}

/// A key as a JSON Pointer writes it: `~` as `~0`, `/` as `~1`.
fn pointer_token(key: &str) -> std::borrow::Cow<'_, str> {
    if key.contains(['~', '/']) {
        key.replace('~', "~0").replace('/', "~1").into()
    } else {
        key.into()
    }
}

pub fn pointer_tokens(p: &str) -> Vec<String> {
    if p.is_empty() {
        return Vec::new();
    }
    p[1..]
        .split('/')
        .map(|t| {
            if t.contains('~') {
                t.replace("~1", "/").replace("~0", "~")
            } else {
                t.to_string()
            }
        })
        .collect()
}

/// The value a JSON Pointer names (serde_json's `pointer` does the same; written out so the
/// check does not trust a second implementation of the thing it checks).
pub fn resolve<'a>(doc: &'a J, p: &str) -> Option<&'a J> {
    let mut at = doc;
    for t in pointer_tokens(p) {
        at = match at {
            J::Object(m) => m.get(&t)?,
            J::Array(a) => {
                if t.is_empty()
                    || (t.len() > 1 && t.starts_with('0'))
                    || !t.bytes().all(|c| c.is_ascii_digit())
                {
                    return None;
                }
                a.get(t.parse::<usize>().ok()?)?
            }
            _ => return None,
        };
    }
    Some(at)
}

/// The nesting depth as rules.md counts it: the level of the deepest array or object, the
/// top-level value being level 1 ("a container at level 65 is refused"; a string inside a
/// level-64 container nests nothing).
pub fn depth(v: &J) -> usize {
    let mut deepest = 0;
    let mut stack = vec![(v, 1usize)];
    while let Some((v, d)) = stack.pop() {
        match v {
            J::Array(a) => {
                deepest = deepest.max(d);
                stack.extend(a.iter().map(|x| (x, d + 1)));
            }
            J::Object(m) => {
                deepest = deepest.max(d);
                stack.extend(m.values().map(|x| (x, d + 1)));
            }
            _ => {}
        }
    }
    deepest
}

fn walk_strings<'a>(v: &'a J, values: &mut Vec<&'a str>, keys: &mut Vec<&'a str>) {
    let mut stack = vec![v];
    while let Some(v) = stack.pop() {
        match v {
            J::String(s) => values.push(s),
            J::Array(a) => stack.extend(a.iter()),
            J::Object(m) => {
                for (k, x) in m {
                    keys.push(k);
                    stack.push(x);
                }
            }
            _ => {}
        }
    }
}

/// Every token of every path of the form definition: the keys the format has.
fn format_keys() -> &'static HashSet<String> {
    static KEYS: OnceLock<HashSet<String>> = OnceLock::new();
    KEYS.get_or_init(|| {
        let mut out: HashSet<String> = VOCABULARY.iter().map(|s| s.to_string()).collect();
        let def = serde_json::from_str::<J>(&sefcheck::form_definition().to_json())
            .expect("form definition");
        let mut stack = vec![&def];
        while let Some(v) = stack.pop() {
            match v {
                J::Object(m) => {
                    if let Some(J::String(p)) = m.get("path") {
                        out.extend(pointer_tokens(p));
                    }
                    if let Some(J::String(k)) = m.get("key") {
                        out.insert(k.clone());
                    }
                    stack.extend(m.values());
                }
                J::Array(a) => stack.extend(a.iter()),
                _ => {}
            }
        }
        out
    })
}

fn mask_digits(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_ascii_digit() { '0' } else { c })
        .collect()
}

/// The wording reports are made of (with digits masked, since messages hold limits and
/// counts): every string of the form definition and the rule catalogue, the names messages use,
/// and the messages of reports on documents built to trigger every message template. A
/// document string found only inside this text is the form's own wording, not a leak.
fn fixed_wording() -> &'static str {
    static TEXT: OnceLock<String> = OnceLock::new();
    TEXT.get_or_init(|| {
        let mut parts: Vec<String> = Vec::new();
        let def = serde_json::from_str::<J>(&sefcheck::form_definition().to_json())
            .expect("form definition");
        let cat = serde_json::from_str::<J>(&sefcheck::rule_catalogue_json()).expect("catalogue");
        for v in [&def, &cat] {
            let (mut vals, mut keys) = (Vec::new(), Vec::new());
            walk_strings(v, &mut vals, &mut keys);
            parts.extend(vals.into_iter().map(str::to_string));
        }
        fn names(fields: &[sefcheck::form::Field], out: &mut Vec<String>) {
            for f in fields {
                out.push(f.name.to_string());
                out.push(f.sentence_name());
                if let Some(sub) = &f.fields {
                    names(sub, out);
                }
            }
        }
        for s in &sefcheck::form_definition().sections {
            names(&s.fields, &mut parts);
        }
        // The report's own words: its keys, codes, statuses, section titles and messages.
        parts.extend(VOCABULARY.iter().map(|s| s.to_string()));
        // Every disclosure message, found or not in the documents below (the validate_json
        // target once reported "move the po" as a leak: it is part of "Remove the postcode").
        parts.extend(
            sefcheck::DisclosureKind::ALL
                .iter()
                .map(|k| k.message().to_string()),
        );
        for doc in template_documents() {
            if let Ok(r) = sefcheck::validate_value(&doc) {
                parts.extend(report_strings(&r).into_iter().map(str::to_string));
            }
        }
        mask_digits(&parts.join("\u{0}"))
    })
}

/// Documents that between them give every message template of the rules: the empty one, every
/// field of the wrong type, every field with a bad value, every limit exceeded.
pub fn template_documents() -> Vec<J> {
    let def =
        serde_json::from_str::<J>(&sefcheck::form_definition().to_json()).expect("form definition");
    let mut docs = vec![
        J::Object(Default::default()),
        serde_json::json!({"formVersion": 1}),
        serde_json::json!({"formVersion": 3}),
        serde_json::json!({"formVersion": 2}),
    ];
    let acknowledgements =
        serde_json::from_str::<J>(&sefcheck::form_definition().acknowledgements.to_json())
            .expect("form definition");
    for mode in 0..4 {
        let mut doc = serde_json::Map::new();
        doc.insert("formVersion".into(), J::from(2));
        doc.insert(
            "acknowledgements".into(),
            template_value(&acknowledgements, mode),
        );
        if let Some(sections) = def.get("sections").and_then(J::as_array) {
            for s in sections {
                for f in s.get("fields").and_then(J::as_array).into_iter().flatten() {
                    let key = f.get("key").and_then(J::as_str).unwrap_or("").to_string();
                    let v = template_value(f, mode);
                    if s.get("id").and_then(J::as_str) == Some("privateLaw")
                        || s.get("id").and_then(J::as_str) == Some("publicLaw")
                        || s.get("id").and_then(J::as_str) == Some("leadership")
                    {
                        let areas = doc
                            .entry("areas")
                            .or_insert_with(|| J::Object(Default::default()));
                        if let Some(m) = areas.as_object_mut() {
                            m.insert(key, v);
                        }
                    } else {
                        doc.insert(key, v);
                    }
                }
            }
        }
        docs.push(J::Object(doc));
    }
    docs
}

fn template_value(f: &J, mode: u32) -> J {
    let kind = f.get("kind").and_then(J::as_str).unwrap_or("");
    let limit = f
        .get("limit")
        .and_then(|l| l.get("max"))
        .and_then(J::as_u64)
        .unwrap_or(0) as usize;
    let list = |item: J| J::Array(vec![item.clone(), item]);
    match mode {
        // Wrong types everywhere.
        0 => J::Bool(true),
        // Lists and objects: their members' wrong types; leaves: blank.
        _ => match kind {
            "object" => {
                let mut m = serde_json::Map::new();
                for sub in f.get("fields").and_then(J::as_array).into_iter().flatten() {
                    let k = sub.get("key").and_then(J::as_str).unwrap_or("").to_string();
                    m.insert(k, template_value(sub, mode));
                }
                m.insert("zzUnknown".into(), J::Null);
                J::Object(m)
            }
            "objectList" => {
                let mut m = serde_json::Map::new();
                for sub in f.get("fields").and_then(J::as_array).into_iter().flatten() {
                    let k = sub.get("key").and_then(J::as_str).unwrap_or("").to_string();
                    m.insert(k, template_value(sub, mode));
                }
                list(J::Object(m))
            }
            "idList" => list(template_value(&serde_json::json!({"kind": "id"}), mode)),
            "text" | "line" => match mode {
                1 => J::String("   ".into()),
                2 => J::String("word ".repeat(limit.max(1) + 1)),
                _ => J::String("Mr Smith 943 476 5919 born 1/3/2015 a@b.co ".into()),
            },
            "date" => {
                J::String(["2020-02-30", "2030-01-01", "1990-01-01"][mode as usize % 3].into())
            }
            "option" | "id" | "digest" | "pointer" => {
                J::String(["!!", "zz", "ok"][mode as usize % 3].into())
            }
            "count" | "number" => J::from([-1.5, 1e9, 101.0][mode as usize % 3]),
            "yesNo" => [J::Null, J::Bool(false), J::from(1)][mode as usize % 3].clone(),
            _ => J::Null,
        },
    }
}

/// Where a check failed: panics with the property's name and what broke it.
macro_rules! ensure {
    ($cond:expr, $($msg:tt)+) => {
        if !$cond {
            panic!("property broken: {}", format!($($msg)+));
        }
    };
}

/// The severity of each code, and whether the code exists at all.
fn catalogue_severity(code: sefcheck::Code) -> Option<Severity> {
    sefcheck::rule_catalogue()
        .iter()
        .find(|r| r.code == code)
        .map(|r| r.severity)
}

fn is_letter_or_digit(c: char) -> bool {
    use unicode_general_category::{get_general_category, GeneralCategory as G};
    matches!(
        get_general_category(c),
        G::UppercaseLetter
            | G::LowercaseLetter
            | G::TitlecaseLetter
            | G::ModifierLetter
            | G::OtherLetter
            | G::DecimalNumber
    )
}

/// UTF-16 offset → the char that starts there (None inside a pair or past the end) and the
/// char that ends just before it.
fn utf16_index(text: &str) -> Vec<(usize, char)> {
    let mut at = 0;
    let mut out = Vec::with_capacity(text.len());
    for c in text.chars() {
        out.push((at, c));
        at += c.len_utf16();
    }
    out
}

/// Findings of one string: inside it, `start < end`, on UTF-16 boundaries (never inside a
/// surrogate pair), ordered, never overlapping, standing alone (no letter or digit touching
/// either edge), NHS numbers passing their check.
pub fn check_findings(text: &str, findings: &[Finding]) {
    let len = utf16_len(text);
    let index = utf16_index(text);
    // `index` is sorted by offset: a boundary is an offset found in it, or the end.
    let boundary = |at: usize| at == len || index.binary_search_by_key(&at, |x| x.0).is_ok();
    let mut last_end = 0;
    for f in findings {
        ensure!(f.start < f.end, "span start < end: {f:?}");
        ensure!(
            f.end <= len,
            "span inside its string ({len} UTF-16 units): {f:?}"
        );
        ensure!(
            boundary(f.start) && boundary(f.end),
            "span on UTF-16 boundaries: {f:?}"
        );
        ensure!(
            f.start >= last_end,
            "findings in order, never overlapping: {f:?} after end {last_end}"
        );
        last_end = f.end;
        let pos = index.partition_point(|(i, _)| *i < f.start);
        let before = pos.checked_sub(1).map(|p| index[p].1);
        let endpos = index.partition_point(|(i, _)| *i < f.end);
        let after = index.get(endpos).map(|x| x.1);
        let inside: String = index[pos..endpos].iter().map(|x| x.1).collect();
        ensure!(
            !before.is_some_and(is_letter_or_digit),
            "a finding stands alone (letter or digit before it): {f:?}"
        );
        ensure!(
            !after.is_some_and(is_letter_or_digit),
            "a finding stands alone (letter or digit after it): {f:?}"
        );
        if f.kind == sefcheck::DisclosureKind::NhsNumber {
            let d: Vec<u32> = inside.chars().filter_map(|c| c.to_digit(10)).collect();
            ensure!(d.len() == 10, "an NHS number has ten digits: {f:?}");
            let sum: u32 = d[..9]
                .iter()
                .enumerate()
                .map(|(i, x)| x * (10 - i as u32))
                .sum();
            let check = match 11 - sum % 11 {
                11 => 0,
                c => c,
            };
            ensure!(
                check != 10 && check == d[9],
                "an NHS number passes modulus 11: {f:?}"
            );
        }
    }
}

/// A disclosure diagnostic as the scanner's finding: code, span start, span end.
type Spanned = (sefcheck::Code, usize, usize);

/// The invariants of rules.md "The report", for `report` made from `doc`.
pub fn check_report(doc: &J, report: &Report) {
    let errors = report
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    let warnings = report
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Warning && !d.acknowledged)
        .count();
    let acknowledged = report.diagnostics.iter().filter(|d| d.acknowledged).count();
    ensure!(report.form_version == 2, "formVersion is 2");
    ensure!(
        report.acknowledged == acknowledged,
        "acknowledged ({}) == acknowledged diagnostics ({acknowledged})",
        report.acknowledged
    );
    ensure!(
        report.errors == errors,
        "errors ({}) == error diagnostics ({errors})",
        report.errors
    );
    ensure!(
        report.warnings == warnings,
        "warnings ({}) == warning diagnostics ({warnings})",
        report.warnings
    );
    ensure!(
        report.ready_to_share == (errors == 0),
        "readyToShare == (errors == 0)"
    );
    let ids: Vec<sefcheck::SectionId> = report.sections.iter().map(|s| s.id).collect();
    ensure!(
        ids == SECTION_IDS,
        "all eleven sections in form order: {ids:?}"
    );

    let mut last_section = 0;
    for d in &report.diagnostics {
        let si = SECTION_IDS.iter().position(|s| *s == d.section);
        ensure!(
            si.is_some(),
            "diagnostic section is a section id: {:?}",
            d.section
        );
        let si = si.unwrap_or(0);
        ensure!(
            si >= last_section,
            "diagnostics in form order (section {:?} after {:?})",
            d.section,
            SECTION_IDS[last_section]
        );
        last_section = si;
        ensure!(
            is_json_pointer(&d.path),
            "path is a JSON Pointer: {:?}",
            d.path
        );
        ensure!(
            catalogue_severity(d.code) == Some(d.severity),
            "code {} in the catalogue with its severity",
            d.code
        );
        ensure!(!d.message.is_empty(), "a message");
        ensure!(
            d.span.is_some() == d.code.as_str().starts_with("disclosure-"),
            "span exactly on disclosure diagnostics: {}",
            d.code
        );
        ensure!(
            !d.acknowledged
                || d.severity == Severity::Warning
                    && d.path != "/acknowledgements"
                    && !d.path.starts_with("/acknowledgements/"),
            "only warnings outside the acknowledgements are acknowledged: {} at {}",
            d.code,
            d.path
        );
    }
    for s in &report.sections {
        let e = report
            .diagnostics
            .iter()
            .filter(|d| d.section == s.id && d.severity == Severity::Error)
            .count();
        let w = report
            .diagnostics
            .iter()
            .filter(|d| d.section == s.id && d.severity == Severity::Warning && !d.acknowledged)
            .count();
        let a = report
            .diagnostics
            .iter()
            .filter(|d| d.section == s.id && d.acknowledged)
            .count();
        ensure!(
            s.errors == e && s.warnings == w && s.acknowledged == a,
            "section {:?} counts its own diagnostics",
            s.id
        );
        ensure!(
            s.status != sefcheck::Status::Completed || e == 0,
            "a completed section has no error: {:?}",
            s.id
        );
    }
    if !doc.is_object() {
        ensure!(
            report.diagnostics.len() == 1
                && report.diagnostics[0].code == sefcheck::Code::Type
                && report.diagnostics[0].path.is_empty(),
            "a document that is not an object gets one `type` at \"\""
        );
        ensure!(
            report
                .sections
                .iter()
                .all(|s| s.status == sefcheck::Status::NotStarted),
            "not an object: every section notStarted"
        );
    }
    if report.diagnostics.iter().any(|d| {
        matches!(
            d.code,
            sefcheck::Code::UnsupportedVersion | sefcheck::Code::Format1
        )
    }) {
        ensure!(
            report.diagnostics.len() == 1,
            "unsupported-version and format-1: nothing else is reported"
        );
        ensure!(
            report
                .sections
                .iter()
                .all(|s| s.status == sefcheck::Status::InProgress),
            "unsupported-version and format-1: every section inProgress"
        );
    }

    // Paths: made of the document's keys, the format's keys and array indices.
    let (mut values, mut keys) = (Vec::new(), Vec::new());
    walk_strings(doc, &mut values, &mut keys);
    let doc_keys: HashSet<&str> = keys.iter().copied().collect();
    for d in &report.diagnostics {
        for t in pointer_tokens(&d.path) {
            let index = !t.is_empty()
                && t.bytes().all(|c| c.is_ascii_digit())
                && (t == "0" || !t.starts_with('0'));
            ensure!(
                index || doc_keys.contains(t.as_str()) || format_keys().contains(&t),
                "path token from the document's keys, the format or an index: {:?}",
                d.path
            );
        }
    }

    // Spans: inside the string at `path`, and exactly what the scanner finds in it. The
    // findings of one string come together (by span.start), so each run of span diagnostics
    // with one path is the whole of that string's findings: a path seen in two runs is not.
    let mut runs: Vec<(&str, Vec<Spanned>)> = Vec::new();
    let mut previous: Option<&str> = None;
    for d in &report.diagnostics {
        let Some(sp) = d.span else {
            previous = None;
            continue;
        };
        if previous != Some(d.path.as_str()) {
            runs.push((d.path.as_str(), Vec::new()));
        }
        if let Some((_, got)) = runs.last_mut() {
            got.push((d.code, sp.start, sp.end));
        }
        previous = Some(d.path.as_str());
    }
    let mut paths_seen: HashSet<&str> = HashSet::new();
    for (p, got) in runs {
        ensure!(
            paths_seen.insert(p),
            "the findings of one string come together, by span.start: {p:?}"
        );
        let s = resolve(doc, p);
        ensure!(
            matches!(s, Some(J::String(_))),
            "a span's path names a string in the document: {p:?}"
        );
        let s = s.and_then(J::as_str).unwrap_or("");
        let findings = sefcheck::scan_disclosure(s);
        check_findings(s, &findings);
        let want: Vec<Spanned> = findings
            .iter()
            .map(|f| (f.kind.code(), f.start, f.end))
            .collect();
        ensure!(got == want, "the disclosure diagnostics at {p:?} are the scanner's findings, in order: {got:?} vs {want:?}");
    }

    // An acknowledgement's code and path are the report's own words, by definition: they are
    // written to be equal to a diagnostic's.
    let acknowledged: Vec<&str> = doc
        .get("acknowledgements")
        .and_then(J::as_array)
        .into_iter()
        .flatten()
        .flat_map(|a| ["code", "path"].map(|k| a.get(k).and_then(J::as_str)))
        .flatten()
        .collect();
    values.retain(|v| !acknowledged.contains(v));
    check_no_leak(report, &values, &keys);
}

/// No string value of the document of eight UTF-16 units or more appears in the report (rules.md:
/// "No value from the document ever appears in a report"), leaving out the report's own
/// vocabulary, dates, the document's keys (which paths name) and the form's own wording.
pub fn check_no_leak(report: &Report, values: &[&str], keys: &[&str]) {
    let hay = report_strings(report);
    // One text to search, so that each value builds one searcher rather than one per report
    // string; a match across the separator is confirmed string by string below.
    let joined = hay.join("\u{0}");
    for s in values {
        if !at_least_8_utf16_units(s) || !joined.contains(*s) {
            continue;
        }
        if VOCABULARY.contains(s) || is_date_like(s) || !hay.iter().any(|h| h.contains(*s)) {
            continue;
        }
        // Paths name the document's keys, escaped as JSON Pointers write them (`/` as `~1`, so
        // that a value "1…" can be the end of a "~1" in a path).
        if keys
            .iter()
            .any(|k| k.contains(*s) || pointer_token(k).contains(*s))
        {
            continue;
        }
        if fixed_wording().contains(&mask_digits(s)) {
            continue;
        }
        let holder = hay.iter().find(|h| h.contains(*s)).unwrap_or(&"");
        panic!("property broken: a document value appears in the report: {s:?} in {holder:?}");
    }
}

/// Every string of the report, each once (a report of many findings repeats the same few
/// messages and paths: this keeps the leak check linear). Borrowed from the report rather than
/// read back from its JSON, which made the check the slowest part of every fuzz execution; the
/// destructuring is exhaustive, so a string field added to the report cannot be missed. The
/// JSON's keys, severities and statuses are the report's fixed vocabulary.
fn report_strings(report: &Report) -> Vec<&str> {
    let mut out: Vec<&str> = Vec::with_capacity(2 * report.diagnostics.len() + 24);
    for d in &report.diagnostics {
        let sefcheck::Diagnostic {
            code,
            severity: _,
            path,
            section,
            message,
            span: _,
            acknowledged: _,
            position: _,
            end: _,
        } = d;
        out.extend([
            code.as_str(),
            path.as_str(),
            section.as_str(),
            message.as_str(),
        ]);
    }
    for s in &report.sections {
        let sefcheck::SectionReport {
            id,
            title,
            status: _,
            errors: _,
            warnings: _,
            acknowledged: _,
        } = s;
        out.extend([id.as_str(), *title]);
    }
    // A hash set rather than a sort: sorting thousands of messages compared them with
    // `memcmp`, which libFuzzer intercepts and records, at a tenth of a `validate` execution.
    let mut seen = HashSet::with_capacity(out.len());
    out.retain(|s| seen.insert(*s));
    out
}

/// A refusal's message is one of the fixed sentences of src/json/: never document text.
pub fn check_refusal(e: &InputError) {
    let m = e.to_string();
    let known = [
        "The text is ",
        "The text is not JSON: expected ",
        "The document is nested more than 64 levels deep",
        "A number in the document is too large for a 64-bit float",
        "A string in the document holds a lone surrogate",
    ];
    ensure!(
        known.iter().any(|k| m.starts_with(k)),
        "a refusal's message is a fixed sentence: {m:?}"
    );
    ensure!(m.len() < 200, "a refusal's message is short: {m:?}");
    if let Some(p) = e.position {
        ensure!(
            p.line >= 1 && p.column >= 1,
            "positions count from 1: {p:?}"
        );
    }
}

/// validate_value: a report with every invariant (twice the same), or a refusal exactly when the
/// document nests deeper than 64 levels.
pub fn check_validate_value(doc: &J) -> Option<Report> {
    let first = sefcheck::validate_value(doc);
    let second = sefcheck::validate_value(doc);
    ensure!(first == second, "validate_value is deterministic");
    check_value_outcome(doc, first)
}

/// What validate_value gave for `doc`: a report with every invariant, or a refusal exactly when
/// the document nests deeper than 64 levels.
fn check_value_outcome(doc: &J, outcome: Result<Report, InputError>) -> Option<Report> {
    let too_deep = depth(doc) > sefcheck::limits::MAX_DEPTH;
    match outcome {
        Ok(report) => {
            ensure!(!too_deep, "validate_value refuses nesting deeper than 64");
            check_report(doc, &report);
            Some(report)
        }
        Err(e) => {
            ensure!(
                too_deep && e.kind == InputErrorKind::TooDeep,
                "validate_value refuses only nesting deeper than 64: {e}"
            );
            check_refusal(&e);
            None
        }
    }
}

/// validate_json: deterministic; a report with every invariant; and the same report as
/// validate_value on what serde_json reads from the same text (a second, independent JSON
/// parser: both must accept and refuse the same texts, but for what rules.md adds).
pub fn check_validate_json(text: &str) -> Option<Report> {
    let first = sefcheck::validate_json(text);
    let second = sefcheck::validate_json(text);
    ensure!(first == second, "validate_json is deterministic");
    let other: Result<J, _> = serde_json::from_str(text);
    match (first, other) {
        (Ok(report), Ok(doc)) => {
            ensure!(
                text.len() <= sefcheck::limits::MAX_BYTES,
                "validate_json refuses over 5 MiB"
            );
            ensure!(
                depth(&doc) <= sefcheck::limits::MAX_DEPTH,
                "validate_json refuses nesting deeper than 64"
            );
            check_report(&doc, &report);
            let via_value = sefcheck::validate_value(&doc);
            ensure!(
                via_value.as_ref() == Ok(&report),
                "validate_json and validate_value give the same report for the same document"
            );
            Some(report)
        }
        (Ok(_), Err(e)) => {
            panic!("property broken: validate_json accepts a text serde_json refuses ({e})")
        }
        (Err(e), Ok(doc)) => {
            check_refusal(&e);
            let ok = match e.kind {
                InputErrorKind::TooLarge { bytes, limit } => {
                    bytes == text.len() && limit == sefcheck::limits::MAX_BYTES && bytes > limit
                }
                InputErrorKind::TooDeep => depth(&doc) > sefcheck::limits::MAX_DEPTH,
                _ => false,
            };
            ensure!(ok, "validate_json refuses a text serde_json reads, for a reason rules.md does not give: {e}");
            None
        }
        (Err(e), Err(_)) => {
            check_refusal(&e);
            None
        }
    }
}

/// validate_value on `doc` once, with every invariant, and validate_json on the document's JSON
/// text (when within 5 MiB): both give the same report, or both refuse it as too deep. Two
/// separate runs through two routes agreeing is also the determinism check, at two validations
/// instead of the four of `check_validate_value` plus `check_validate_json`: the targets whose
/// documents are built as values use this, for the executions the long run needs.
pub fn check_value_and_text(doc: &J) -> Option<Report> {
    let report = check_value_outcome(doc, sefcheck::validate_value(doc));
    let Ok(text) = serde_json::to_string(doc) else {
        return report;
    };
    if text.len() > sefcheck::limits::MAX_BYTES {
        return report;
    }
    match (&report, sefcheck::validate_json(&text)) {
        (Some(r), Ok(t)) => ensure!(
            *r == t,
            "validate_value and validate_json of its text give the same report"
        ),
        (None, Err(e)) => ensure!(
            e.kind == InputErrorKind::TooDeep,
            "validate_json refuses the text of a too-deep document as too deep: {e}"
        ),
        (r, t) => panic!(
            "property broken: validate_value and validate_json of its text disagree on refusing it: {} vs {}",
            r.is_some(),
            t.is_ok()
        ),
    }
    report
}

/// Two JSON values equal as JavaScript holds them: numbers by value (`1.0` is `1`), objects
/// whatever their key order.
pub fn same_json(a: &J, b: &J) -> bool {
    match (a, b) {
        (J::Number(x), J::Number(y)) => x.as_f64() == y.as_f64(),
        (J::Array(x), J::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(a, b)| same_json(a, b))
        }
        (J::Object(x), J::Object(y)) => {
            x.len() == y.len()
                && x.iter()
                    .all(|(k, v)| y.get(k).is_some_and(|w| same_json(v, w)))
        }
        _ => a == b,
    }
}

/// Every string, number and boolean of `v`, as text (numbers by value, `-0` as `0`), with how
/// many times each is there; `skip` leaves out the top-level member of that name.
fn leaves(v: &J, skip: Option<&str>) -> std::collections::HashMap<String, usize> {
    let mut out = std::collections::HashMap::new();
    let mut stack: Vec<&J> = match (v, skip) {
        (J::Object(m), Some(skip)) => m
            .iter()
            .filter(|(k, _)| *k != skip)
            .map(|(_, v)| v)
            .collect(),
        _ => vec![v],
    };
    while let Some(v) = stack.pop() {
        let leaf = match v {
            J::String(s) => format!("s{s}"),
            J::Number(n) => format!(
                "n{}",
                n.as_f64().map_or(0.0, |f| if f == 0.0 { 0.0 } else { f })
            ),
            J::Bool(b) => format!("b{b}"),
            J::Array(a) => {
                stack.extend(a.iter());
                continue;
            }
            J::Object(m) => {
                stack.extend(m.values());
                continue;
            }
            J::Null => continue,
        };
        *out.entry(leaf).or_insert(0) += 1;
    }
    out
}

/// migrate (migration.md): refused exactly when `doc` is not an object whose formVersion is the
/// number 1 or 2 (or nests too deeply); a format-2 document comes back as it is; a format-1
/// document comes back in format 2 keeping every answer (each string, number and boolean but its
/// formVersion, as often as it was there), idempotent, and its report keeps every invariant.
/// Returns the migrated document.
pub fn check_migrate(doc: &J) -> Option<J> {
    let version = doc.get("formVersion").and_then(J::as_f64);
    let outcome = sefcheck::migrate_value(doc);
    if depth(doc) > sefcheck::limits::MAX_DEPTH {
        ensure!(
            matches!(&outcome, Err(e) if e.kind == InputErrorKind::TooDeep),
            "migrate refuses nesting deeper than 64"
        );
        return None;
    }
    let migrated = match (outcome, version) {
        (Ok(m), Some(v)) if v == 1.0 || v == 2.0 => m,
        // Its `{ id, text }` puts an item one level deeper: a format-1 document already 64
        // levels deep may migrate to 65, which is refused.
        (Err(e), Some(v)) if e.kind == InputErrorKind::TooDeep => {
            ensure!(
                v == 1.0 && depth(doc) == sefcheck::limits::MAX_DEPTH,
                "migrate refuses as too deep only a format-1 document 64 levels deep: {e}"
            );
            return None;
        }
        (Err(e), v) => {
            ensure!(
                e.kind == InputErrorKind::NotMigratable
                    && !(doc.is_object() && matches!(v, Some(v) if v == 1.0 || v == 2.0)),
                "migrate refuses only what is not a format-1 or format-2 document: {e}"
            );
            ensure!(
                e.to_string().starts_with("The document cannot be migrated"),
                "a refusal's message is a fixed sentence"
            );
            return None;
        }
        (Ok(_), _) => {
            panic!("property broken: migrate migrated what is not a format-1 or format-2 document")
        }
    };
    if version == Some(2.0) {
        ensure!(
            same_json(&migrated, doc),
            "migrate gives a format-2 document back as it is"
        );
    } else {
        let (before, after) = (leaves(doc, Some("formVersion")), leaves(&migrated, None));
        for (leaf, n) in &before {
            ensure!(
                after.get(leaf).copied().unwrap_or(0) >= *n,
                "migrate keeps every answer: {} of {leaf:?} before, {} after",
                n,
                after.get(leaf).copied().unwrap_or(0)
            );
        }
        ensure!(
            migrated.get("formVersion") == Some(&J::from(2)),
            "migrate makes formVersion 2"
        );
    }
    let again = sefcheck::migrate_value(&migrated);
    ensure!(
        again.as_ref().is_ok_and(|a| same_json(a, &migrated)),
        "migrate is idempotent"
    );
    let report = check_validate_value(&migrated);
    ensure!(
        report.is_some_and(|r| !r
            .diagnostics
            .iter()
            .any(|d| d.code == sefcheck::Code::Format1)),
        "a migrated document is checked as format 2"
    );
    Some(migrated)
}

/// The content digest: the same by the value and the text route, and whatever the order of the
/// keys; 64 lower-case hexadecimal digits.
pub fn check_content_digest(doc: &J) {
    let Ok(digest) = sefcheck::content_digest_value(doc) else {
        ensure!(
            depth(doc) > sefcheck::limits::MAX_DEPTH,
            "content_digest refuses only nesting deeper than 64"
        );
        return;
    };
    ensure!(
        digest.len() == 64
            && digest
                .bytes()
                .all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')),
        "a digest is 64 lower-case hexadecimal digits"
    );
    fn reversed(v: &J) -> J {
        match v {
            J::Object(m) => J::Object(
                m.iter()
                    .rev()
                    .map(|(k, v)| (k.clone(), reversed(v)))
                    .collect(),
            ),
            J::Array(a) => J::Array(a.iter().map(reversed).collect()),
            _ => v.clone(),
        }
    }
    ensure!(
        sefcheck::content_digest_value(&reversed(doc)).as_deref() == Ok(digest.as_str()),
        "the content digest does not depend on key order"
    );
    if let Ok(text) = serde_json::to_string_pretty(doc) {
        if text.len() <= sefcheck::limits::MAX_BYTES {
            ensure!(
                sefcheck::content_digest_json(&text).as_deref() == Ok(digest.as_str()),
                "the content digest of a document and of its text are the same"
            );
        }
    }
}

/// `text.match(/\S+/g)?.length ?? 0`, with `\s` exactly as JavaScript has it: the reference the
/// word count is compared with.
pub fn reference_word_count(text: &str) -> usize {
    let js_space = |c: char| matches!(c as u32, 0x09..=0x0D | 0x20 | 0xA0 | 0x1680 | 0x2000..=0x200A | 0x2028 | 0x2029 | 0x202F | 0x205F | 0x3000 | 0xFEFF);
    let mut n = 0;
    let mut prev_space = true;
    for c in text.chars() {
        let sp = js_space(c);
        if !sp && prev_space {
            n += 1;
        }
        prev_space = sp;
    }
    n
}

/// The yearly cycle (docs/spec/yearly.md) on any document: `next_year_value` refuses only
/// nesting deeper than 64 and its own three refusals, each exactly when yearly.md says; the
/// draft is format 2, deterministic, checked without a refusal, and links to the document (its
/// comparison with it holds the chain); `compare_value` refuses only nesting deeper than 64,
/// and its comparison with the document itself keeps every change `same` or `unknown`.
pub fn check_yearly(doc: &J) {
    let too_deep = depth(doc) > sefcheck::limits::MAX_DEPTH;
    let compared = sefcheck::compare_value(doc, doc);
    if too_deep {
        ensure!(
            matches!(&compared, Err(e) if e.kind == InputErrorKind::TooDeep),
            "compare refuses nesting deeper than 64"
        );
        ensure!(
            matches!(sefcheck::next_year_value(doc), Err(e) if e.kind == InputErrorKind::TooDeep),
            "next_year refuses nesting deeper than 64"
        );
        return;
    }
    let Ok(itself) = compared else {
        panic!("property broken: compare refuses only nesting deeper than 64");
    };
    for change in ["/audit/change"]
        .into_iter()
        .filter_map(|p| itself.pointer(p))
        .chain(
            itself["areas"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|a| &a["change"]),
        )
        .chain(
            itself["measures"]["matched"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|m| &m["change"]),
        )
    {
        ensure!(
            change == "same" || change == "unknown",
            "a document compared with itself has no change: {change}"
        );
    }
    let version = doc.get("formVersion").and_then(J::as_f64);
    match sefcheck::next_year_value(doc) {
        Ok(next) => {
            ensure!(
                doc.is_object() && version == Some(2.0),
                "next_year takes only a format-2 object"
            );
            ensure!(next["formVersion"] == 2, "the draft is format 2");
            ensure!(
                sefcheck::next_year_value(doc).ok().as_ref() == Some(&next),
                "next_year is deterministic"
            );
            ensure!(
                sefcheck::validate_value(&next).is_ok(),
                "the draft is checked without a refusal"
            );
            let c = sefcheck::compare_value(doc, &next);
            ensure!(
                matches!(&c, Ok(c) if c["chain"] == true),
                "the draft links to the document it was made from"
            );
        }
        Err(e) => {
            let expected = if !doc.is_object() {
                InputErrorKind::NotFormat2
            } else {
                if version == Some(1.0) {
                    InputErrorKind::MigrateFirst
                } else if version == Some(2.0) {
                    InputErrorKind::NoPeriod
                } else {
                    InputErrorKind::NotFormat2
                }
            };
            ensure!(
                e.kind == expected,
                "next_year refuses as yearly.md says: {e}"
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The byte-length shortcut answers as counting UTF-16 units would, around both bounds and
    /// for one-, two-, three- and four-byte characters.
    #[test]
    fn at_least_8_utf16_units_is_utf16_len_at_least_8() {
        for c in ['a', 'é', '€', '😀'] {
            for n in 0..=26 {
                let s: String = std::iter::repeat_n(c, n).collect();
                assert_eq!(at_least_8_utf16_units(&s), utf16_len(&s) >= 8, "{n} × {c}");
                let mixed = format!("{s}a");
                assert_eq!(at_least_8_utf16_units(&mixed), utf16_len(&mixed) >= 8);
            }
        }
    }
}
