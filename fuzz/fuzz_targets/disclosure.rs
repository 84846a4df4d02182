//! The disclosure scanner on arbitrary text: spans inside the text, on UTF-16 boundaries, in
//! order, never overlapping, standing alone; deterministic; and a document holding the text in
//! a free-text field reports exactly those findings at that field (with every report property).
#![no_main]
use libfuzzer_sys::fuzz_target;
use sefcheck_fuzz::properties;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let findings = sefcheck::scan_disclosure(&text);
    assert_eq!(
        findings,
        sefcheck::scan_disclosure(&text),
        "property broken: the scan is deterministic"
    );
    properties::check_findings(&text, &findings);
    let doc = serde_json::json!({ "formVersion": 2, "voice": { "children": &*text } });
    let report = properties::check_value_and_text(&doc).expect("a shallow document gets a report");
    let at: Vec<(usize, usize)> = report
        .diagnostics
        .iter()
        .filter(|d| d.path == "/voice/children" && d.span.is_some())
        .map(|d| d.span.map(|s| (s.start, s.end)).unwrap_or_default())
        .collect();
    let want: Vec<(usize, usize)> = findings.iter().map(|f| (f.start, f.end)).collect();
    assert_eq!(
        at, want,
        "property broken: a free-text field reports every finding of the scanner"
    );
});
