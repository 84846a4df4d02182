//! Resource bounds (docs/performance.md): builds a format-2 document of a hostile shape and size
//! in memory and times `validate_json` on it; run under `/usr/bin/time -v` for the peak memory.
//!
//! `measure SHAPE MIB [REPEAT]` (or `measure SHAPE MIB --dump`: print the document). Every
//! shape is the complete example of the format (docs/spec/examples/complete.json) with its
//! hostile part spliced in, an approval whose digest no longer matches (so the content digest
//! runs over the whole document) and acknowledgements of the warnings it gives. SHAPE is one of
//! `words` (one huge text of words), `tiny` (tiny strings in lists at 500 items: the
//! improvement plan's `addresses`, every list of ids, then 500-item lists in unknown fields of
//! the actions), `lists` (every list at 500 items, the items' texts full of findings, ids and
//! references between them: evidence cited by the areas, actions addressing recommendations and
//! development areas, acknowledgements of the items' warnings), `deep` (nesting at 64 levels,
//! over and over, in an unknown field), `digits` (digit runs that almost make NHS numbers,
//! phone and case numbers), `born` ("born " repeated, with dates after it), `names` ("Mr X"
//! repeated), `email` (dotted addresses), `firstnames` (first names where they name someone
//! and where they do not), `schools` (runs of capitalised words, some ending in a school word),
//! or `all` (each in turn). The one-text shapes put their text in `voice.children`.
//!
//! Prints one line per shape: bytes, milliseconds, MB/s, diagnostics. Panics when a report is
//! refused, answers `format-1` or `unsupported-version`, or lacks a code the shape is built to
//! give, so that the shapes cannot quietly stop reaching the rules.

use serde_json::{json, Value};
use std::collections::HashMap;
use std::time::Instant;

/// docs/spec/examples/complete.json, the base of every shape.
const COMPLETE: &str = include_str!("../../docs/spec/examples/complete.json");

const SHAPES: [&str; 10] = [
    "words",
    "tiny",
    "lists",
    "deep",
    "digits",
    "born",
    "names",
    "email",
    "firstnames",
    "schools",
];

const AREAS: [&str; 3] = ["privateLaw", "publicLaw", "leadership"];

/// The text repeated in the one-text shapes, and the codes its report must hold.
fn text_shape(name: &str) -> Option<(&'static str, &'static [&'static str])> {
    Some(match name {
        "words" => ("word ", &["word-limit"]),
        "digits" => (
            "943 476 591 07700 90012 LV21C5001 1234 5678 9012 345 ",
            &["disclosure-phone"],
        ),
        "born" => (
            "born 12/03/2015 born March 12th, 2015 ",
            &["disclosure-date-of-birth"],
        ),
        "names" => ("Mr Smith-O'Brien Mrs A Dr Z ", &["disclosure-named-person"]),
        "email" => ("a.b.c.d.e.f@g.h.i-j.k ", &["disclosure-email"]),
        "firstnames" => (
            "Amelia told us Oliver was sad and Jack's mother said Harry (7) met Grace in York. ",
            &["disclosure-first-name"],
        ),
        "schools" => (
            "St Mary's Primary School, Our Lady of Lourdes Catholic Primary School, Alpha Beta Gamma \
             Delta Epsilon Zeta Eta Theta Iota Kappa School and the Primary School ",
            &["disclosure-school"],
        ),
        _ => return None,
    })
}

/// The codes every shape's report must hold beyond its own: the changed approval.
const EVERY_SHAPE: &[&str] = &["approval-changed"];

/// The codes the structured shapes' reports must hold.
fn structured_codes(name: &str) -> &'static [&'static str] {
    match name {
        "lists" => &[
            "unknown-reference",
            "recommendation-unaddressed",
            "development-area-unaddressed",
            "action-required",
            "unused-evidence",
            "disclosure-named-person",
            "disclosure-date-of-birth",
            "small-number",
            "acknowledgement-unused",
        ],
        "tiny" => &["unknown-reference", "invalid-option", "unknown-field"],
        "deep" => &["unknown-field"],
        _ => &[],
    }
}

/// A string of `n` bytes of `unit` repeated (`unit` is ASCII).
fn fill(unit: &str, n: usize) -> String {
    unit.repeat(n / unit.len() + 1)[..n].to_string()
}

/// `text` as a JSON string; the units above need no escaping.
fn quoted(text: &str) -> String {
    assert!(!text.contains(['"', '\\']) && !text.chars().any(char::is_control));
    format!("\"{text}\"")
}

/// The complete example, to splice the shape into.
fn base() -> Value {
    serde_json::from_str(COMPLETE).expect("complete.json is JSON")
}

/// A place in a document for [`splice`] to put raw JSON text.
fn slot(name: &str) -> Value {
    Value::String(format!("\u{1}{name}"))
}

/// `doc` as JSON text with each [`slot`] replaced by its part, so that the large parts are built
/// as text (a `serde_json::Value` of them would take many times the document's memory, which
/// `/usr/bin/time -v` would count against the core).
fn splice(doc: &Value, parts: &HashMap<String, String>) -> String {
    let template = doc.to_string();
    let size = template.len() + parts.values().map(String::len).sum::<usize>();
    let mut out = String::with_capacity(size);
    let mut rest = template.as_str();
    while let Some(start) = rest.find("\"\\u0001") {
        let name_at = start + "\"\\u0001".len();
        let end = name_at + rest[name_at..].find('"').expect("a slot ends");
        let name = &rest[name_at..end];
        out.push_str(&rest[..start]);
        out.push_str(parts.get(name).unwrap_or_else(|| panic!("no part {name}")));
        rest = &rest[end + 1..];
    }
    out.push_str(rest);
    out
}

/// The largest document `build(n)` makes within `bytes`, for a `build` whose size grows by the
/// same number of bytes for each step of `n` (texts of `n` bytes each).
fn fit(bytes: usize, build: impl Fn(usize) -> String) -> String {
    let empty = build(0).len();
    let step = (build(64).len() - empty) / 64;
    build(bytes.saturating_sub(empty) / step)
}

/// Acknowledgements of the warnings a text at `path` gives (each one that covers none gives
/// `acknowledgement-unused`).
fn acknowledge_text(doc: &mut Value, path: &str) {
    let codes = [
        "word-limit",
        "disclosure-named-person",
        "disclosure-school",
        "disclosure-first-name",
    ];
    doc["acknowledgements"] = codes
        .iter()
        .map(|code| json!({"code": code, "path": path, "reason": "Considered by the Board: an example agreed with the family"}))
        .collect();
}

/// One huge text of `unit` repeated, in `voice.children`.
fn one_text(unit: &str, bytes: usize) -> String {
    let mut doc = base();
    doc["voice"]["children"] = slot("text");
    acknowledge_text(&mut doc, "/voice/children");
    fit(bytes, |n| {
        splice(
            &doc,
            &HashMap::from([("text".into(), quoted(&fill(unit, n)))]),
        )
    })
}

/// `items` joined as a JSON array.
fn array(items: impl Iterator<Item = String>) -> String {
    format!("[{}]", items.collect::<Vec<_>>().join(","))
}

/// What actions can address, one namespace (rules.md, "The golden thread"): 0..500 the
/// recommendations, then 500 development areas of each area; 2000 and above nothing.
fn addressable(n: usize) -> String {
    match n {
        0..500 => format!("r{n}"),
        500..2000 => format!(
            "{}{}",
            ["pld", "pud", "led"][(n - 500) / 500],
            (n - 500) % 500
        ),
        _ => format!("x{n}"),
    }
}

/// The `j`th address of action `i`: distinct within an action; one in four of what can be
/// addressed is, so that the other recommendations and development areas are unaddressed; about
/// one in twenty addresses names nothing.
fn address(i: usize, j: usize) -> usize {
    4 * (i + j) % 2100
}

/// Every list at 500 items, each text `t`; actions address `addresses` ids each.
fn lists_doc(t: &str, addresses: usize) -> String {
    let q = quoted(t);
    let mut doc = base();
    let mut parts = HashMap::new();
    let mut put = |doc_at: &mut Value, name: String, json: String| {
        *doc_at = slot(&name);
        parts.insert(name, json);
    };
    put(
        &mut doc["inspection"]["recommendations"],
        "recommendations".into(),
        array((0..500).map(|i| {
            format!(r#"{{"id":"r{i}","text":{q},"progress":{q},"status":"inProgress"}}"#)
        })),
    );
    doc["areas"]["leadership"]["grade"] = json!("requiresImprovement");
    for (k, area) in AREAS.iter().enumerate() {
        let prefix = ["pld", "pud", "led"][k];
        let at = &mut doc["areas"][*area];
        // Area k cites e(100 + 100k) onwards: e0 to e99 are unused, some citations unknown.
        put(
            &mut at["evidence"],
            format!("{area}.evidence"),
            array((0..500).map(|i| format!("\"e{}\"", i + 100 + 100 * k))),
        );
        put(
            &mut at["strengths"],
            format!("{area}.strengths"),
            array((0..500).map(|i| format!(r#"{{"id":"s{i}","text":{q}}}"#))),
        );
        put(
            &mut at["developmentAreas"],
            format!("{area}.developmentAreas"),
            array((0..500).map(|i| {
                // The addressed ones resolved: every open one is unaddressed, and the
                // leadership area (graded requires improvement) needs an action.
                let status = if i % 4 == 0 {
                    r#","status":"resolved""#
                } else {
                    ""
                };
                format!(r#"{{"id":"{prefix}{i}","text":{q}{status}}}"#)
            })),
        );
    }
    let kinds = ["audit", "childFeedback", "performanceData", "observation"];
    put(
        &mut doc["evidence"],
        "evidence".into(),
        array((0..500).map(|i| {
            let kind = kinds[i % kinds.len()];
            format!(r#"{{"id":"e{i}","kind":"{kind}","title":{q},"date":"2026-04-24"}}"#)
        })),
    );
    let areas = ["privateLaw", "publicLaw", "leadership", "crossCutting"];
    put(
        &mut doc["actions"],
        "actions".into(),
        array((0..500).map(|i| {
            let addresses = array((0..addresses).map(|j| {
                format!("\"{}\"", addressable(address(i, j)))
            }));
            let area = areas[i % areas.len()];
            format!(
                r#"{{"id":"a{i}","area":"{area}","description":{q},"addresses":{addresses},"owner":{q},"due":"2027-03-31","measure":{q},"status":"inProgress"}}"#
            )
        })),
    );
    put(
        &mut doc["kpis"],
        "kpis".into(),
        array((0..500).map(|i| {
            let area = AREAS[i % 3];
            format!(
                r#"{{"id":"k{i}","area":"{area}","label":{q},"unit":"count","value":3,"target":10,"previous":2,"better":"higher","commentary":{q}}}"#
            )
        })),
    );
    put(
        &mut doc["acknowledgements"],
        "acknowledgements".into(),
        array((0..500).map(|i| {
            let (code, path) = match i % 4 {
                0 => (
                    "disclosure-named-person",
                    format!("/areas/privateLaw/strengths/{i}/text"),
                ),
                1 => ("small-number", format!("/kpis/{i}/value")),
                2 => ("unused-evidence", format!("/evidence/{i}/id")),
                _ => (
                    "development-area-unaddressed",
                    format!("/areas/publicLaw/developmentAreas/{i}/id"),
                ),
            };
            format!(r#"{{"code":"{code}","path":"{path}","reason":{q}}}"#)
        })),
    );
    splice(&doc, &parts)
}

fn lists(bytes: usize) -> String {
    // About a third of the document in the actions' addresses (all 500 from 4.6 MiB up), the
    // rest in the texts.
    let addresses = (bytes / 3 / (500 * 8)).min(500);
    fit(bytes, |n| {
        lists_doc(
            &fill("Mr Smith born 1/3/2015 943 476 5919 Amelia told us ", n),
            addresses,
        )
    })
}

/// A tiny id: two of `0-9 A-Z a-z`, 3,844 of them.
fn tiny_id(n: usize) -> String {
    const DIGITS: &[u8] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    String::from_utf8(vec![DIGITS[n / 62], DIGITS[n % 62]]).expect("ASCII")
}

/// Tiny strings in lists of 500: every list of the document (the ids numbered as in
/// [`addressable`]), the actions' `addresses` with
/// `addresses` each, and `extra` more lists of 500 `"x"` in unknown fields of the actions.
fn tiny_doc(addresses: usize, extra: usize) -> String {
    let mut doc = base();
    let mut parts = HashMap::new();
    let mut put = |doc_at: &mut Value, name: String, json: String| {
        *doc_at = slot(&name);
        parts.insert(name, json);
    };
    put(
        &mut doc["inspection"]["recommendations"],
        "recommendations".into(),
        array((0..500).map(|i| {
            let id = tiny_id(i);
            format!(r#"{{"id":"{id}","text":"x","progress":"x","status":"inProgress"}}"#)
        })),
    );
    for (k, area) in AREAS.iter().enumerate() {
        let at = &mut doc["areas"][*area];
        put(
            &mut at["evidence"],
            format!("{area}.evidence"),
            array((0..500).map(|i| format!("\"{}\"", tiny_id(i)))),
        );
        put(
            &mut at["strengths"],
            format!("{area}.strengths"),
            array((0..500).map(|i| format!(r#"{{"id":"{}","text":"x"}}"#, tiny_id(i)))),
        );
        put(
            &mut at["developmentAreas"],
            format!("{area}.developmentAreas"),
            array(
                (0..500)
                    .map(|i| format!(r#"{{"id":"{}","text":"x"}}"#, tiny_id(500 + 500 * k + i))),
            ),
        );
    }
    put(
        &mut doc["evidence"],
        "evidence".into(),
        array((0..500).map(|i| {
            let id = tiny_id(i);
            format!(r#"{{"id":"{id}","kind":"x","title":"x","date":"x"}}"#)
        })),
    );
    let list = format!("[{}]", vec!["\"x\""; 500].join(","));
    put(
        &mut doc["actions"],
        "actions".into(),
        array((0..500).map(|i| {
            let addresses = array(
                (0..addresses).map(|j| format!("\"{}\"", tiny_id(address(i, j)))),
            );
            let unknown: String = (0..extra / 500 + usize::from(i < extra % 500))
                .map(|u| format!(r#","u{u}":{list}"#))
                .collect();
            format!(
                r#"{{"id":"{}","area":"x","description":"x","addresses":{addresses},"owner":"x","due":"x","measure":"x","status":"x"{unknown}}}"#,
                tiny_id(i)
            )
        })),
    );
    splice(&doc, &parts)
}

fn tiny(bytes: usize) -> String {
    // The addresses first (about 5 bytes each: `"Ab",`), at most three fifths of the document;
    // then as many unknown lists as fit.
    let addresses = (bytes * 3 / 5 / (500 * 5)).min(500);
    let empty = tiny_doc(addresses, 0).len();
    let per_list = (tiny_doc(addresses, 500).len() - empty) / 500 + 1;
    tiny_doc(addresses, bytes.saturating_sub(empty) / per_list)
}

/// Nesting at 64 levels (the document 1, `zz` 2, 62 more), as many times as fits, in an
/// unknown field.
fn deep(bytes: usize) -> String {
    let mut doc = base();
    doc["zz"] = slot("zz");
    let room = bytes - splice(&doc, &HashMap::from([("zz".into(), "[0]".into())])).len();
    let one = format!("{}1{}", "[".repeat(62), "]".repeat(62));
    let mut zz = String::with_capacity(room);
    zz.push('[');
    while zz.len() + one.len() + 3 < room {
        zz.push_str(&one);
        zz.push(',');
    }
    zz.push_str("0]");
    splice(&doc, &HashMap::from([("zz".into(), zz)]))
}

pub fn shape(name: &str, bytes: usize) -> String {
    if let Some((unit, _)) = text_shape(name) {
        return one_text(unit, bytes);
    }
    match name {
        "tiny" => tiny(bytes),
        "lists" => lists(bytes),
        "deep" => deep(bytes),
        other => panic!("unknown shape {other}"),
    }
}

/// Panics unless the report is a format-2 report with the codes the shape is built to give.
fn check(name: &str, report: &sefcheck::Report) {
    let codes: std::collections::HashSet<String> = report
        .diagnostics
        .iter()
        .map(|d| d.code.to_string())
        .collect();
    for refused in ["format-1", "unsupported-version"] {
        assert!(
            !codes.contains(refused),
            "{name}: the report says {refused}"
        );
    }
    let own = text_shape(name).map_or(structured_codes(name), |(_, codes)| codes);
    for code in EVERY_SHAPE.iter().chain(own) {
        assert!(codes.contains(*code), "{name}: no {code} in the report");
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let name = args.first().map(String::as_str).unwrap_or("all");
    let mib: f64 = args.get(1).and_then(|s| s.parse().ok()).unwrap_or(5.0);
    let repeat: usize = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(3);
    let bytes = ((mib * 1048576.0) as usize).min(sefcheck::limits::MAX_BYTES);
    let names: Vec<&str> = if name == "all" {
        SHAPES.to_vec()
    } else {
        vec![name]
    };
    if args.iter().any(|a| a == "--dump") {
        // The document itself, for fuzz/measure-node.mjs to time in the npm package.
        print!("{}", shape(name, bytes));
        return;
    }
    for n in names {
        let text = shape(n, bytes);
        assert!(
            text.len() <= sefcheck::limits::MAX_BYTES,
            "{n}: {} bytes",
            text.len()
        );
        let mut best = f64::MAX;
        let (mut diagnostics, mut acknowledged) = (0, 0);
        for _ in 0..repeat.max(1) {
            let t = Instant::now();
            let r = sefcheck::validate_json(&text).unwrap_or_else(|e| panic!("{n}: refused: {e}"));
            let json = r.to_json();
            best = best.min(t.elapsed().as_secs_f64());
            std::hint::black_box(json);
            // Checked after the clock stops; each round's report is dropped before the next
            // round, so that the peak memory is that of one call.
            check(n, &r);
            diagnostics = r.diagnostics.len();
            acknowledged = r.diagnostics.iter().filter(|d| d.acknowledged).count();
        }
        println!(
            "{n:10} {:>9} bytes  {:>9.1} ms  {:>7.1} MB/s  {diagnostics} diagnostics, {acknowledged} acknowledged",
            text.len(),
            best * 1e3,
            text.len() as f64 / best / 1e6,
        );
    }
}
