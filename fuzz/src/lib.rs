//! Shared by the fuzz targets: the properties (`properties`, also used by
//! tests/fuzz_regressions.rs and tests/migrate.rs) and the structured inputs of the `validate`
//! and `migrate` targets: edits of the format-2 examples and of the format-1 ones.

pub mod properties;

use arbitrary::Arbitrary;
use serde_json::{Map, Value as J};

pub const COMPLETE: &str = include_str!("../../docs/spec/examples/complete.json");
pub const DRAFT: &str = include_str!("../../docs/spec/examples/draft.json");
pub const COMPLETE_FORMAT_1: &str = include_str!("../../docs/spec/examples/complete.format-1.json");
pub const DRAFT_FORMAT_1: &str = include_str!("../../docs/spec/examples/draft.format-1.json");

/// Keys that are not the format's: misspellings, prototype names and pointer escapes.
const NEAR_MISS_KEYS: &[&str] = &[
    "whatWeKnwo",
    "FormVersion",
    "__proto__",
    "constructor",
    "",
    "~",
    "/",
    "a/b~c",
    "\r\n",
];

/// Keys of the format, from the form definition (so the list never drifts from it), and the
/// near misses, so that arbitrary objects often hit real fields.
pub fn keys() -> &'static [String] {
    static KEYS: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    KEYS.get_or_init(|| {
        fn walk(field: &sefcheck::form::Field, out: &mut Vec<String>) {
            if !out.iter().any(|k| k == field.key) {
                out.push(field.key.to_string());
            }
            for child in field.fields.iter().flatten() {
                walk(child, out);
            }
        }
        let mut out = vec!["formVersion".to_string(), "areas".to_string()];
        for section in &sefcheck::form_definition().sections {
            for field in &section.fields {
                walk(field, &mut out);
            }
        }
        out.extend(NEAR_MISS_KEYS.iter().map(|k| k.to_string()));
        out
    })
}

/// Option values, and strings the rules look at closely.
pub const WORDS: &[&str] = &[
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
    "percent",
    "days",
    "weeks",
    "count",
    "higher",
    "lower",
    "pa-2627",
    "obs-2627",
    "PL-01",
    "PL-D1",
    "LE-D2",
    "ofsted-2024-01",
    "1.05",
    "unknown-field",
    "development-area-unaddressed",
    "approval-changed",
    "/voice/children",
    "/areas/privateLaw/developmentAreas/0/id",
    "/a~2",
    "69cef0431a945a0dbe32d12576f8d96378dd57f135d96e25ae18495134f8b39b",
    "x",
    "",
    " ",
    "\u{a0}",
    "\u{feff}",
    "ofsted-2024-1",
    "abcdefghijklmnopqrstu",
    "Mr Smith",
    "943 476 5919",
    "born on the 12th of March 2015",
    "DOB 1/3/2015",
    "LV21C50012",
    "QQ 12 34 56 C",
    "SW1A 1AA",
    "josé@outlook.com",
    "+44 (0)20 7946 0958",
    "(01632) 960001",
    "\u{1F600}",
    "e\u{301}",
    "\r\n",
];

#[derive(Arbitrary, Debug, Clone)]
pub enum AKey {
    Known(u8),
    Raw(String),
}

impl AKey {
    pub fn to_key(&self) -> String {
        match self {
            AKey::Known(i) => {
                let keys = keys();
                keys[*i as usize % keys.len()].clone()
            }
            AKey::Raw(s) => s.clone(),
        }
    }
}

#[derive(Arbitrary, Debug, Clone)]
pub enum AStr {
    Raw(String),
    Word(u8),
    Date(u16, u8, u8),
    /// A word repeated, with a separator: long texts, many words, runs of digits.
    Repeat(u8, u8, u16),
    /// UTF-16 units, lone surrogates turned into U+FFFD (a serde_json string cannot hold them).
    Utf16(Vec<u16>),
}

const SEPARATORS: &[&str] = &[" ", "", "\n", "-", "\u{3000}", ". ", "\u{2028}", "\t", "/"];

impl AStr {
    pub fn to_string_capped(&self, cap: usize) -> String {
        match self {
            AStr::Raw(s) => s.clone(),
            AStr::Word(i) => WORDS[*i as usize % WORDS.len()].to_string(),
            AStr::Date(y, m, d) => format!("{:04}-{:02}-{:02}", 1900 + y % 300, m % 14, d % 33),
            AStr::Repeat(w, sep, n) => {
                let word = WORDS[*w as usize % WORDS.len()];
                let sep = SEPARATORS[*sep as usize % SEPARATORS.len()];
                let unit = word.len() + sep.len();
                let n = (*n as usize).min(cap / unit.max(1));
                let mut s = String::with_capacity(n * unit);
                for _ in 0..n {
                    s.push_str(word);
                    s.push_str(sep);
                }
                s
            }
            AStr::Utf16(units) => String::from_utf16_lossy(units),
        }
    }
}

#[derive(Arbitrary, Debug, Clone)]
pub enum AJson {
    Null,
    Bool(bool),
    Int(i64),
    Small(i8),
    Float(f64),
    Str(AStr),
    Array(Vec<AJson>),
    Object(Vec<(AKey, AJson)>),
}

fn number(f: f64) -> J {
    serde_json::Number::from_f64(f).map_or(J::Null, J::Number)
}

impl AJson {
    /// The value as serde_json, nesting capped at `levels` (deeper values become null: the
    /// `Nest` edit builds the deep ones on purpose).
    pub fn to_json(&self, levels: usize) -> J {
        match self {
            AJson::Null => J::Null,
            AJson::Bool(b) => J::Bool(*b),
            AJson::Int(i) => J::from(*i),
            AJson::Small(i) => J::from(*i),
            AJson::Float(f) => number(*f),
            AJson::Str(s) => J::String(s.to_string_capped(1 << 16)),
            _ if levels == 0 => J::Null,
            AJson::Array(items) => J::Array(items.iter().map(|x| x.to_json(levels - 1)).collect()),
            AJson::Object(members) => {
                let mut m = Map::new();
                for (k, v) in members {
                    m.insert(k.to_key(), v.to_json(levels - 1));
                }
                J::Object(m)
            }
        }
    }
}

/// One edit of an example document; `at` picks a node (pre-order, modulo the node count).
#[derive(Arbitrary, Debug, Clone)]
pub enum Edit {
    Delete(u16),
    Replace(u16, AJson),
    SetString(u16, AStr),
    /// A huge string: a word repeated up to 64 KiB (past every character and word limit).
    Huge(u16, u8, u8, u32),
    /// Wraps the node in `n` arrays or objects (up to 80 levels, so past the 64 limit).
    Nest(u16, u8, bool),
    /// Replaces the node by a list of `n` copies of it (up to 1,200: past the 500 limit).
    Many(u16, u16),
    /// Appends a copy of an item to the list that holds the node.
    DuplicateItem(u16),
    Insert(u16, AKey, AJson),
    /// Approves the document as it is: its `approval.digest` made its content digest.
    Approve,
    /// Acknowledges the `n`th diagnostic of the document's report as it is (a warning, an error
    /// or an acknowledgement's own: what then becomes of it is the rules' to say).
    Acknowledge(u16, AStr),
}

#[derive(Arbitrary, Debug)]
pub enum Structured {
    Value(AJson),
    /// Edits of an example: complete, draft, and their format-1 versions, by the number modulo 4.
    Edits(u8, Vec<Edit>),
}

/// How many nodes the document has (itself, and every value inside it).
fn node_count(doc: &J) -> usize {
    let mut n = 0;
    let mut stack = vec![doc];
    while let Some(v) = stack.pop() {
        n += 1;
        match v {
            J::Array(a) => stack.extend(a.iter()),
            J::Object(m) => stack.extend(m.values()),
            _ => {}
        }
    }
    n
}

/// One step of a JSON Pointer, borrowed from the document while it is walked.
enum Step<'a> {
    Key(&'a str),
    Index(usize),
}

/// The JSON Pointer of the `n`th node in pre-order (document order, the document itself first).
/// Only the chosen node's pointer is written: writing every node's, for every edit, was the
/// largest single cost of a `validate` execution.
fn nth_pointer(doc: &J, n: usize) -> String {
    let mut path: Vec<Step> = Vec::new();
    let mut stack: Vec<(&J, usize, Option<Step>)> = vec![(doc, 0, None)];
    let mut seen = 0;
    while let Some((v, depth, step)) = stack.pop() {
        path.truncate(depth.saturating_sub(1));
        path.extend(step);
        if seen == n {
            let mut p = String::new();
            for step in &path {
                p.push('/');
                match step {
                    Step::Key(k) => p.push_str(&k.replace('~', "~0").replace('/', "~1")),
                    Step::Index(i) => p.push_str(&i.to_string()),
                }
            }
            return p;
        }
        seen += 1;
        match v {
            J::Array(a) => {
                for (i, x) in a.iter().enumerate().rev() {
                    stack.push((x, depth + 1, Some(Step::Index(i))));
                }
            }
            J::Object(m) => {
                for (k, x) in m.iter().rev() {
                    stack.push((x, depth + 1, Some(Step::Key(k))));
                }
            }
            _ => {}
        }
    }
    String::new()
}

fn parent_and_last(p: &str) -> Option<(&str, String)> {
    let i = p.rfind('/')?;
    Some((&p[..i], p[i + 1..].replace("~1", "/").replace("~0", "~")))
}

/// The pointer of the node an edit's `at` chooses.
fn pick(doc: &J, at: u16) -> String {
    nth_pointer(doc, usize::from(at) % node_count(doc))
}

pub fn apply(doc: &mut J, edit: &Edit) {
    match edit {
        Edit::Delete(at) => {
            let p = pick(doc, *at);
            if let Some((parent, last)) = parent_and_last(&p) {
                match doc.pointer_mut(parent) {
                    Some(J::Object(m)) => {
                        m.shift_remove(&last);
                    }
                    Some(J::Array(a)) => {
                        if let Ok(i) = last.parse::<usize>() {
                            if i < a.len() {
                                a.remove(i);
                            }
                        }
                    }
                    _ => {}
                }
            }
        }
        Edit::Replace(at, v) => {
            if let Some(x) = doc.pointer_mut(&pick(doc, *at)) {
                *x = v.to_json(12);
            }
        }
        Edit::SetString(at, s) => {
            if let Some(x) = doc.pointer_mut(&pick(doc, *at)) {
                *x = J::String(s.to_string_capped(1 << 16));
            }
        }
        Edit::Huge(at, w, sep, n) => {
            if let Some(x) = doc.pointer_mut(&pick(doc, *at)) {
                *x = J::String(
                    AStr::Repeat(*w, *sep, u16::MAX).to_string_capped((*n as usize) % (1 << 16)),
                );
            }
        }
        Edit::Nest(at, n, array) => {
            if let Some(x) = doc.pointer_mut(&pick(doc, *at)) {
                let mut v = x.take();
                for _ in 0..(*n as usize % 81) {
                    v = if *array {
                        J::Array(vec![v])
                    } else {
                        let mut m = Map::new();
                        m.insert("text".into(), v);
                        J::Object(m)
                    };
                }
                *x = v;
            }
        }
        Edit::Many(at, n) => {
            if let Some(x) = doc.pointer_mut(&pick(doc, *at)) {
                let item = x.take();
                // Items that are themselves large make the list expensive: keep lists of big
                // items shorter.
                let size = serde_json::to_string(&item).map_or(0, |s| s.len()).max(1);
                let n = (*n as usize % 1201).min(MAX_BUILT / size);
                *x = J::Array(vec![item; n]);
            }
        }
        Edit::DuplicateItem(at) => {
            let p = pick(doc, *at);
            if let Some((parent, last)) = parent_and_last(&p) {
                if let Some(J::Array(a)) = doc.pointer_mut(parent) {
                    if let Ok(i) = last.parse::<usize>() {
                        if let Some(item) = a.get(i).cloned() {
                            a.push(item);
                        }
                    }
                }
            }
        }
        Edit::Insert(at, k, v) => {
            if let Some(J::Object(m)) = doc.pointer_mut(&pick(doc, *at)) {
                m.insert(k.to_key(), v.to_json(12));
            }
        }
        Edit::Approve => {
            if let Ok(digest) = sefcheck::content_digest_value(doc) {
                if let Some(J::Object(approval)) = doc.get_mut("approval") {
                    approval.insert("digest".into(), J::String(digest));
                }
            }
        }
        Edit::Acknowledge(n, reason) => {
            let Ok(report) = sefcheck::validate_value(doc) else {
                return;
            };
            let Some(d) = report
                .diagnostics
                .get(usize::from(*n) % report.diagnostics.len().max(1))
            else {
                return;
            };
            let ack = serde_json::json!({
                "code": d.code.as_str(),
                "path": d.path,
                "reason": reason.to_string_capped(400),
            });
            if let J::Object(m) = doc {
                match m.get_mut("acknowledgements") {
                    Some(J::Array(acks)) => acks.push(ack),
                    _ => {
                        m.insert("acknowledgements".into(), J::Array(vec![ack]));
                    }
                }
            }
        }
    }
}

/// The largest document the edits grow (bytes of JSON), before they stop.
const MAX_BUILT: usize = 1 << 18;

/// The complete and the draft example, and their format-1 versions, parsed once (a clone is
/// cheaper than parsing them for every execution).
fn examples() -> &'static [J; 4] {
    static EXAMPLES: std::sync::OnceLock<[J; 4]> = std::sync::OnceLock::new();
    EXAMPLES.get_or_init(|| {
        [COMPLETE, DRAFT, COMPLETE_FORMAT_1, DRAFT_FORMAT_1]
            .map(|text| serde_json::from_str(text).expect("example parses"))
    })
}

/// The document a structured input stands for.
pub fn build(input: &Structured) -> J {
    match input {
        Structured::Value(v) => v.to_json(80),
        Structured::Edits(example, edits) => {
            let examples = examples();
            let mut doc: J = examples[usize::from(*example) % examples.len()].clone();
            for e in edits.iter().take(24) {
                apply(&mut doc, e);
                // Keep documents to about 256 KiB (past every limit of the format), so that the
                // long run reaches its ten million executions; fuzz/examples/measure.rs measures
                // the 5 MiB worst cases.
                if matches!(e, Edit::Huge(..) | Edit::Many(..))
                    && serde_json::to_string(&doc).map_or(0, |s| s.len()) > MAX_BUILT
                {
                    break;
                }
            }
            doc
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every node has its own pointer, in document order, and each resolves to that node.
    #[test]
    fn nth_pointer_names_every_node_once_in_document_order() {
        let doc: J = serde_json::json!({
            "a": [1, {"b~/c": "x", "": null}],
            "d": {"e": []},
        });
        let n = node_count(&doc);
        let all: Vec<String> = (0..n).map(|i| nth_pointer(&doc, i)).collect();
        assert_eq!(
            all,
            [
                "",
                "/a",
                "/a/0",
                "/a/1",
                "/a/1/b~0~1c",
                "/a/1/",
                "/d",
                "/d/e"
            ]
        );
        for p in &all {
            assert!(doc.pointer(p).is_some(), "{p} resolves");
        }
        let complete = &examples()[0];
        let count = node_count(complete);
        let mut seen = std::collections::HashSet::new();
        for i in 0..count {
            let p = nth_pointer(complete, i);
            assert!(complete.pointer(&p).is_some(), "{p} resolves");
            assert!(seen.insert(p), "pointer {i} is new");
        }
    }
}
