//! Writes src/graphemes.bin, what src/graphemes.rs needs to know of each code point to find
//! extended grapheme clusters (UAX #29), from `unicode-segmentation`, by asking it how it splits
//! short strings around the code point:
//!
//!     cargo run --quiet --example unicode-graphemes > src/graphemes.bin
//!
//! The crate's own tables (range tables of 12 bytes a row, searched with an index) and its
//! cursor cost the WebAssembly module about 29 KB raw and 13 KB gzipped. A test in
//! src/graphemes.rs checks that the committed table is what this writes, and the clusters
//! against the crate's around every code point.
//!
//! A code point's byte: its class (the crate's grapheme categories, numbered as
//! src/graphemes.rs numbers them) in the low 4 bits; 16 if it is an InCB linker; 32 if it is
//! InCB Extend or a linker. Layout: one byte, the number of middle blocks `m`; `TOP` (272 bytes:
//! a middle block for each 4,096 code points); `m` middle blocks of 32 bytes (a leaf for each 128
//! code points); the leaves, 128 bytes each.

use unicode_segmentation::UnicodeSegmentation;

pub const ANY: u8 = 0;
pub const CR: u8 = 1;
pub const LF: u8 = 2;
pub const CONTROL: u8 = 3;
pub const EXTEND: u8 = 4;
pub const ZWJ: u8 = 5;
pub const SPACING_MARK: u8 = 6;
pub const PREPEND: u8 = 7;
pub const REGIONAL_INDICATOR: u8 = 8;
pub const L: u8 = 9;
pub const V: u8 = 10;
pub const T: u8 = 11;
pub const LV: u8 = 12;
pub const LVT: u8 = 13;
pub const EXTENDED_PICTOGRAPHIC: u8 = 14;
pub const INCB_CONSONANT: u8 = 15;
pub const INCB_LINKER: u8 = 16;
pub const INCB_EXTEND: u8 = 32;

fn count(text: &str) -> usize {
    text.graphemes(true).count()
}

/// Whether the crate puts a boundary before the last `tail` bytes of `text`.
fn breaks_before_last(text: &str, tail: usize) -> bool {
    text.grapheme_indices(true)
        .any(|(i, _)| i == text.len() - tail)
}

/// The byte of `c`, found from how the crate splits strings around it.
pub fn classify(c: char) -> u8 {
    let one = |s: String| count(&s) == 1;
    let class = if c == '\r' {
        CR
    } else if c == '\n' {
        LF
    } else if !one(format!("a{c}")) && !one(format!("{c}a")) && !one(format!("{c}\u{301}")) {
        CONTROL
    } else if one(format!("a{c}")) {
        if one(format!("👍{c}👍")) {
            ZWJ
        } else if one(format!("👍{c}\u{200D}👍")) {
            EXTEND
        } else {
            SPACING_MARK
        }
    } else if one(format!("{c}a")) {
        PREPEND
    } else if one(format!("{c}\u{1F1EC}")) {
        REGIONAL_INDICATOR
    } else if one(format!("\u{1100}{c}")) {
        // After a leading jamo: L, V, LV or LVT.
        if one(format!("{c}\u{1100}")) {
            L
        } else if one(format!("\u{1161}{c}")) {
            V
        } else if one(format!("{c}\u{1161}")) {
            LV
        } else {
            LVT
        }
    } else if one(format!("\u{1161}{c}")) {
        T
    } else if one(format!("{c}\u{200D}👍")) {
        EXTENDED_PICTOGRAPHIC
    } else if one(format!("{c}\u{94D}\u{915}")) {
        INCB_CONSONANT
    } else {
        ANY
    };
    let mut byte = class;
    // The crate looks at the InCB bits only where GB9c is reached, which it is not after a
    // control or prepended character (GB4, GB5, GB9b decide first): there they are left out.
    if matches!(class, CR | LF | CONTROL | PREPEND) {
        return byte;
    }
    if !breaks_before_last(&format!("\u{915}{c}\u{915}"), 3) {
        byte |= INCB_LINKER | INCB_EXTEND;
    } else if !breaks_before_last(&format!("\u{915}\u{94D}{c}\u{915}"), 3) {
        byte |= INCB_EXTEND;
    }
    byte
}

pub const LEAF: usize = 128;
pub const MIDDLE: usize = 32;

pub fn table() -> Vec<u8> {
    let bytes: Vec<u8> = (0..0x110000u32)
        .map(|cp| char::from_u32(cp).map_or(ANY, classify))
        .collect();
    let mut leaves: Vec<&[u8]> = Vec::new();
    let mut leaf_of_block = Vec::new();
    for block in bytes.chunks(LEAF) {
        let at = leaves.iter().position(|l| *l == block).unwrap_or_else(|| {
            leaves.push(block);
            leaves.len() - 1
        });
        leaf_of_block.push(u8::try_from(at).expect("at most 256 distinct leaves"));
    }
    let mut middles: Vec<&[u8]> = Vec::new();
    let mut top = Vec::new();
    for middle in leaf_of_block.chunks(MIDDLE) {
        let at = middles
            .iter()
            .position(|m| *m == middle)
            .unwrap_or_else(|| {
                middles.push(middle);
                middles.len() - 1
            });
        top.push(u8::try_from(at).expect("at most 256 distinct middle blocks"));
    }
    let mut out = vec![u8::try_from(middles.len()).unwrap()];
    out.extend(&top);
    out.extend(middles.concat());
    out.extend(leaves.concat());
    out
}

#[allow(dead_code)]
fn main() {
    use std::io::Write;
    std::io::stdout().write_all(&table()).unwrap();
}
