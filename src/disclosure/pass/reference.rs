use crate::disclosure::bounded::{Slot, SLOTS};
use crate::disclosure::codes::{case_number, nhs_number, ni_number, postcode};
use crate::disclosure::contacts::{emails, phone};
use crate::disclosure::dates::date;
use crate::disclosure::named_people::named_person;
use crate::disclosure::text::{is_letter_or_digit, Text};
// The spans in UTF-16 as the fast scan gives them: its eight-bytes-at-a-time count is held to
// `str::encode_utf16` at every boundary (utf16.rs).
use crate::disclosure::utf16::to_utf16;
use crate::disclosure::{settle, words, Finding};

pub(super) fn scan(text: &str) -> Vec<Finding> {
    let t = Text::new(text);
    let kept = settle(&t, bounded_matches(&t), emails(&t, 0));
    to_utf16(text.as_bytes(), &kept)
}

pub(super) fn bounded_matches(t: &Text) -> [Vec<(usize, usize)>; SLOTS] {
    let mut found: [Vec<(usize, usize)>; SLOTS] = Default::default();
    let mut rest_until = [0; SLOTS];
    macro_rules! try_at {
        ($slot:expr, $i:expr, $matcher:expr) => {{
            let slot = $slot as usize;
            if rest_until[slot] <= $i {
                if let Some(end) = $matcher(t, $i) {
                    found[slot].push(($i, end));
                    rest_until[slot] = end;
                }
            }
        }};
    }
    let mut after_word = false; // a letter or digit just before `i`
    for (i, &x) in t.b.iter().enumerate() {
        if !x.is_ascii() {
            if x >= 0xC0 {
                after_word = t.char_at(i).is_some_and(is_letter_or_digit);
            }
            continue;
        }
        if !after_word {
            match x {
                b'0'..=b'9' => {
                    try_at!(Slot::CaseNumber, i, case_number);
                    try_at!(Slot::NhsNumber, i, nhs_number);
                    if x == b'0' {
                        try_at!(Slot::Phone, i, phone);
                    }
                    try_at!(Slot::Date, i, date);
                }
                b'A'..=b'Z' | b'a'..=b'z' => {
                    try_at!(Slot::CaseNumber, i, case_number);
                    try_at!(Slot::NiNumber, i, ni_number);
                    try_at!(Slot::Postcode, i, postcode);
                    try_at!(Slot::Cue, i, cue);
                    try_at!(Slot::Date, i, date);
                    try_at!(Slot::Name, i, named_person);
                }
                b'+' | b'(' => try_at!(Slot::Phone, i, phone),
                _ => {}
            }
        }
        after_word = x.is_ascii_alphanumeric();
    }
    found
}

fn cue(t: &Text, i: usize) -> Option<usize> {
    words::CUES
        .iter()
        .find(|cue| t.has_ignoring_case(i, cue.as_bytes()) && t.alone_after(i + cue.len()))
        .map(|cue| i + cue.len())
}
