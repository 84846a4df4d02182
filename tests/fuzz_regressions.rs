//! Fuzz regression inputs (tests/fuzz-regressions/, docs/fuzzing.md) run as ordinary tests,
//! with the same properties the fuzz targets check (fuzz/src/properties.rs).

#[path = "../fuzz/src/properties.rs"]
#[allow(dead_code)]
mod properties;

use std::path::{Path, PathBuf};

fn inputs(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    files.retain(|p| p.is_file() && p.file_name().is_some_and(|n| n != "README.md"));
    files.sort();
    files
}

/// Runs one input through the checks of the target its name starts with.
fn run(path: &Path) {
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default();
    let bytes = std::fs::read(path).expect("readable");
    let text = String::from_utf8_lossy(&bytes);
    if name.starts_with("validate_json-") {
        properties::check_validate_json(&text);
        // A document in it, format 1 or not: its migration and digest too.
        if let Ok(doc) = serde_json::from_str::<serde_json::Value>(&text) {
            properties::check_migrate(&doc);
            properties::check_content_digest(&doc);
            properties::check_yearly(&doc);
        }
    } else if name.starts_with("validate-") {
        let doc: serde_json::Value =
            serde_json::from_slice(&bytes).expect("a validate- input is a JSON document");
        // Format-1 inputs (most of them, from before format 2) are checked migrated as well.
        properties::check_migrate(&doc);
        properties::check_content_digest(&doc);
        properties::check_yearly(&doc);
        if let Ok(migrated) = sefcheck::migrate_value(&doc) {
            properties::check_yearly(&migrated);
        }
        let report = properties::check_validate_value(&doc);
        let json = serde_json::to_string(&doc).expect("serialises");
        if json.len() <= sefcheck::limits::MAX_BYTES {
            assert_eq!(
                report,
                properties::check_validate_json(&json),
                "validate_value and validate_json agree"
            );
        }
    } else if name.starts_with("disclosure-") {
        let findings = sefcheck::scan_disclosure(&text);
        properties::check_findings(&text, &findings);
        let doc = serde_json::json!({ "formVersion": 2, "voice": { "children": &*text } });
        let report = properties::check_validate_value(&doc).expect("a report");
        let spans = report
            .diagnostics
            .iter()
            .filter(|d| d.span.is_some())
            .count();
        assert_eq!(spans, findings.len(), "every finding reported");
    } else if name.starts_with("counts-") {
        assert_eq!(
            sefcheck::count_words(&text),
            properties::reference_word_count(&text),
            "count_words is /\\S+/g"
        );
        let chars = sefcheck::count_characters(&text);
        assert!(chars <= text.chars().count() && (chars == 0) == text.is_empty());
    } else {
        panic!(
            "{name}: the name must start with validate_json-, validate-, disclosure- or counts-"
        );
    }
}

fn run_all(dir: &Path) -> usize {
    let files = inputs(dir);
    let mut failed = Vec::new();
    for f in &files {
        if let Err(e) = std::panic::catch_unwind(|| run(f)) {
            let msg = e
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default();
            failed.push(format!("{}: {msg}", f.display()));
        }
    }
    assert!(
        failed.is_empty(),
        "{} of {} inputs broke a property:\n{}",
        failed.len(),
        files.len(),
        failed.join("\n")
    );
    files.len()
}

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz-regressions")
}

#[test]
fn every_regression_input_keeps_every_property() {
    assert!(run_all(&dir()) > 0, "inputs in tests/fuzz-regressions");
}
