//! The conformance cases (tests/conformance/cases), as far as they are about disclosure findings:
//!
//! - every `"function": "scanDisclosure"` case: `scan` gives exactly the expected multiset of
//!   `{code, start, end}`;
//! - every validate case that writes a string with a patch: the disclosure diagnostics it
//!   expects at that path (`includes` with a span, and the disclosure codes of `exactly`) are
//!   what `scan` finds in the string.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use sefcheck::disclosure::scan;
use serde_json::Value;

fn cases_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/conformance/cases")
}

/// Every case file, by name; a missing folder fails the test.
fn cases() -> Vec<(String, Value)> {
    let dir = cases_dir();
    let entries = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("the conformance cases {} are missing: {e}", dir.display()));
    let mut cases: Vec<(String, Value)> = entries
        .map(|entry| entry.expect("a readable directory entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
        .filter_map(|path| {
            let text = std::fs::read_to_string(&path).expect("a readable case file");
            let name = path.file_name()?.to_string_lossy().into_owned();
            match serde_json::from_str(&text) {
                Ok(case) => Some((name, case)),
                // serde_json cannot hold a lone surrogate, which some validate cases send on
                // purpose; no string with one can be scanned here, so none may be a scan case.
                Err(e) => {
                    assert!(
                        !text.contains("scanDisclosure"),
                        "{name}: a scanDisclosure case that serde_json cannot read: {e}"
                    );
                    None
                }
            }
        })
        .collect();
    cases.sort_by(|a, b| a.0.cmp(&b.0));
    cases
}

/// A multiset of `(code, start, end)`.
fn multiset(
    items: impl IntoIterator<Item = (String, u64, u64)>,
) -> BTreeMap<(String, u64, u64), usize> {
    let mut counts = BTreeMap::new();
    for item in items {
        *counts.entry(item).or_insert(0) += 1;
    }
    counts
}

fn found(text: &str) -> Vec<(String, u64, u64)> {
    scan(text)
        .into_iter()
        .map(|f| (f.kind.code().to_string(), f.start as u64, f.end as u64))
        .collect()
}

#[test]
fn scan_disclosure_cases() {
    let cases = cases();
    let mut ran = 0;
    let mut failures = Vec::new();
    for (name, case) in &cases {
        if case["function"] != "scanDisclosure" {
            continue;
        }
        ran += 1;
        let input = case["input"].as_str().expect("a string input");
        let expect = case["expect"].as_array().expect("a list of findings");
        let want = multiset(expect.iter().map(|f| {
            (
                f["code"].as_str().expect("a code").to_string(),
                f["start"].as_u64().expect("a start"),
                f["end"].as_u64().expect("an end"),
            )
        }));
        let have = multiset(found(input));
        if want != have {
            failures.push(format!("{name}: expected {want:?}, found {have:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(ran >= 7, "only {ran} scanDisclosure cases found");
    println!("{ran} scanDisclosure cases passed");
}

#[test]
fn disclosure_diagnostics_of_validate_cases() {
    let cases = cases();
    let mut checked = 0;
    let mut failures = Vec::new();
    for (name, case) in &cases {
        let Some(patch) = case["patch"].as_array() else {
            continue;
        };
        for op in patch {
            let (Some(path), Some(text)) = (op["path"].as_str(), op["value"].as_str()) else {
                continue;
            };
            if !matches!(op["op"].as_str(), Some("add" | "replace")) {
                continue;
            }
            let findings = found(text);
            let at_path = |d: &&Value| {
                d["path"] == path
                    && d["code"]
                        .as_str()
                        .is_some_and(|code| code.starts_with("disclosure-"))
            };
            if let Some(includes) = case["expect"]["includes"].as_array() {
                for d in includes.iter().filter(at_path) {
                    let Some(span) = d.get("span") else { continue };
                    let want = (
                        d["code"].as_str().unwrap_or_default().to_string(),
                        span["start"].as_u64().expect("a span start"),
                        span["end"].as_u64().expect("a span end"),
                    );
                    checked += 1;
                    if !findings.contains(&want) {
                        failures.push(format!("{name}: {want:?} not in {findings:?}"));
                    }
                }
            }
            if let Some(exactly) = case["expect"]["exactly"].as_array() {
                let mut want: Vec<&str> = exactly
                    .iter()
                    .filter(at_path)
                    .filter_map(|d| d["code"].as_str())
                    .collect();
                let mut have: Vec<&str> = findings.iter().map(|f| f.0.as_str()).collect();
                if want.is_empty() {
                    // Not a free-text field as far as this case says (ids, dates and options
                    // are not scanned), or one without findings: nothing to compare.
                    continue;
                }
                want.sort_unstable();
                have.sort_unstable();
                checked += 1;
                if want != have {
                    failures.push(format!("{name}: codes {want:?} expected, found {have:?}"));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(checked > 0, "no validate case checks a disclosure span");
    println!("{checked} disclosure expectations of validate cases passed");
}
