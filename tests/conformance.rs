//! Runs the conformance cases (tests/conformance/cases, on the examples of docs/spec/examples)
//! against the native core: the same expectations the package must meet in JavaScript
//! (`npm run conformance`), checked before any WebAssembly is built. Cases that plant
//! JavaScript-only values (`jsGenerator`, a lone surrogate in a document) are left to the
//! runner, and `scanDisclosure` cases to tests/disclosure_conformance.rs. The `nextYear` and
//! `compare` cases are checked on `next_year_value` and `compare_value` (docs/spec/yearly.md).
//! The format-1 cases (tests/conformance/format-1) are not run here: they are the inputs of the
//! migration tests (tests/migrate.rs).

use serde_json::{json, Value};
use std::path::{Path, PathBuf};

fn repo_path(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(relative)
}

/// A base of a case: an example document (`complete`, `draft`, `complete.format-1`, ...).
fn example(name: &str) -> Value {
    let path = repo_path(&format!("docs/spec/examples/{name}.json"));
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("the example {} is missing: {e}", path.display()));
    serde_json::from_str(&text).expect("the example is JSON")
}

fn pointer_keys(pointer: &str) -> Vec<String> {
    if pointer.is_empty() {
        return vec![];
    }
    pointer[1..]
        .split('/')
        .map(|s| s.replace("~1", "/").replace("~0", "~"))
        .collect()
}

fn parent_mut<'a>(doc: &'a mut Value, keys: &[String]) -> &'a mut Value {
    let mut v = doc;
    for k in keys {
        v = match v {
            Value::Array(items) => &mut items[k.parse::<usize>().unwrap()],
            Value::Object(map) => map.get_mut(k).unwrap(),
            _ => panic!("no such path"),
        };
    }
    v
}

fn add(doc: &mut Value, pointer: &str, value: Value) {
    let keys = pointer_keys(pointer);
    let Some((last, init)) = keys.split_last() else {
        *doc = value;
        return;
    };
    match parent_mut(doc, init) {
        Value::Array(items) if last == "-" => items.push(value),
        Value::Array(items) => items.insert(last.parse().unwrap(), value),
        Value::Object(map) => {
            map.insert(last.clone(), value);
        }
        _ => panic!("bad add"),
    }
}

fn remove(doc: &mut Value, pointer: &str) -> Value {
    let keys = pointer_keys(pointer);
    let (last, init) = keys.split_last().unwrap();
    match parent_mut(doc, init) {
        Value::Array(items) => items.remove(last.parse().unwrap()),
        Value::Object(map) => map.shift_remove(last).unwrap(),
        _ => panic!("bad remove"),
    }
}

fn apply_patch(doc: &mut Value, ops: &[Value]) {
    for op in ops {
        let path = op["path"].as_str().unwrap();
        match op["op"].as_str().unwrap() {
            "add" => add(doc, path, op["value"].clone()),
            "remove" => {
                remove(doc, path);
            }
            "replace" => {
                // Replace keeps the member's place, as JavaScript's delete-then-set does not;
                // the runner deletes then adds, so do the same to match key order.
                remove(doc, path);
                add(doc, path, op["value"].clone());
            }
            "copy" => {
                let v = doc.pointer(op["from"].as_str().unwrap()).unwrap().clone();
                add(doc, path, v);
            }
            "move" => {
                let v = remove(doc, op["from"].as_str().unwrap());
                add(doc, path, v);
            }
            "test" => assert_eq!(doc.pointer(path), Some(&op["value"])),
            other => panic!("unsupported op {other}"),
        }
    }
}

fn build_json(generator: &Value, doc: &Value) -> String {
    match generator["kind"].as_str().unwrap() {
        "deep" => {
            let depth = generator["depth"].as_u64().unwrap() as usize;
            let mut d = doc.clone();
            d["nestedNotes"] = json!("@@DEEP@@");
            serde_json::to_string(&d)
                .unwrap()
                .replace("\"@@DEEP@@\"", &("[".repeat(depth) + &"]".repeat(depth)))
        }
        "big" => {
            let bytes = generator["bytes"].as_u64().unwrap() as usize;
            if generator["fill"] == "whitespace" {
                let text = serde_json::to_string(doc).unwrap();
                let n = bytes.saturating_sub(text.len());
                text + &" ".repeat(n)
            } else {
                let mut d = doc.clone();
                d["padding"] = json!("");
                let text = serde_json::to_string(&d).unwrap();
                let n = bytes.saturating_sub(text.len());
                text.replace(
                    "\"padding\":\"\"",
                    &format!("\"padding\":\"{}\"", "x".repeat(n)),
                )
            }
        }
        other => panic!("unknown generator {other}"),
    }
}

fn matches(want: &Value, d: &Value) -> bool {
    let code_ok = match &want["code"] {
        Value::Array(codes) => codes.contains(&d["code"]),
        code => code == &d["code"],
    };
    // `acknowledged` is absent from a diagnostic no acknowledgement covers.
    let acknowledged = want.get("acknowledged").is_none()
        || &want["acknowledged"] == d.get("acknowledged").unwrap_or(&json!(false));
    code_ok
        && acknowledged
        && ["path", "severity", "span"]
            .iter()
            .all(|k| want.get(k).is_none() || want[k] == d[k])
}

fn key(d: &Value) -> String {
    format!(
        "{} {}",
        d["code"].as_str().unwrap_or(""),
        d["path"].as_str().unwrap_or("")
    )
}

/// The document a case is about: its `document`, or its base (an example or `empty`), with its
/// patch applied and, with `"approve": true`, approved as it then is (its `approval.digest` made
/// its content digest, as an approver would).
fn case_document(case: &Value) -> Result<Value, String> {
    let mut d = if let Some(d) = case.get("document") {
        d.clone()
    } else {
        match case["base"].as_str() {
            None => example("complete"),
            Some("empty") => sefcheck::empty_document(),
            Some(name @ ("complete" | "draft" | "complete.format-1" | "draft.format-1")) => {
                example(name)
            }
            Some(other) => return Err(format!("unknown base {other}")),
        }
    };
    if let Some(ops) = case["patch"].as_array() {
        apply_patch(&mut d, ops);
    }
    if case["approve"] == true {
        let digest = sefcheck::content_digest_value(&d).map_err(|e| e.to_string())?;
        match d.get_mut("approval") {
            Some(Value::Object(approval)) => {
                approval.insert("digest".into(), json!(digest));
            }
            _ => return Err("approve: the document has no approval object".into()),
        }
    }
    Ok(d)
}

/// A `contentDigest` or `migrate` case: the digest, or the migrated document, or the refusal.
fn check_document_function_case(case: &Value) -> Result<(), String> {
    let doc = case_document(case)?;
    let expect = &case["expect"];
    let outcome = match case["function"].as_str() {
        Some("contentDigest") => sefcheck::content_digest_value(&doc).map(Value::String),
        Some("migrate") => sefcheck::migrate_value(&doc),
        other => return Err(format!("not a document function: {other:?}")),
    };
    match (outcome, expect.get("throws")) {
        (Err(e), Some(code)) if code == e.kind.code() => Ok(()),
        (Err(e), _) => Err(format!("refused: {e}")),
        (Ok(_), Some(code)) => Err(format!("expected the refusal {code}")),
        (Ok(Value::String(digest)), None) if case["function"] == "contentDigest" => {
            if expect == &json!(digest) {
                Ok(())
            } else {
                Err(format!("expected {expect}, got {digest}"))
            }
        }
        (Ok(migrated), None) => {
            if same_json(&migrated, &expect["document"]) {
                Ok(())
            } else {
                Err(format!("migrated: {migrated}"))
            }
        }
    }
}

/// `at` and `absent` of a `nextYear` or `compare` case, and `document` or `comparison` whole
/// (key order included: the runner compares `JSON.stringify`'s texts).
fn check_yearly_expect(got: &Value, expect: &Value, whole: &str) -> Result<(), String> {
    if let Some(want) = expect.get(whole) {
        if serde_json::to_string(got).ok() != serde_json::to_string(want).ok() {
            return Err(format!("{whole}: got {got}"));
        }
    }
    for (pointer, want) in expect["at"].as_object().into_iter().flatten() {
        match got.pointer(pointer) {
            Some(value)
                if serde_json::to_string(value).ok() == serde_json::to_string(want).ok() => {}
            other => return Err(format!("at {pointer}: got {other:?}, expected {want}")),
        }
    }
    for pointer in expect["absent"].as_array().into_iter().flatten() {
        if let Some(found) = pointer.as_str().and_then(|p| got.pointer(p)) {
            return Err(format!("{pointer} is there: {found}"));
        }
    }
    Ok(())
}

/// A `nextYear` case (the draft, or the refusal) or a `compare` case (the comparison).
fn check_yearly_case(case: &Value) -> Result<(), String> {
    let expect = &case["expect"];
    if case["function"] == "nextYear" {
        let doc = case_document(case)?;
        return match (sefcheck::next_year_value(&doc), expect.get("throws")) {
            (Err(e), Some(code)) if code == e.kind.code() => Ok(()),
            (Err(e), _) => Err(format!("refused: {e}")),
            (Ok(_), Some(code)) => Err(format!("expected the refusal {code}")),
            (Ok(next), None) => check_yearly_expect(&next, expect, "document"),
        };
    }
    let previous = case_document(&case["previous"])?;
    let current = if case["current"]["nextYearOfPrevious"] == true {
        let mut next = sefcheck::next_year_value(&previous).map_err(|e| e.to_string())?;
        if let Some(ops) = case["current"]["patch"].as_array() {
            apply_patch(&mut next, ops);
        }
        next
    } else {
        case_document(&case["current"])?
    };
    let comparison = sefcheck::compare_value(&previous, &current).map_err(|e| e.to_string())?;
    check_yearly_expect(&comparison, expect, "comparison")
}

/// Equal as JavaScript holds JSON: numbers by value, objects whatever their key order.
fn same_json(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x.as_f64() == y.as_f64(),
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(a, b)| same_json(a, b))
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len()
                && x.iter()
                    .all(|(k, v)| y.get(k).is_some_and(|w| same_json(v, w)))
        }
        _ => a == b,
    }
}

/// A `countWords` or `countCharacters` case: the count, against the case's number.
fn check_count_case(case: &Value) -> Result<(), String> {
    let input = case["input"].as_str().ok_or("input must be a string")?;
    let got = match case["function"].as_str() {
        Some("countWords") => sefcheck::count_words(input),
        Some("countCharacters") => sefcheck::count_characters(input),
        other => return Err(format!("not a count case: {other:?}")),
    };
    match case["expect"].as_u64() {
        Some(want) if want == got as u64 => Ok(()),
        want => Err(format!("expected {want:?}, got {got}")),
    }
}

fn check_case(case: &Value) -> Result<(), String> {
    let expect = &case["expect"];
    let mut json_text: Option<String> = case["json"].as_str().map(str::to_string);
    let mut doc = None;
    if json_text.is_none() {
        let d = case_document(case)?;
        if let Some(generator) = case.get("jsonGenerator") {
            json_text = Some(build_json(generator, &d));
        } else {
            doc = Some(d);
        }
    }
    let result = match (&json_text, &doc) {
        (Some(text), _) => sefcheck::validate_json(text),
        (None, Some(d)) => sefcheck::validate_value(d),
        _ => unreachable!(),
    };
    if let Some(throws) = expect.get("throws") {
        let err = match result {
            Ok(_) => return Err("expected a refusal, got a report".into()),
            Err(e) => e,
        };
        if let Some(line) = throws.get("line") {
            let pos = err.position.ok_or("no position")?;
            if line.as_u64() != Some(pos.line as u64) {
                return Err(format!("line {} expected {line}", pos.line));
            }
            if let Some(col) = throws.get("column") {
                if col.as_u64() != Some(pos.column as u64) {
                    return Err(format!("column {} expected {col}", pos.column));
                }
            }
        }
        return Ok(());
    }
    let report = result.map_err(|e| format!("refused: {e}"))?;
    if let Some(d) = &doc {
        // The text route gives the same report as the value route.
        let again = sefcheck::validate_json(&serde_json::to_string(d).unwrap())
            .map_err(|e| format!("text route refused: {e}"))?;
        if again != report {
            return Err("validate_json(text) differs from validate_value".into());
        }
    }
    let r: Value = serde_json::from_str(&report.to_json()).unwrap();
    let diags = r["diagnostics"].as_array().unwrap();
    let got = || diags.iter().map(key).collect::<Vec<_>>().join(", ");
    let mut bad = vec![];
    for k in ["readyToShare", "errors", "warnings", "acknowledged"] {
        if let Some(want) = expect.get(k) {
            if &r[k] != want {
                bad.push(format!("{k}: expected {want}, got {} [{}]", r[k], got()));
            }
        }
    }
    for want in expect["includes"].as_array().into_iter().flatten() {
        if !diags.iter().any(|d| matches(want, d)) {
            bad.push(format!("missing {want}"));
        }
    }
    for want in expect["excludes"].as_array().into_iter().flatten() {
        let w = json!({"code": want["code"], "path": want.get("path")});
        let w = if want.get("path").is_none() {
            json!({"code": want["code"]})
        } else {
            w
        };
        if let Some(hit) = diags.iter().find(|d| matches(&w, d)) {
            bad.push(format!("unexpected {}", key(hit)));
        }
    }
    if let Some(exactly) = expect["exactly"].as_array() {
        let mut want: Vec<_> = exactly.iter().map(key).collect();
        let mut have: Vec<_> = diags.iter().map(key).collect();
        want.sort();
        have.sort();
        if want != have {
            bad.push(format!("exactly: want {want:?}\n have {have:?}"));
        }
    }
    if let Some(ordered) = expect["ordered"].as_array() {
        let want: Vec<_> = ordered.iter().map(key).collect();
        let have: Vec<_> = diags.iter().map(key).collect();
        if want != have {
            bad.push(format!("ordered: want {want:?}\n have {have:?}"));
        }
    }
    if let Some(sections) = expect["sections"].as_object() {
        for (id, status) in sections {
            let s = r["sections"]
                .as_array()
                .unwrap()
                .iter()
                .find(|s| &s["id"] == id)
                .unwrap();
            if &s["status"] != status {
                bad.push(format!(
                    "section {id}: expected {status}, got {}",
                    s["status"]
                ));
            }
        }
    }
    if bad.is_empty() {
        Ok(())
    } else {
        Err(bad.join("; "))
    }
}

#[test]
fn conformance_cases_pass_natively() {
    let dir = repo_path("tests/conformance/cases");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("the conformance cases {} are missing: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    let mut failures = vec![];
    let mut ran = 0;
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap();
        // A case that puts a lone surrogate into a JavaScript object cannot be read into a
        // serde_json value at all; the runner (`npm run conformance`) runs those.
        let Ok(case) = serde_json::from_str::<Value>(&text) else {
            assert!(
                text.contains("\\ud8") || text.contains("\\udc"),
                "unreadable case"
            );
            continue;
        };
        if case.get("jsGenerator").is_some() || case["function"] == "scanDisclosure" {
            continue;
        }
        ran += 1;
        let name = file.file_name().unwrap().to_string_lossy().to_string();
        let check = || match case["function"].as_str() {
            Some("contentDigest" | "migrate") => check_document_function_case(&case),
            Some("nextYear" | "compare") => check_yearly_case(&case),
            Some(_) => check_count_case(&case),
            None => check_case(&case),
        };
        match std::panic::catch_unwind(check) {
            Ok(Ok(())) => {}
            Ok(Err(e)) => failures.push(format!("{name}: {e}")),
            Err(_) => failures.push(format!("{name}: panicked")),
        }
    }
    assert!(ran > 150, "only {ran} cases ran");
    assert!(
        failures.is_empty(),
        "{} of {ran} cases failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
    println!("{ran} conformance cases passed natively");
}
