//! Every limit on a document and on what crosses into the core, written once. The rules, the
//! parser, the messages, the rule catalogue and the form definition read them here; JavaScript
//! reads them through the package's `limits()` (the WebAssembly binding serialises [`Limits`]).

use crate::json_write::{Object, WriteJson};

/// The largest JSON text `validate_json` takes: 5 MiB of UTF-8 (rules.md, "Limits on input").
pub const MAX_BYTES: usize = 5 * 1024 * 1024;

/// The deepest nesting accepted: the top-level value is level 1, a container at level 65 is
/// refused (rules.md, "Limits on input").
pub const MAX_DEPTH: usize = 64;

/// The longest list the rules look into; a longer one is `too-many` (rules.md).
pub const MAX_ITEMS: usize = 500;

/// [`MAX_ID_LENGTH`] as a literal, for `concat!` (the form definition's id pattern).
macro_rules! max_id_length {
    () => {
        20
    };
}
pub(crate) use max_id_length;

/// The longest id: 1 to 20 of `A-Z a-z 0-9 - _` (document.md, "Kinds of value").
pub const MAX_ID_LENGTH: usize = max_id_length!();

/// The most UTF-8 the WebAssembly module takes in for anything but `validateJson`'s text:
/// `validate`'s JSON text (which has no 5 MiB limit) and the strings of the text functions.
/// Validating takes working memory of about 12 bytes per byte of text, and a module's memory
/// ends at 4 GiB.
pub const MAX_VALUE_BYTES: usize = 256 * 1024 * 1024;

// Its JSON text is written by hand (`WriteJson`, src/json_write.rs); serde's `Serialize` is
// derived only in the tests, as the reference for that text and for ts-rs.
/// The limits of rules.md "Limits on input" and document.md, as the core holds them: what
/// JavaScript's `limits()` gives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(test, derive(serde::Serialize, ts_rs::TS))]
#[cfg_attr(test, serde(rename_all = "camelCase"))]
pub struct Limits {
    /// The most UTF-8 `validateJson` takes: 5,242,880 bytes (5 MiB).
    pub max_bytes: usize,
    /// The deepest nesting of arrays and objects taken, the top-level value being level 1.
    pub max_depth: usize,
    /// The longest list the rules look into; a longer one is `too-many`.
    pub max_items: usize,
    /// The longest id.
    pub max_id_length: usize,
    /// The most UTF-8 the module takes in for `validate`'s JSON text and the text functions.
    pub max_value_bytes: usize,
}

impl WriteJson for Limits {
    fn write_json(&self, out: &mut String) {
        Object::new(out)
            .member("maxBytes", &self.max_bytes)
            .member("maxDepth", &self.max_depth)
            .member("maxItems", &self.max_items)
            .member("maxIdLength", &self.max_id_length)
            .member("maxValueBytes", &self.max_value_bytes)
            .end();
    }
}

impl Limits {
    /// `{ maxBytes, maxDepth, maxItems, maxIdLength, maxValueBytes }`.
    pub fn to_json(&self) -> String {
        crate::json_write::to_json(self)
    }
}

pub const LIMITS: Limits = Limits {
    max_bytes: MAX_BYTES,
    max_depth: MAX_DEPTH,
    max_items: MAX_ITEMS,
    max_id_length: MAX_ID_LENGTH,
    max_value_bytes: MAX_VALUE_BYTES,
};

/// 1500 → "1,500": how messages write numbers.
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A size in bytes as messages write it: "5 MiB (5,242,880 bytes)".
pub fn mebibytes(bytes: usize) -> String {
    format!("{} MiB ({} bytes)", bytes / (1024 * 1024), thousands(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thousands_are_grouped() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1500), "1,500");
        assert_eq!(thousands(1234567), "1,234,567");
    }

    #[test]
    fn the_limits_of_rules_md() {
        assert_eq!(MAX_BYTES, 5_242_880);
        assert_eq!(mebibytes(MAX_BYTES), "5 MiB (5,242,880 bytes)");
        assert_eq!(
            LIMITS.to_json(),
            r#"{"maxBytes":5242880,"maxDepth":64,"maxItems":500,"maxIdLength":20,"maxValueBytes":268435456}"#
        );
        crate::json_write::tests::same_as_serde_json(&LIMITS.to_json(), &LIMITS);
    }
}
