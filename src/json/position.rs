//! Lines and columns (rules.md, "Limits on input"): worked out only once there is something
//! to report.

use crate::refusal::Position;

/// Line (from 1, lines ending at U+000A only) and column (from 1, in UTF-16 code units) of a
/// byte offset.
pub(super) fn position_at(text: &str, offset: usize) -> Position {
    let mut lines = Lines::new(text);
    lines.position(offset)
}

/// Positions of byte offsets taken in ascending order, in one pass over the text however many
/// there are: the line and column of rules.md ("Limits on input"), for refusals and for the
/// positions of diagnostics alike.
pub(crate) struct Lines<'a> {
    bytes: &'a [u8],
    /// Where the last position was asked for, and what it was.
    at: usize,
    line: usize,
    /// UTF-16 code units from the start of the line to `at`.
    units: usize,
}

impl<'a> Lines<'a> {
    pub(crate) fn new(text: &'a str) -> Lines<'a> {
        Lines {
            bytes: text.as_bytes(),
            at: 0,
            line: 1,
            units: 0,
        }
    }

    /// The position of byte `offset` (clamped to the text); offsets must not go backwards.
    pub(crate) fn position(&mut self, offset: usize) -> Position {
        let offset = offset.min(self.bytes.len()).max(self.at);
        let stretch = self.bytes.get(self.at..offset).unwrap_or_default();
        match stretch.iter().rposition(|&b| b == b'\n') {
            Some(last) => {
                self.line += stretch.iter().filter(|&&b| b == b'\n').count();
                self.units = utf16_units(stretch.get(last + 1..).unwrap_or_default());
            }
            None => self.units += utf16_units(stretch),
        }
        self.at = offset;
        Position {
            line: self.line,
            column: self.units + 1,
        }
    }
}

/// UTF-16 code units in a stretch of UTF-8 that starts and ends on character boundaries: each
/// character is one, or two when it needs four bytes. Count the bytes that start a character,
/// and once more those that start a four-byte one.
pub(crate) fn utf16_units(bytes: &[u8]) -> usize {
    bytes
        .iter()
        .map(|&b| usize::from(b & 0xC0 != 0x80) + usize::from(b >= 0xF0))
        .sum()
}

#[cfg(test)]
mod tests {
    use crate::json::tests::{at, err, syntax_at};
    use crate::refusal::InputErrorKind;

    #[test]
    fn conformance_error_positions() {
        // json-error-column-utf16.json: an emoji counts two code units.
        let text = "{\n  \"formVersion\": 1,\n  \"voice\": { \"children\": \"😀 cafe\u{301} 👍🏽\" \"complaints\": \"none\" }\n}\n";
        let e = err(text);
        assert_eq!(e.kind, InputErrorKind::Syntax("',' or '}'"));
        assert_eq!(e.position, at(3, 42));
        assert_eq!(
            e.to_string(),
            "The text is not JSON: expected ',' or '}' at line 3, column 42"
        );
        // json-error-line-lf-only.json: a lone CR does not end a line.
        let text = "{\r  \"formVersion\": 1,\r  \"about\": {\r    \"preparedBy\": \"Head of Quality\"\r    \"approvedBy\": \"Chief Executive\"\r  }\r}\r";
        assert_eq!(err(text).position, at(1, 76));
        // throws-invalid-json.json: the line.
        let text = "{\n  \"formVersion\": 1,\n  \"about\": { \"periodStart\": 2025-04-01, \"preparedBy\": \"Head of Practice Quality\" }\n}\n";
        assert_eq!(err(text).position, at(3, 33));
    }

    #[test]
    fn lines_and_columns() {
        // CRLF: the CR is the last character of its line.
        syntax_at("[1,\r\n 2,\r\n x]", 3, 2);
        syntax_at("[1,\r\n 2\r\r x]", 2, 6);
        // Non-BMP characters count two columns, BMP ones one, whatever their UTF-8 length.
        syntax_at("[\"😀\" 1]", 1, 7);
        syntax_at("[\"é€😀👍🏽\" 1]", 1, 13);
        syntax_at("[\"cafe\u{301}\" 1]", 1, 10);
        syntax_at("[\"a\",\n\"😀😀\",\n\"x\" x]", 3, 5);
        syntax_at("[\"😀\",\n x]", 2, 2);
    }
}
