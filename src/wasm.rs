//! The WebAssembly binding: every `#[wasm_bindgen]` item of the crate, a thin pipeline over the
//! core's public API. The core never sees a `JsValue`.
//!
//! These exports are the package's internal interface; the JavaScript facade (`js/facade.mjs`)
//! is the public one. The boundary moves text as UTF-8 bytes: the facade asks for a buffer with
//! [`input_buffer`], writes the text straight into WebAssembly memory with
//! `TextEncoder.encodeInto`, and calls one of the `*_input` functions with the number of bytes
//! written. docs/architecture.md ("Why UTF-8 text") has the figures that chose this over wasm-bindgen's own string
//! passing.
//!
//! Every call that takes input returns an outcome as JSON text, which the facade reads with
//! `JSON.parse`: `{"ok": ...}` with the result (a report in its canonical form, the text of
//! `Report::to_json`), or `{"refusal": {"code", "message", "line"?, "column"?}}` for
//! refused input, decided and worded by the core (src/refusal.rs; docs/architecture.md,
//! "Refusals"). Every JSON text is written by src/json_write.rs, not serde_json, whose
//! serialiser is kept out of the module. Nothing is thrown across the boundary, and nothing in
//! this module can panic on input.

use crate::disclosure::DisclosureFinding;
use crate::json_write::to_json;
use crate::limits::{LIMITS, MAX_BYTES, MAX_VALUE_BYTES};
use crate::refusal::{admit_nesting, admit_size, InputError, InputErrorKind};
use crate::ValidateOptions;
use std::cell::{Cell, RefCell};
use wasm_bindgen::prelude::*;

/// The module's allocator (Cargo.toml says why talc).
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

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
/// the memory cannot grow that far (the facade then hands over nothing, and the call that
/// follows refuses the input as too large).
#[wasm_bindgen(js_name = inputBuffer)]
pub fn input_buffer(len: usize) -> *mut u8 {
    let mut buffer = INPUT.take();
    // Only grown, never cleared: JavaScript writes the bytes it hands over, and the bytes past
    // them are never read, so zero-filling the whole buffer on every call would be wasted.
    if buffer.len() < len {
        if buffer.try_reserve_exact(len - buffer.len()).is_err() {
            INPUT.set(buffer);
            return std::ptr::null_mut();
        }
        buffer.resize(len, 0);
    }
    let at = buffer.as_mut_ptr();
    INPUT.set(buffer);
    at
}

/// Runs `f` on the input: `len` bytes written into the input buffer, of a text whose UTF-8 is
/// `size` bytes (more than `len` when the facade could not, or did not, hand it all over).
/// Too large (over `limit`, or not all in the buffer) and not UTF-8 are refused here.
fn with_input<T>(
    len: usize,
    size: usize,
    limit: usize,
    f: impl FnOnce(&str) -> Result<T, InputError>,
) -> Result<T, InputError> {
    admit_size(size, len, limit)?;
    let buffer = INPUT.take();
    let result = match buffer.get(..len).map(std::str::from_utf8) {
        Some(Ok(text)) => f(text),
        Some(Err(_)) => Err(InputErrorKind::NotUtf8.into()),
        // The facade wrote more than it asked room for: the text is not all here.
        None => Err(InputErrorKind::TooLarge { bytes: size, limit }.into()),
    };
    if buffer.capacity() <= KEEP_BUFFER_BYTES {
        INPUT.set(buffer);
    }
    result
}

/// `validateJson`: the JSON text in the input buffer (`size` bytes of UTF-8, of which `len` are
/// in the buffer), its report as the outcome. `lone_surrogate_at`: the UTF-16 index of the
/// first lone surrogate the JavaScript string held, which the facade replaced by U+FFFD to
/// carry it as UTF-8. `positions`: the report's diagnostics get `line` and `column`.
#[wasm_bindgen(js_name = validateJsonInput)]
pub fn validate_json_input(
    len: usize,
    size: usize,
    lone_surrogate_at: Option<u32>,
    positions: bool,
) -> String {
    reserve_working_memory(len);
    let report = with_input(len, size, MAX_BYTES, |text| {
        let at = lone_surrogate_at.map(|at| at as usize);
        let document = crate::json::parse_carried(text, at)?;
        Ok(crate::report_of(text, &document, ValidateOptions { positions }).to_json())
    });
    outcome(report, true)
}

/// `validate`: the JSON text `JSON.stringify` made of a JavaScript value (no 5 MiB limit, and
/// positions in that text would mean nothing to the caller), whose containers the facade
/// measured as nesting `nesting` levels deep. When it found them too deep, or the text too
/// long, to be worth making, `len` is 0 and `size` what it measured.
#[wasm_bindgen(js_name = validateValueInput)]
pub fn validate_value_input(len: usize, size: usize, nesting: usize) -> String {
    let report = with_value_input(len, size, nesting, |document| {
        Ok(crate::rules::validate(document).to_json())
    });
    outcome(report, false)
}

/// The JSON text `JSON.stringify` made of a JavaScript value, parsed as `validate` parses it
/// (see [`validate_value_input`] for `len`, `size` and `nesting`), then `f` of the document.
fn with_value_input(
    len: usize,
    size: usize,
    nesting: usize,
    f: impl FnOnce(&crate::Value) -> Result<String, InputError>,
) -> Result<String, InputError> {
    admit_nesting(nesting).and_then(|()| {
        reserve_working_memory(len);
        with_input(len, size, MAX_VALUE_BYTES, |text| {
            f(&crate::json::parse_unbounded(text)?)
        })
    })
}

/// `contentDigest`: the document's content digest, as a JSON string.
#[wasm_bindgen(js_name = contentDigestInput)]
pub fn content_digest_input(len: usize, size: usize, nesting: usize) -> String {
    let digest = with_value_input(len, size, nesting, |document| {
        Ok(to_json(crate::digest::content_digest(document).as_str()))
    });
    outcome(digest, false)
}

/// `migrate`: the migrated document, as the JSON text `JSON.stringify` would give for it.
#[wasm_bindgen(js_name = migrateInput)]
pub fn migrate_input(len: usize, size: usize, nesting: usize) -> String {
    let migrated = with_value_input(len, size, nesting, |document| {
        let migrated = crate::migrate::migrate(document)?;
        Ok(crate::stringify::to_string(
            &migrated,
            crate::stringify::Order::JavaScript,
        ))
    });
    outcome(migrated, false)
}

/// `nextYear`: next year's draft (docs/spec/yearly.md), as the JSON text `JSON.stringify`
/// would give for it; refusals as `migrate`'s, and `migrate-first`, `not-format-2`, `no-period`.
#[wasm_bindgen(js_name = nextYearInput)]
pub fn next_year_input(len: usize, size: usize, nesting: usize) -> String {
    let next = with_value_input(len, size, nesting, |document| {
        let next = crate::yearly::next_year(document)?;
        Ok(crate::stringify::to_string(
            &next,
            crate::stringify::Order::JavaScript,
        ))
    });
    outcome(next, false)
}

/// `compare`: the comparison of two documents (docs/spec/yearly.md) as JSON text. The facade
/// hands over the JSON text of the previous document followed by that of the current one,
/// `first` the UTF-8 length of the previous one's; `size` and `nesting` are of both together
/// (their sum, and the deeper), as for [`validate_value_input`].
#[wasm_bindgen(js_name = compareInput)]
pub fn compare_input(len: usize, size: usize, nesting: usize, first: usize) -> String {
    let comparison = admit_nesting(nesting).and_then(|()| {
        reserve_working_memory(len);
        with_input(len, size, MAX_VALUE_BYTES, |text| {
            // A split that is not where one text ends is a bug of the facade: the text is not
            // what it meant to hand over.
            let (Some(previous), Some(current)) = (text.get(..first), text.get(first..)) else {
                return Err(InputErrorKind::NotUtf8.into());
            };
            let previous = crate::json::parse_unbounded(previous)?;
            let current = crate::json::parse_unbounded(current)?;
            Ok(crate::yearly::compare(&previous, &current))
        })
    });
    outcome(comparison, false)
}

/// `countWords` of the text in the input buffer.
#[wasm_bindgen(js_name = countWordsInput)]
pub fn count_words_input(len: usize, size: usize) -> String {
    outcome(
        with_input(len, size, MAX_VALUE_BYTES, |text| {
            Ok(crate::count_words(text).to_string())
        }),
        false,
    )
}

/// `countCharacters` of the text in the input buffer.
#[wasm_bindgen(js_name = countCharactersInput)]
pub fn count_characters_input(len: usize, size: usize) -> String {
    outcome(
        with_input(len, size, MAX_VALUE_BYTES, |text| {
            Ok(crate::count_characters(text).to_string())
        }),
        false,
    )
}

/// `scanDisclosure` of the text in the input buffer: the findings, spans in UTF-16 code units
/// as the core gives them.
#[wasm_bindgen(js_name = scanDisclosureInput)]
pub fn scan_disclosure_input(len: usize, size: usize) -> String {
    let findings = with_input(len, size, MAX_VALUE_BYTES, |text| {
        let findings: Vec<DisclosureFinding> = crate::scan_disclosure(text)
            .into_iter()
            .map(DisclosureFinding::from)
            .collect();
        Ok(to_json(&findings))
    });
    outcome(findings, false)
}

/// The form definition as JSON text.
#[wasm_bindgen(js_name = formDefinitionJson)]
pub fn form_definition_json() -> String {
    crate::form_definition().to_json()
}

/// The rule catalogue as JSON text: `[{ code, severity, title, description }]`.
#[wasm_bindgen(js_name = rulesJson)]
pub fn rules_json() -> String {
    crate::code::rule_catalogue_json()
}

/// The limits as JSON text: `{ maxBytes, maxDepth, maxItems, maxIdLength, maxValueBytes }`.
#[wasm_bindgen(js_name = limitsJson)]
pub fn limits_json() -> String {
    LIMITS.to_json()
}

/// A new draft document as JSON text.
#[wasm_bindgen(js_name = emptyDocumentJson)]
pub fn empty_document_json() -> String {
    crate::EMPTY_DOCUMENT_JSON.to_owned()
}

#[wasm_bindgen]
extern "C" {
    /// What the facade may give [`set_sha256_host`]: an object whose `sha256(at, len, out)`
    /// writes the SHA-256 of the `len` bytes of the module's memory at `at` into the 32 bytes at
    /// `out` and returns true (in Node, with `crypto.hash`), or returns false. Addresses rather
    /// than arrays keep wasm-bindgen's array and exception glue out of the module.
    pub type Sha256Host;
    #[wasm_bindgen(method, structural)]
    fn sha256(this: &Sha256Host, at: *const u8, len: usize, out: *mut u8) -> bool;
}

thread_local! {
    /// The host's SHA-256, when the facade gave one.
    static SHA256_HOST: RefCell<Option<Sha256Host>> = const { RefCell::new(None) };
}

/// Hands the content digest a host's SHA-256 (or, with `undefined`, sha2's again): see
/// `digest::HostSha256`. The Node entry gives Node's; browsers have no synchronous one.
#[wasm_bindgen(js_name = setSha256Host)]
pub fn set_sha256_host(host: Option<Sha256Host>) {
    let given = host.is_some();
    SHA256_HOST.set(host);
    crate::digest::use_host_sha256(given.then_some(host_sha256 as crate::digest::HostSha256));
}

/// The host's SHA-256 of `bytes`; `None` (sha2 then) when it gave none.
fn host_sha256(bytes: &[u8]) -> Option<[u8; 32]> {
    let mut sum = [0u8; 32];
    SHA256_HOST
        .with_borrow(|host| {
            host.as_ref()?
                .sha256(bytes.as_ptr(), bytes.len(), sum.as_mut_ptr())
                .then_some(())
        })
        .map(|()| sum)
}

/// The outcome of a call as JSON text: `{"ok": ...}` around the result's JSON text, or the
/// refusal. `with_position`: give `line` and `column` when the refusal has them
/// (`validateJson`'s text; not `validate`'s, which the caller never saw).
fn outcome(result: Result<String, InputError>, with_position: bool) -> String {
    match result {
        Ok(json) => {
            let mut out = String::with_capacity(json.len() + 7);
            out.push_str("{\"ok\":");
            out.push_str(&json);
            out.push('}');
            out
        }
        Err(refused) => refused.refusal_json(with_position),
    }
}

/// The boundary variants measured against [`validate_json_input`] (scripts/bench-boundary.sh,
/// README.md "Design"); built only with the `boundary-variants` feature, never shipped.
#[cfg(feature = "boundary-variants")]
pub mod variants {
    use super::*;

    /// The text through wasm-bindgen's own string passing.
    #[wasm_bindgen(js_name = validateStr)]
    pub fn validate_str(text: &str) -> String {
        outcome(crate::validate_json(text).map(|r| r.to_json()), true)
    }

    /// The text as `TextEncoder.encode`'s bytes, copied in by wasm-bindgen.
    #[wasm_bindgen(js_name = validateBytes)]
    pub fn validate_bytes(bytes: &[u8]) -> String {
        let report = std::str::from_utf8(bytes)
            .map_err(|_| InputError::from(InputErrorKind::NotUtf8))
            .and_then(crate::validate_json);
        outcome(report.map(|r| r.to_json()), true)
    }

    /// The report as a JavaScript object built by serde-wasm-bindgen instead of JSON text.
    #[wasm_bindgen(js_name = validateInputToObject)]
    pub fn validate_input_to_object(len: usize) -> JsValue {
        with_input(len, len, MAX_BYTES, crate::validate_json)
            .ok()
            .and_then(|report| serde_wasm_bindgen::to_value(&report).ok())
            .unwrap_or(JsValue::NULL)
    }

    /// Crossing only: the byte count of what arrived, by each way in.
    #[wasm_bindgen(js_name = touchInput)]
    pub fn touch_input(len: usize) -> usize {
        with_input(len, len, MAX_VALUE_BYTES, |text| Ok(text.len())).unwrap_or(0)
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
