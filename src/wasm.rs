//! The WebAssembly binding: every `#[wasm_bindgen]` item of the crate, a thin pipeline over the
//! core's public API. The core never sees a `JsValue`.
//!
//! These exports are the package's internal interface; the JavaScript facade (`js/facade.mjs`)
//! is the public one. The boundary moves text as UTF-8 bytes: the facade asks for a buffer with
//! [`input_buffer`], writes the text straight into WebAssembly memory with
//! `TextEncoder.encodeInto`, and calls one of the `*_input` functions with the number of bytes
//! written. Results come back as JSON text (the report's canonical form, [`Report::to_json`]),
//! which the facade turns into objects with `JSON.parse`. README.md, "Design", has the figures
//! that chose this over wasm-bindgen's own string passing.
//!
//! Refused input becomes a JavaScript `Error` with a `code` property (and `line` and `column`
//! for JSON text), built here from [`InputError`]: nothing in this module can panic on input.

use crate::json::{self, InputError, InputErrorKind};
use crate::report::Report;
use serde::Serialize;
use std::cell::Cell;
use wasm_bindgen::prelude::*;

/// Buffers larger than this are dropped after use rather than kept for the next call.
const KEEP_BUFFER_BYTES: usize = 1 << 20;

thread_local! {
    /// The bytes of the next input, written by JavaScript through [`input_buffer`].
    static INPUT: Cell<Vec<u8>> = const { Cell::new(Vec::new()) };
}

/// The module's memory, for the facade's views into it. (Not `memory`: the module already
/// exports its memory under that name.)
#[wasm_bindgen(js_name = wasmMemory)]
pub fn wasm_memory() -> JsValue {
    wasm_bindgen::memory()
}

/// Makes room for `len` bytes of input and returns where JavaScript may write them; 0 when
/// the memory cannot grow that far (the facade then refuses the input as too large).
#[wasm_bindgen(js_name = inputBuffer)]
pub fn input_buffer(len: usize) -> *mut u8 {
    let mut buffer = INPUT.take();
    buffer.clear();
    if buffer.try_reserve_exact(len).is_err() {
        return std::ptr::null_mut();
    }
    buffer.resize(len, 0);
    let at = buffer.as_mut_ptr();
    INPUT.set(buffer);
    at
}

/// Runs `f` on the first `len` bytes written into the input buffer, as a `&str`.
fn with_input<T>(len: usize, f: impl FnOnce(&str) -> Result<T, JsValue>) -> Result<T, JsValue> {
    let buffer = INPUT.take();
    let result = match buffer.get(..len).map(std::str::from_utf8) {
        Some(Ok(text)) => f(text),
        Some(Err(_)) => Err(error(
            "The text is not valid UTF-8: give a JavaScript string",
            "not-utf8",
            None,
        )),
        None => Err(error(
            "The input buffer is smaller than the text given",
            "internal",
            None,
        )),
    };
    if buffer.capacity() <= KEEP_BUFFER_BYTES {
        INPUT.set(buffer);
    }
    result
}

/// Validates the JSON text in the input buffer and returns the report as JSON text.
/// `limited`: `validateJson`'s reading (over 5 MiB refused, errors with `line` and `column`);
/// otherwise the text is `JSON.stringify`'s from a JavaScript value (`validate`): no size
/// limit, and positions in that text would mean nothing to the caller.
#[wasm_bindgen(js_name = validateInput)]
pub fn validate_input(len: usize, limited: bool) -> Result<String, JsValue> {
    with_input(len, |text| {
        let report: Result<Report, InputError> = if limited {
            crate::validate_json(text)
        } else {
            json::parse_unbounded(text).map(|document| crate::rules::validate(&document))
        };
        report
            .map(|r| r.to_json())
            .map_err(|e| input_error(&e, limited))
    })
}

/// `countWords` of the text in the input buffer.
#[wasm_bindgen(js_name = countWordsInput)]
pub fn count_words_input(len: usize) -> Result<usize, JsValue> {
    with_input(len, |text| Ok(crate::count_words(text)))
}

/// `countCharacters` of the text in the input buffer.
#[wasm_bindgen(js_name = countCharactersInput)]
pub fn count_characters_input(len: usize) -> Result<usize, JsValue> {
    with_input(len, |text| Ok(crate::count_characters(text)))
}

/// One finding of `scanDisclosure`, as JavaScript sees it.
#[derive(Serialize)]
struct DisclosureFinding {
    code: &'static str,
    severity: &'static str,
    start: usize,
    end: usize,
}

/// `scanDisclosure` of the text in the input buffer, as a JSON array. The spans are in
/// UTF-16 code units, as the core gives them.
#[wasm_bindgen(js_name = scanDisclosureInput)]
pub fn scan_disclosure_input(len: usize) -> Result<String, JsValue> {
    with_input(len, |text| {
        let findings: Vec<DisclosureFinding> = crate::scan_disclosure(text)
            .into_iter()
            .map(|f| DisclosureFinding {
                code: f.kind.code(),
                severity: f.kind.severity().as_str(),
                start: f.start,
                end: f.end,
            })
            .collect();
        to_json(&findings)
    })
}

/// The form definition as JSON text.
#[wasm_bindgen(js_name = formDefinitionJson)]
pub fn form_definition_json() -> Result<String, JsValue> {
    to_json(crate::form_definition())
}

/// The rule catalogue as JSON text: `[{ code, severity, title, description }]`.
#[wasm_bindgen(js_name = rulesJson)]
pub fn rules_json() -> Result<String, JsValue> {
    to_json(crate::rule_catalogue())
}

/// A new draft document as JSON text.
#[wasm_bindgen(js_name = emptyDocumentJson)]
pub fn empty_document_json() -> String {
    crate::empty_document().to_string()
}

/// The error `validateJson` throws for text whose UTF-8 encoding is `bytes` long, over the
/// limit: the facade finds that out before copying the text.
#[wasm_bindgen(js_name = tooLargeError)]
pub fn too_large_error(bytes: usize) -> JsValue {
    let refused = InputError {
        kind: InputErrorKind::TooLarge(bytes),
        position: None,
    };
    input_error(&refused, true)
}

/// The error for a JavaScript string holding a lone surrogate at `line` and `column` (both
/// from 1, the column in UTF-16 code units), which UTF-8 cannot carry into the module.
#[wasm_bindgen(js_name = loneSurrogateError)]
pub fn lone_surrogate_error(line: usize, column: usize) -> JsValue {
    let refused = InputError {
        kind: InputErrorKind::LoneSurrogate,
        position: Some(json::Position { line, column }),
    };
    input_error(&refused, true)
}

fn to_json<T: Serialize + ?Sized>(value: &T) -> Result<String, JsValue> {
    serde_json::to_string(value)
        .map_err(|_| error("The data could not be written as JSON", "internal", None))
}

/// The `code` property of a refusal: stable names for programs to test.
fn code(kind: &InputErrorKind) -> &'static str {
    match kind {
        InputErrorKind::TooLarge(_) => "too-large",
        InputErrorKind::Syntax(_) => "not-json",
        InputErrorKind::TooDeep => "too-deep",
        InputErrorKind::NumberTooLarge => "number-too-large",
        InputErrorKind::LoneSurrogate => "lone-surrogate",
    }
}

/// A refusal as a JavaScript `Error`; its message is [`InputError`]'s, which never holds
/// document text. `with_position`: give `line` and `column` when the error has them.
fn input_error(refused: &InputError, with_position: bool) -> JsValue {
    let position = if with_position {
        refused.position.map(|p| (p.line, p.column))
    } else {
        None
    };
    error(&refused.to_string(), code(&refused.kind), position)
}

fn error(message: &str, code: &str, position: Option<(usize, usize)>) -> JsValue {
    let e = js_sys::Error::new(message);
    // Reflect.set on a fresh Error cannot fail; if it somehow did, the Error still stands.
    let _ = js_sys::Reflect::set(&e, &"code".into(), &code.into());
    if let Some((line, column)) = position {
        let _ = js_sys::Reflect::set(&e, &"line".into(), &(line as f64).into());
        let _ = js_sys::Reflect::set(&e, &"column".into(), &(column as f64).into());
    }
    e.into()
}
