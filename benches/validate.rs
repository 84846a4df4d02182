//! Native figures for the core: the floor the WebAssembly package is compared with
//! (bench/RESULTS.md, written by `npm run bench`, which runs this). `cargo bench --bench validate`.
//!
//! Documents: `complete` and `draft` (docs/spec/examples), and `large` (bench/documents/large.json,
//! written by `node bench/documents.mjs large`; skipped when it has not been generated). For
//! each: the whole `validate_json` with the report as JSON text (what the package's
//! `validateJson` does inside WebAssembly), and its parts: parsing only, the rules on a parsed
//! document, the report's JSON text, and the word count and disclosure scan of every free-text
//! string alone (what share of the rules they are).

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use sefcheck::Value;
use std::hint::black_box;
use std::path::Path;

fn document(name: &str) -> Option<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    [
        root.join(format!("docs/spec/examples/{name}.json")),
        root.join(format!("bench/documents/{name}.json")),
    ]
    .into_iter()
    .find_map(|p| std::fs::read_to_string(p).ok())
}

/// Keys whose strings are not free text (ids, dates, options): the scan does not read them.
const NOT_FREE_TEXT: [&str; 15] = [
    "id",
    "kind",
    "date",
    "due",
    "area",
    "unit",
    "status",
    "better",
    "grade",
    "periodStart",
    "periodEnd",
    "approvedOn",
    "shareBy",
    "lastInspection",
    "engagementMeeting",
];

/// Every free-text string of a document (text, line, strengths, development areas).
fn free_text<'a>(value: &'a Value<'a>, key: &str, out: &mut Vec<&'a str>) {
    match value {
        Value::String(s) if !NOT_FREE_TEXT.contains(&key) => out.push(s),
        Value::Array(items) if key != "evidence" || items.iter().all(|v| v.get("id").is_some()) => {
            for item in items {
                free_text(item, key, out);
            }
        }
        Value::Object(members) => {
            for (k, v) in members {
                free_text(v, k, out);
            }
        }
        _ => {}
    }
}

fn validate(c: &mut Criterion) {
    let mut group = c.benchmark_group("validate_json");
    for name in ["complete", "draft", "large"] {
        let Some(text) = document(name) else { continue };
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(name, |b| {
            b.iter(|| sefcheck::validate_json(black_box(&text)).map(|r| r.to_json()))
        });
    }
    group.finish();

    let mut parts = c.benchmark_group("parts");
    for name in ["complete", "large"] {
        let Some(text) = document(name) else { continue };
        let parsed = sefcheck::json::parse(&text).expect("a benchmark document is JSON");
        let report = sefcheck::rules::validate(&parsed);
        let mut strings = Vec::new();
        free_text(&parsed, "", &mut strings);
        parts.bench_function(format!("parse/{name}"), |b| {
            b.iter(|| sefcheck::json::parse(black_box(&text)).is_ok())
        });
        parts.bench_function(format!("rules/{name}"), |b| {
            b.iter(|| sefcheck::rules::validate(black_box(&parsed)))
        });
        parts.bench_function(format!("report_json/{name}"), |b| {
            b.iter(|| black_box(&report).to_json())
        });
        parts.bench_function(format!("count_words/{name}"), |b| {
            b.iter(|| {
                strings
                    .iter()
                    .map(|s| sefcheck::count_words(black_box(s)))
                    .sum::<usize>()
            })
        });
        parts.bench_function(format!("scan/{name}"), |b| {
            b.iter(|| {
                strings
                    .iter()
                    .map(|s| sefcheck::scan_disclosure(black_box(s)).len())
                    .sum::<usize>()
            })
        });
    }
    parts.finish();
}

criterion_group!(benches, validate);
criterion_main!(benches);
