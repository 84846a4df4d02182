//! The content digest (rules.md, "The approval"): the SHA-256, in lower-case hexadecimal, of
//! the document's canonical JSON (RFC 8785) without its top-level `approval` and `$schema`
//! members. The approval holds the digest of what was approved; `approval-changed` compares it
//! with this. `$schema` only tells an editor where the schema is, which may move without
//! changing a word of what was approved.

use crate::form::SCHEMA_KEY;
use crate::stringify::{self, Order, Sink};
use crate::value::Value;
use sha2::{Digest, Sha256};
use std::cell::Cell;

/// The member the digest leaves out: the approval, which holds the digest.
pub const APPROVAL_KEY: &str = "approval";

/// The top-level members the digest leaves out: the approval and the editor's `$schema`.
fn left_out(key: &str) -> bool {
    key == APPROVAL_KEY || key == SCHEMA_KEY
}

/// [`DIGEST_LENGTH`] as a literal, for `concat!` (the form definition's digest pattern).
macro_rules! digest_length {
    () => {
        64
    };
}
pub(crate) use digest_length;

/// How many hexadecimal digits a digest has.
pub const DIGEST_LENGTH: usize = digest_length!();

/// A SHA-256 of the host's, which the digest uses instead of sha2's for texts of at least
/// [`HOST_MIN_BYTES`]: in Node, `crypto.hash` hashes with the CPU's SHA instructions, many
/// times faster than any SHA-256 in WebAssembly (docs/performance.md, "SHA-256 from the
/// host"). `None` from it (a host that failed) falls back to sha2. sha2 stays the reference:
/// the digest is the same either way, which tests/host-sha256.test.mjs checks.
pub type HostSha256 = fn(&[u8]) -> Option<[u8; 32]>;

/// Below this many bytes of canonical text, sha2 is as quick as calling the host: in Node the
/// two took the same time at about 256 bytes (`contentDigest` of texts of 10 to 4,106 bytes).
pub const HOST_MIN_BYTES: usize = 256;

thread_local! {
    /// The host's SHA-256, when the binding has been given one (never natively).
    static HOST_SHA256: Cell<Option<HostSha256>> = const { Cell::new(None) };
}

/// Makes [`content_digest`] use `host` (or sha2 again, with `None`) in this thread.
pub fn use_host_sha256(host: Option<HostSha256>) {
    HOST_SHA256.set(host);
}

/// The canonical text goes straight into the hash, or, for the host's SHA-256, into `text`
/// first (one sink for both, so the module holds one copy of the canonical writer).
struct Hashing {
    sha2: Sha256,
    text: Option<String>,
}

impl Sink for Hashing {
    fn push_str(&mut self, text: &str) {
        match &mut self.text {
            Some(buffer) => buffer.push_str(text),
            None => self.sha2.update(text.as_bytes()),
        }
    }
}

/// The document's content digest. A value that is not an object is digested as it is.
pub fn content_digest(document: &Value) -> String {
    let host = HOST_SHA256.get();
    let mut hashing = Hashing {
        sha2: Sha256::new(),
        text: host.map(|_| String::new()),
    };
    write_content(&mut hashing, document);
    if let (Some(host), Some(text)) = (host, hashing.text.take()) {
        if let Some(sum) = Some(&text)
            .filter(|t| t.len() >= HOST_MIN_BYTES)
            .and_then(|t| host(t.as_bytes()))
        {
            return hex(&sum);
        }
        hashing.push_str(&text);
    }
    hex(&hashing.sha2.finalize())
}

/// The canonical JSON text the digest is taken of (for tests and for whoever wants to see it).
pub fn canonical_content(document: &Value) -> String {
    let mut out = String::new();
    write_content(&mut out, document);
    out
}

fn write_content(sink: &mut impl Sink, document: &Value) {
    match document {
        // Written without the members left out, rather than from a copy without them: a copy
        // of the whole document doubled the peak memory of a deeply nested one.
        Value::Object(members) => {
            stringify::write_object_without(sink, members, left_out, Order::Canonical);
        }
        _ => stringify::write(sink, document, Order::Canonical),
    }
}

/// A digest as its form requires: 64 of `0-9 a-f` (document.md, "Kinds of value").
pub fn is_digest(text: &str) -> bool {
    text.len() == DIGEST_LENGTH && text.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for &b in bytes {
        out.push(char::from(DIGITS[usize::from(b >> 4)]));
        out.push(char::from(DIGITS[usize::from(b & 0xf)]));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json;

    fn digest(text: &str) -> String {
        content_digest(&json::parse(text).unwrap_or(Value::Null))
    }

    #[test]
    fn sha256_of_the_canonical_text() {
        // `printf '{}' | sha256sum`, and of `null`, `"a"`.
        assert_eq!(
            digest("{}"),
            "44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a"
        );
        assert_eq!(
            digest("null"),
            "74234e98afe7498fb5daf1f36ac2d78acc339464f950703b8c019892f982b90b"
        );
        assert_eq!(
            digest(r#""a""#),
            "ac8d8342bbb2362d13f0a559a3621bb407011368895164b628a54f7fc33fc43c"
        );
    }

    #[test]
    fn without_the_approval_in_any_order_with_any_white_space() {
        let a = r#"{"b": [1.0, "x"], "a": {"d": 1e2, "c": null}, "approval": {"digest": "x"}}"#;
        let b = "{\"a\":{\"c\":null,\"d\":100},\n\t\"b\":[1,\"x\"]}";
        assert_eq!(digest(a), digest(b));
        assert_eq!(
            canonical_content(&json::parse(a).unwrap_or(Value::Null)),
            r#"{"a":{"c":null,"d":100},"b":[1,"x"]}"#
        );
        // Only the top-level approval is left out; white space inside a string counts.
        assert_ne!(digest(r#"{"x":{"approval":1}}"#), digest(r#"{"x":{}}"#));
        // `$schema` is left out at the top, whatever it holds, and only there.
        assert_eq!(
            digest(r#"{"$schema":"./s.json","a":1}"#),
            digest(r#"{"a":1}"#)
        );
        assert_eq!(
            digest(r#"{"$schema":[1],"approval":{},"a":1}"#),
            digest(r#"{"a":1}"#)
        );
        assert_ne!(digest(r#"{"x":{"$schema":"s"}}"#), digest(r#"{"x":{}}"#));
        assert_ne!(digest(r#"{"x":"a b"}"#), digest(r#"{"x":"a  b"}"#));
        // Of two equal keys the last wins, as JSON.parse reads them.
        assert_eq!(digest(r#"{"x":1,"x":2}"#), digest(r#"{"x":2}"#));
        // A value that is not an object is digested as it is, approval or not.
        assert_eq!(digest("[1]"), digest("[1.0]"));
    }

    #[test]
    fn a_host_sha256_is_asked_for_long_texts_only_and_sha2_stays_when_it_gives_none() {
        // Each test runs in a thread of its own, so the host set here is this test's only.
        let long = format!(r#"{{"x":"{}"}}"#, "a".repeat(HOST_MIN_BYTES));
        let (short_sum, long_sum) = (digest(r#"{"x":1}"#), digest(&long));
        fn marked(_: &[u8]) -> Option<[u8; 32]> {
            Some([0xab; 32])
        }
        fn refusing(bytes: &[u8]) -> Option<[u8; 32]> {
            assert!(bytes.len() >= HOST_MIN_BYTES);
            None
        }
        fn sha2(bytes: &[u8]) -> Option<[u8; 32]> {
            Some(Sha256::digest(bytes).into())
        }
        use_host_sha256(Some(marked));
        assert_eq!(digest(&long), "ab".repeat(32));
        assert_eq!(digest(r#"{"x":1}"#), short_sum);
        use_host_sha256(Some(refusing));
        assert_eq!(digest(&long), long_sum);
        use_host_sha256(Some(sha2));
        assert_eq!(digest(&long), long_sum);
        use_host_sha256(None);
        assert_eq!(digest(&long), long_sum);
    }

    #[test]
    fn digests_are_64_lower_case_hexadecimal_digits() {
        assert!(is_digest(&digest("{}")));
        assert!(!is_digest(&digest("{}").to_uppercase()));
        assert!(!is_digest(&"a".repeat(63)));
        assert!(!is_digest(&"g".repeat(64)));
    }
}
