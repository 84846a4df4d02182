//! The content digest (rules.md, "The approval"): the SHA-256, in lower-case hexadecimal, of
//! the document's canonical JSON (RFC 8785) without its top-level `approval` and `$schema`
//! members. The approval holds the digest of what was approved; `approval-changed` compares it
//! with this. `$schema` only tells an editor where the schema is, which may move without
//! changing a word of what was approved.

use crate::form::SCHEMA_KEY;
use crate::stringify::{self, Order, Sink};
use crate::value::Value;
use sha2::{Digest, Sha256};

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

/// The canonical text goes straight into the hash.
struct Hashing(Sha256);

impl Sink for Hashing {
    fn push_str(&mut self, text: &str) {
        self.0.update(text.as_bytes());
    }
}

/// The document's content digest. A value that is not an object is digested as it is.
pub fn content_digest(document: &Value) -> String {
    let mut hashing = Hashing(Sha256::new());
    write_content(&mut hashing, document);
    hex(&hashing.0.finalize())
}

/// The canonical JSON text the digest is taken of (for tests and for whoever wants to see it).
pub fn canonical_content(document: &Value) -> String {
    let mut out = String::new();
    write_content(&mut out, document);
    out
}

fn write_content(sink: &mut impl Sink, document: &Value) {
    match document {
        Value::Object(members) if members.iter().any(|(k, _)| left_out(k)) => {
            let content: Vec<_> = members
                .iter()
                .filter(|(k, _)| !left_out(k))
                .cloned()
                .collect();
            stringify::write(sink, &Value::Object(content), Order::Canonical);
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
    fn digests_are_64_lower_case_hexadecimal_digits() {
        assert!(is_digest(&digest("{}")));
        assert!(!is_digest(&digest("{}").to_uppercase()));
        assert!(!is_digest(&"a".repeat(63)));
        assert!(!is_digest(&"g".repeat(64)));
    }
}
