//! Where each diagnostic of a report lies in the JSON text it was made from, for
//! `validate_json_with(text, ValidateOptions { positions: true })`: where the value its path
//! names starts (for a missing field, the nearest enclosing value that is present), or where
//! its disclosure finding starts and ends.
//!
//! One walk over the text, which the parser has accepted already, going into only the objects
//! and arrays that lead to a diagnostic, so that the cost is the length of the text whatever
//! the number of diagnostics. Of two equal keys the rules read the last, and so does this.

use crate::json::{skip_whitespace, string_at, utf16_units, value_end, Lines};
use crate::keyset::KeySet;
use crate::pointer::{push_index, push_key};
use crate::refusal::Position;
use crate::report::{Diagnostic, Span};
use std::ops::Range;

/// A value's first byte and the byte after its last, and the position of the first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Found {
    start: usize,
    end: usize,
    at: Position,
}

impl Found {
    fn holds(self, inner: Found) -> bool {
        self.start <= inner.start && inner.end <= self.end
    }
}

/// Fills in `position` (and `end`, for a diagnostic with a span) of every diagnostic, for the
/// JSON text the report was made from.
pub(crate) fn locate(text: &str, diagnostics: &mut [Diagnostic]) {
    // A document with nothing to report (most of those CI checks) needs no walk of its text.
    if diagnostics.is_empty() {
        return;
    }
    let located: Vec<(Option<Position>, Option<Position>)> = {
        // Diagnostics in a row mostly lie in one place: a pointer that lies above (or is) the
        // previous diagnostic's path was taken with it, which leaves the set's sort a few
        // pointers per diagnostic rather than every level of every one.
        let mut previous: Option<&str> = None;
        let mut taken = Vec::new();
        for d in diagnostics.iter() {
            let path = d.path.as_str();
            let new =
                pointers(path).filter(|pointer| !previous.is_some_and(|p| lies_below(p, pointer)));
            taken.extend(new);
            previous = Some(path);
        }
        let slots: KeySet = taken.into_iter().collect();
        let mut walk = Walk {
            text,
            bytes: text.as_bytes(),
            found: vec![None; slots.len()],
            slots,
            pointer: String::new(),
            lines: Lines::new(text),
        };
        let all = 0..walk.slots.len();
        walk.value(skip_whitespace(walk.bytes, 0), all, 0);
        // Several findings in one text share a path: it is resolved once for them.
        let mut last: Option<(&str, Option<(Found, bool)>)> = None;
        let mut located = Vec::with_capacity(diagnostics.len());
        for d in diagnostics.iter() {
            let resolved = match last {
                Some((path, resolved)) if path == d.path => resolved,
                _ => walk.resolve(&d.path),
            };
            last = Some((&d.path, resolved));
            located.push(walk.position(d, resolved));
        }
        located
    };
    for (d, (position, end)) in diagnostics.iter_mut().zip(located) {
        d.position = position;
        d.end = end;
    }
}

struct Walk<'a, 'p> {
    text: &'a str,
    bytes: &'a [u8],
    /// Every pointer a diagnostic names or lies below; its rank is its place in `found`.
    slots: KeySet<'p>,
    /// Where the value each pointer names is, once the walk has found it.
    found: Vec<Option<Found>>,
    /// The pointer of the value being read.
    pointer: String,
    /// Positions, asked for in text order as the walk goes.
    lines: Lines<'a>,
}

impl Walk<'_, '_> {
    /// The value that starts at `at`: goes into it only when a diagnostic lies below it.
    /// Returns where it ends. `within`: the slots below its parent, whose pointer and `/` are
    /// the first `skip` bytes of this one's, so that it is looked for among those, by its last
    /// token.
    fn value(&mut self, at: usize, within: Range<usize>, skip: usize) -> Option<usize> {
        let Some(slot) = self.slots.rank_within(within.clone(), skip, &self.pointer) else {
            return value_end(self.bytes, at);
        };
        let len = self.pointer.len();
        self.pointer.push('/');
        let below = self.slots.starting_with(within, skip, &self.pointer);
        self.pointer.truncate(len);
        let position = self.lines.position(at);
        let end = match self.bytes.get(at)? {
            b'{' => self.object(at, below)?,
            b'[' => self.array(at, below)?,
            _ => value_end(self.bytes, at)?,
        };
        if let Some(found) = self.found.get_mut(slot) {
            // Overwritten by a later equal key, as the rules read it.
            *found = Some(Found {
                start: at,
                end,
                at: position,
            });
        }
        Some(end)
    }

    fn object(&mut self, open: usize, below: Range<usize>) -> Option<usize> {
        let mut at = skip_whitespace(self.bytes, open + 1);
        if self.bytes.get(at) == Some(&b'}') {
            return Some(at + 1);
        }
        loop {
            let (key, after_key) = string_at(self.text, at)?;
            let colon = skip_whitespace(self.bytes, after_key);
            let start = skip_whitespace(self.bytes, colon + 1);
            let len = self.pointer.len();
            push_key(&mut self.pointer, &key);
            let end = self.value(start, below.clone(), len + 1);
            self.pointer.truncate(len);
            at = skip_whitespace(self.bytes, end?);
            match self.bytes.get(at)? {
                b',' => at = skip_whitespace(self.bytes, at + 1),
                b'}' => return Some(at + 1),
                _ => return None,
            }
        }
    }

    fn array(&mut self, open: usize, below: Range<usize>) -> Option<usize> {
        let mut at = skip_whitespace(self.bytes, open + 1);
        if self.bytes.get(at) == Some(&b']') {
            return Some(at + 1);
        }
        for index in 0.. {
            let len = self.pointer.len();
            push_index(&mut self.pointer, index);
            let end = self.value(at, below.clone(), len + 1);
            self.pointer.truncate(len);
            at = skip_whitespace(self.bytes, end?);
            match self.bytes.get(at)? {
                b',' => at = skip_whitespace(self.bytes, at + 1),
                b']' => return Some(at + 1),
                _ => return None,
            }
        }
        None
    }

    /// The value `path` names, or the nearest enclosing value that is present, and whether it
    /// is the value itself. A value found inside the earlier of two equal keys is not inside
    /// what its parent now is, and does not count.
    fn resolve(&self, path: &str) -> Option<(Found, bool)> {
        let mut nearest: Option<(Found, bool)> = None;
        for prefix in pointers(path) {
            let found = self
                .slots
                .rank(prefix)
                .and_then(|slot| self.found.get(slot));
            let Some(&Some(found)) = found else {
                break;
            };
            if nearest.is_some_and(|(parent, _)| !parent.holds(found)) {
                break;
            }
            nearest = Some((found, prefix.len() == path.len()));
        }
        nearest
    }

    /// Where a diagnostic starts, and where it ends when it has a span.
    /// `resolved` is [`Walk::resolve`] of its path.
    fn position(
        &self,
        d: &Diagnostic,
        resolved: Option<(Found, bool)>,
    ) -> (Option<Position>, Option<Position>) {
        let Some((found, exact)) = resolved else {
            return (None, None);
        };
        match d.span {
            Some(span) if exact && self.bytes.get(found.start) == Some(&b'"') => {
                // A string lies on one line (a line break in it is escaped): its span is that
                // many code units of the text further along the line.
                let (start, end) = span_offsets(self.bytes, found.start, span);
                let column = |offset: usize| {
                    let written = self.bytes.get(found.start..offset).unwrap_or_default();
                    Position {
                        line: found.at.line,
                        column: found.at.column + utf16_units(written),
                    }
                };
                (Some(column(start)), Some(column(end)))
            }
            _ => (Some(found.at), None),
        }
    }
}

/// The pointers from the document down to `path`: `""`, then each up to a `/`, then `path`.
fn pointers(path: &str) -> impl Iterator<Item = &str> {
    let slashes = path.bytes().enumerate().filter(|&(_, b)| b == b'/');
    slashes
        .map(|(slash, _)| path.get(..slash).unwrap_or_default())
        .chain(std::iter::once(path))
}

/// Whether `path` is `pointer` or lies below it.
fn lies_below(path: &str, pointer: &str) -> bool {
    path.strip_prefix(pointer)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
}

/// Byte offsets in the text of a span of the string whose opening quote is at `quote`, the
/// span counted in UTF-16 code units of the string as decoded: an escape is one code unit
/// (`\ud83d\ude00` is two escapes and two units), a character as written is its own.
fn span_offsets(bytes: &[u8], quote: usize, span: Span) -> (usize, usize) {
    let mut at = quote + 1;
    let mut units = 0;
    let mut start = None;
    loop {
        if start.is_none() && units >= span.start {
            start = Some(at);
        }
        if units >= span.end {
            break;
        }
        let (width, counted) = match bytes.get(at) {
            None | Some(b'"') => break,
            Some(b'\\') if bytes.get(at + 1) == Some(&b'u') => (6, 1),
            Some(b'\\') => (2, 1),
            Some(&b) if b < 0x80 => (1, 1),
            Some(&b) if b >= 0xF0 => (4, 2),
            Some(&b) if b >= 0xE0 => (3, 1),
            Some(_) => (2, 1),
        };
        at += width;
        units += counted;
    }
    (start.unwrap_or(at), at)
}

#[cfg(test)]
mod tests {
    use crate::refusal::Position;

    /// The positions a report's diagnostics would get, as (path, line, column), for tests.
    fn positions(text: &str) -> Vec<(String, Option<Position>, Option<Position>)> {
        let options = crate::ValidateOptions { positions: true };
        match crate::validate_json_with(text, options) {
            Ok(report) => report
                .diagnostics
                .into_iter()
                .map(|d| (d.path, d.position, d.end))
                .collect(),
            Err(e) => panic!("refused: {e}"),
        }
    }

    fn at(line: usize, column: usize) -> Option<Position> {
        Some(Position { line, column })
    }

    /// The position of the diagnostic at `path` (the first, when there are several).
    fn position_of(text: &str, path: &str) -> (Option<Position>, Option<Position>) {
        positions(text)
            .into_iter()
            .find(|(p, _, _)| p == path)
            .map(|(_, start, end)| (start, end))
            .unwrap_or_else(|| panic!("no diagnostic at {path} for {text:?}"))
    }

    #[test]
    fn where_the_value_starts() {
        let text = "{\n  \"formVersion\": 2,\n  \"about\": {\n    \"preparedBy\": 42\n  }\n}";
        assert_eq!(position_of(text, "/about/preparedBy"), (at(4, 19), None));
        // A missing field: where the nearest enclosing value that is present starts.
        assert_eq!(position_of(text, "/about/periodStart"), (at(3, 12), None));
        // Missing objects all the way up: the document itself.
        assert_eq!(position_of(text, "/voice/children"), (at(1, 1), None));
        // Not an object at all: the document, after white space.
        assert_eq!(position_of("  \n [1]", ""), (at(2, 2), None));
        // formVersion of another kind.
        assert_eq!(
            position_of("{\"formVersion\": \"1\"}", "/formVersion"),
            (at(1, 17), None)
        );
    }

    #[test]
    fn escapes_count_as_one_code_unit_of_the_string_and_six_of_the_text() {
        // "\u00e9" is é: the postcode starts at unit 5 of the string, 10 of the text after the
        // quote.
        let text = r#"{"voice": {"children": "caf\u00e9 SW1A 1AA \n done"}}"#;
        let (start, end) = position_of(text, "/voice/children");
        assert_eq!(start, at(1, 35));
        assert_eq!(end, at(1, 43));
        assert_eq!(&text[34..42], "SW1A 1AA");
        // An escaped astral character is two escapes, two units.
        let text = r#"{"voice": {"children": "\ud83d\ude00 SW1A 1AA"}}"#;
        let (start, end) = position_of(text, "/voice/children");
        assert_eq!(
            &text[start.unwrap().column - 1..end.unwrap().column - 1],
            "SW1A 1AA"
        );
        // A quote and a backslash escaped before it.
        let text = r#"{"voice": {"children": "\"\\ SW1A 1AA"}}"#;
        let (start, end) = position_of(text, "/voice/children");
        assert_eq!(
            &text[start.unwrap().column - 1..end.unwrap().column - 1],
            "SW1A 1AA"
        );
    }

    #[test]
    fn astral_characters_count_two_columns_of_the_text() {
        // 😀 is two UTF-16 code units, in the text and in the string.
        let text = "{\"voice\": {\"children\": \"😀😀 SW1A 1AA\"}}";
        let (start, end) = position_of(text, "/voice/children");
        assert_eq!(start, at(1, 30));
        assert_eq!(end, at(1, 38));
        // Before the value, in a key of the text: still two columns each.
        let text = "{\"😀\": 1, \"formVersion\": \"x\"}";
        assert_eq!(position_of(text, "/formVersion"), (at(1, 26), None));
        assert_eq!(position_of(text, "/😀"), (at(1, 8), None));
    }

    #[test]
    fn crlf_ends_a_line_at_the_lf() {
        let text = "{\r\n\"formVersion\": 2,\r\n\"about\": {\"preparedBy\": []}\r\n}";
        // The CR is the last character of its line; the next line starts after the LF.
        assert_eq!(position_of(text, "/about/preparedBy"), (at(3, 25), None));
        // A lone CR does not end a line.
        let text = "{\r\"formVersion\": 2,\r\"about\": {\"preparedBy\": []}}";
        assert_eq!(position_of(text, "/about/preparedBy"), (at(1, 45), None));
    }

    #[test]
    fn of_two_equal_keys_the_last_one() {
        let text = "{\"about\": {\"preparedBy\": 1},\n \"about\": {\"preparedBy\": 2}}";
        assert_eq!(position_of(text, "/about/preparedBy"), (at(2, 26), None));
        // What the first of two equal keys held is not where a later diagnostic is: the
        // nearest enclosing value of the last one is.
        let text = "{\"about\": {\"preparedBy\": 1},\n \"about\": {}}";
        assert_eq!(position_of(text, "/about/preparedBy"), (at(2, 11), None));
    }

    #[test]
    fn list_items_and_unknown_keys() {
        let text =
            "{\"evidence\": [\n {\"id\": \"a\"},\n {\"id\": \"b b\"}\n], \"notes\": [1,\n2]}";
        assert_eq!(position_of(text, "/evidence/1/id"), (at(3, 9), None));
        assert_eq!(position_of(text, "/evidence/0/kind"), (at(2, 2), None));
        assert_eq!(position_of(text, "/notes"), (at(4, 13), None));
        // A key with `/` and `~` in it, escaped in the pointer.
        let text = "{\"a/b~c\": true}";
        assert_eq!(position_of(text, "/a~1b~0c"), (at(1, 11), None));
    }

    #[test]
    fn the_walk_goes_only_where_diagnostics_are() {
        // Deep lists that nothing points into are skipped whole, strings with brackets too.
        let deep = format!("{}{}", "[".repeat(60), "]".repeat(60));
        let text = format!("{{\"x\": {deep}, \"y\": \"]}}[{{\", \"formVersion\": \"1\"}}");
        let (start, _) = position_of(&text, "/formVersion");
        assert_eq!(&text[start.unwrap().column - 1..][..3], "\"1\"");
        // Without the option, no positions.
        let report = crate::validate_json(&text).unwrap();
        assert!(report
            .diagnostics
            .iter()
            .all(|d| d.position.is_none() && d.end.is_none()));
    }

    #[test]
    fn every_diagnostic_of_the_examples_has_a_position() {
        for name in ["complete", "draft"] {
            let path = format!(
                "{}/docs/spec/examples/{name}.json",
                env!("CARGO_MANIFEST_DIR")
            );
            let text = std::fs::read_to_string(path).unwrap();
            for (path, start, end) in positions(&text) {
                assert!(start.is_some(), "{name}: {path}");
                assert!(end.is_none(), "{name}: {path}");
            }
        }
    }
}
