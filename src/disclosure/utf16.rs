//! The findings' spans in UTF-16 code units, as JavaScript counts a string, from the byte
//! offsets the scanners give.

use super::text::HIGH;
use super::{DisclosureKind, Finding};

/// UTF-16 code units in a stretch of UTF-8: one for each character, two for each of four bytes.
pub(super) fn utf16_len(bytes: &[u8]) -> usize {
    let one = |&x: &u8| usize::from(x & 0xC0 != 0x80) + usize::from(x >= 0xF0);
    let mut chunks = bytes.chunks_exact(16);
    let mut units = 0;
    for chunk in &mut chunks {
        let (a, b) = chunk.split_at(8);
        let a = u64::from_le_bytes(a.try_into().unwrap_or_default());
        let b = u64::from_le_bytes(b.try_into().unwrap_or_default());
        units += 16;
        if (a | b) & HIGH != 0 {
            // Less a unit for each continuation byte (`10xxxxxx`), plus one for each first
            // byte of four (`11110xxx`).
            for w in [a, b] {
                let continuation = w & !(w << 1) & HIGH;
                let first_of_four = w & (w << 1) & (w << 2) & (w << 3) & HIGH;
                units -= continuation.count_ones() as usize;
                units += first_of_four.count_ones() as usize;
            }
        }
    }
    units + chunks.remainder().iter().map(one).sum::<usize>()
}

/// The findings with byte offsets turned into UTF-16 offsets, in one pass over the text.
#[inline(never)]
pub(super) fn to_utf16(bytes: &[u8], kept: &[(usize, usize, DisclosureKind)]) -> Vec<Finding> {
    let mut at_byte = 0;
    let mut at_unit = 0;
    let mut unit_of = |byte: usize| {
        at_unit += bytes.get(at_byte..byte).map_or(0, utf16_len);
        at_byte = byte;
        at_unit
    };
    kept.iter()
        .map(|&(start, end, kind)| Finding {
            kind,
            start: unit_of(start),
            end: unit_of(end),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::disclosure::random_text::{random_text, Random};
    use crate::disclosure::scan;
    use crate::disclosure::tests::{finds, finds_kinds};
    use DisclosureKind::*;

    #[test]
    fn utf16_lengths() {
        let mut random = Random(7);
        for _ in 0..2_000 {
            let text = random_text(&mut random);
            for end in (0..=text.len()).filter(|&k| text.is_char_boundary(k)) {
                assert_eq!(
                    utf16_len(&text.as_bytes()[..end]),
                    text[..end].encode_utf16().count()
                );
            }
        }
    }

    #[test]
    fn spans_count_utf16_code_units() {
        // An astral character is two code units, a combining mark one, CRLF two.
        finds_kinds(
            &[Postcode, Phone],
            "😀😀 «SW1A 1AA» e\u{301}e\u{301} «07700 900123»\r\n",
        );
        let findings = scan("😀 SW1A 1AA");
        assert_eq!((findings[0].start, findings[0].end), (3, 11));
        let findings = scan("e\u{301}\u{302} SW1A 1AA");
        assert_eq!((findings[0].start, findings[0].end), (4, 12));
        let findings = scan("a\r\nb\r\nSW1A 1AA");
        assert_eq!((findings[0].start, findings[0].end), (6, 14));
        // A name's marks belong to it.
        finds(NamedPerson, "𝒳 «Mrs Jose\u{301}\u{302}» 𝒳");
    }
}
