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
//! for JSON text), described here from [`InputError`] and built by the facade: nothing in this
//! module can panic on input.

use crate::json::{self, InputError, InputErrorKind};
use crate::report::Report;
use serde::Serialize;
use std::cell::Cell;
use wasm_bindgen::prelude::*;

/// Buffers larger than this are dropped after use rather than kept for the next call.
const KEEP_BUFFER_BYTES: usize = 8 << 20;

/// Working memory made ready before validating, per byte of input: about what the parsed tree
/// and the report of a large document take (a 5 MiB document of deeply nested lists took the
/// module's memory to 66 MiB).
const WORKING_BYTES_PER_INPUT_BYTE: usize = 12;

/// The most made ready in advance: enough for any text `validateJson` accepts (5 MiB), and a
/// bound for `validate`, which takes larger values (memory, once grown, is never given back).
const MAX_RESERVED_BYTES: usize = 256 << 20;

/// Grows the module's memory, in one step, to what validating `len` bytes is likely to need:
/// one allocation, freed at once, which the allocator keeps and serves the call's allocations
/// from. Left to itself the allocator grows the memory 64 KiB at a time, and in Node every
/// growth of a module's memory counts as new external memory for V8, which answers with full
/// garbage collections of the JavaScript heap: `validate` of a 5 MiB document (a heap of 150 MB
/// in JavaScript) spent most of its first call in back-to-back collections.
fn reserve_working_memory(len: usize) {
    // The form definition lives as long as the module: made first, it is not left in the
    // middle of the room, which the next large call can then have back whole.
    crate::form_definition();
    let mut room: Vec<u8> = Vec::new();
    // Best effort: when the memory cannot grow that far, the call grows it as it goes.
    if room
        .try_reserve_exact(
            len.saturating_mul(WORKING_BYTES_PER_INPUT_BYTE)
                .min(MAX_RESERVED_BYTES),
        )
        .is_ok()
    {
        // Kept from the optimiser, which may drop an allocation nothing reads.
        std::hint::black_box(room.as_mut_ptr());
    }
}

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
    // Only grown, never cleared: JavaScript writes the bytes it hands over, and the bytes past
    // them are never read, so zero-filling the whole buffer on every call would be wasted.
    if buffer.len() < len {
        if buffer.try_reserve_exact(len - buffer.len()).is_err() {
            return std::ptr::null_mut();
        }
        buffer.resize(len, 0);
    }
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
    reserve_working_memory(len);
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
                code: f.kind.code().as_str(),
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
    crate::EMPTY_DOCUMENT_JSON.to_owned()
}

/// The refusal (as [`Refusal`] JSON text) for `validateJson` text whose UTF-8 encoding is
/// `bytes` long, over the limit: the facade finds that out before copying the text.
#[wasm_bindgen(js_name = tooLargeError)]
pub fn too_large_error(bytes: usize) -> JsValue {
    let refused = InputError {
        kind: InputErrorKind::TooLarge {
            bytes,
            limit: crate::limits::MAX_BYTES,
        },
        position: None,
    };
    input_error(&refused, true)
}

/// The refusal (as [`Refusal`] JSON text) for a JavaScript string holding a lone surrogate at
/// `line` and `column` (both from 1, the column in UTF-16 code units), which UTF-8 cannot
/// carry into the module.
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

/// A refusal for JavaScript; its message is [`InputError`]'s, which never holds document
/// text. `with_position`: give `line` and `column` when the error has them.
fn input_error(refused: &InputError, with_position: bool) -> JsValue {
    let position = if with_position {
        refused.position.map(|p| (p.line, p.column))
    } else {
        None
    };
    error(&refused.to_string(), refused.kind.code(), position)
}

/// A refusal on its way to JavaScript: thrown by the glue as this JSON text, which the facade
/// (`refusalError` in js/facade.mjs) turns into the `Error` the caller sees. Building the
/// `Error` there rather than through js-sys keeps js-sys out of the module.
#[derive(Serialize)]
struct Refusal<'a> {
    refusal: &'a str,
    message: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    line: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    column: Option<usize>,
}

fn error(message: &str, code: &str, position: Option<(usize, usize)>) -> JsValue {
    let refusal = Refusal {
        refusal: code,
        message,
        line: position.map(|p| p.0),
        column: position.map(|p| p.1),
    };
    // Serialising strings and numbers cannot fail; should it, the facade still throws an Error.
    JsValue::from_str(&serde_json::to_string(&refusal).unwrap_or_default())
}

/// The boundary variants measured against [`validate_input`] (scripts/bench-boundary.sh,
/// README.md "Design"); built only with the `boundary-variants` feature, never shipped.
#[cfg(feature = "boundary-variants")]
pub mod variants {
    use super::*;

    /// The text through wasm-bindgen's own string passing.
    #[wasm_bindgen(js_name = validateStr)]
    pub fn validate_str(text: &str) -> Result<String, JsValue> {
        crate::validate_json(text)
            .map(|r| r.to_json())
            .map_err(|e| input_error(&e, true))
    }

    /// The text as `TextEncoder.encode`'s bytes, copied in by wasm-bindgen.
    #[wasm_bindgen(js_name = validateBytes)]
    pub fn validate_bytes(bytes: &[u8]) -> Result<String, JsValue> {
        let text = std::str::from_utf8(bytes).map_err(|_| error("not UTF-8", "not-utf8", None))?;
        crate::validate_json(text)
            .map(|r| r.to_json())
            .map_err(|e| input_error(&e, true))
    }

    /// The report as a JavaScript object built by serde-wasm-bindgen instead of JSON text.
    #[wasm_bindgen(js_name = validateInputToObject)]
    pub fn validate_input_to_object(len: usize) -> Result<JsValue, JsValue> {
        with_input(len, |text| {
            let report = crate::validate_json(text).map_err(|e| input_error(&e, true))?;
            serde_wasm_bindgen::to_value(&report).map_err(|_| error("serde", "internal", None))
        })
    }

    /// Crossing only: the byte count of what arrived, by each way in.
    #[wasm_bindgen(js_name = touchInput)]
    pub fn touch_input(len: usize) -> Result<usize, JsValue> {
        with_input(len, |text| Ok(text.len()))
    }

    #[wasm_bindgen(js_name = touchStr)]
    pub fn touch_str(text: &str) -> usize {
        text.len()
    }

    #[wasm_bindgen(js_name = touchBytes)]
    pub fn touch_bytes(bytes: &[u8]) -> usize {
        std::str::from_utf8(bytes).map_or(0, str::len)
    }
}
