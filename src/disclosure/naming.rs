//! First names where they name a person (rules.md, "First names"): a capitalised word in the
//! first-name table (names.rs), in a naming context read from the word before it and the
//! words after it.

use super::names::{first_name, FirstName};
use super::Text;

/// Verbs of saying and feeling: after a name, they make it a person's, whatever the name.
const SPEECH_VERBS: &[&str] = &[
    "told",
    "tells",
    "said",
    "says",
    "asked",
    "asks",
    "explained",
    "explains",
    "shared",
    "shares",
    "wrote",
    "writes",
    "wanted",
    "wants",
    "described",
    "describes",
    "drew",
    "draws",
    "wished",
    "wishes",
    "felt",
    "feels",
    "talked",
    "spoke",
    "cried",
    "disclosed",
    "replied",
    "added",
    "mentioned",
    "worried",
    "misses",
    "missed",
    "loves",
    "loved",
    "likes",
    "liked",
    "enjoys",
    "enjoyed",
    "chose",
    "agreed",
    "refused",
    "thought",
    "thinks",
    "hoped",
    "hopes",
];

/// Words before a name that make it a person's: naming words and kinship words.
const BEFORE_A_NAME: &[&str] = &[
    "said",
    "asked",
    "told",
    "called",
    "named",
    "Dear",
    "son",
    "daughter",
    "brother",
    "sister",
    "baby",
    "mother",
    "father",
    "mum",
    "dad",
    "nephew",
    "niece",
    "cousin",
    "stepson",
    "stepdaughter",
    "half-brother",
    "half-sister",
    "twin",
    "grandson",
    "granddaughter",
    "boy",
    "girl",
];

/// What a person has, after a name's `'s`.
const POSSESSED: &[&str] = &[
    "mother",
    "father",
    "mum",
    "dad",
    "nan",
    "nana",
    "gran",
    "grandmother",
    "grandfather",
    "grandparents",
    "brother",
    "sister",
    "siblings",
    "parents",
    "family",
    "carer",
    "carers",
    "foster",
    "guardian",
    "social",
    "worker",
    "teacher",
    "school",
    "wishes",
    "feelings",
    "views",
    "words",
    "voice",
    "life",
    "story",
    "placement",
    "birthday",
    "bedroom",
    "baby",
    "aunt",
    "uncle",
    "friend",
    "friends",
    "needs",
    "case",
    "plan",
    "name",
    "experience",
    "behaviour",
    "safety",
    "home",
    "contact",
    "letter",
    "own",
    "attendance",
    "progress",
    "health",
    "education",
    "relationship",
    "relationships",
    "wish",
    "understanding",
    "room",
    "development",
    "identity",
    "culture",
    "religion",
    "diagnosis",
    "statement",
    "account",
    "lived",
    "journey",
    "drawing",
    "drawings",
];

/// Words before a name that place it (`from York`, `at Bradford`, `for Carlisle`): inside a
/// sentence, a name after them is taken for a place unless another context says otherwise.
const PLACE_WORDS: &[&str] = &[
    "in", "at", "from", "for", "to", "near", "of", "across", "around", "between", "into", "within",
    "outside", "via", "the",
];

/// Quotation marks that open speech, and that close it.
const OPENING_QUOTES: &[char] = &['"', '\u{201C}', '\u{2018}', '\''];
const CLOSING_QUOTES: &[char] = &['"', '\u{201D}', '\u{2019}', '\''];

/// Words after a name that is not also a word, that make it a person's.
const AFTER_A_NAME: &[&str] = &[
    "is", "was", "has", "had", "lives", "lived", "attends", "attended", "went", "goes", "moved",
    "returned", "stayed", "would", "could", "did", "does", "and", "now",
];

/// What gives a person's age or says who they are, after a name.
const AGE_PHRASES: &[&str] = &[", aged", " aged", " (aged", ", age ", " (age ", ", who "];

/// Words before a name that make it no family member's: titles of judges and of others.
/// `Honour` covers `His Honour Judge` and `Her Honour Judge` through `Judge`.
const NOT_AFTER: &[&str] = &[
    "Justice", "Judge", "Recorder", "St", "Saint", "Sir", "Dame", "Lord", "Lady", "Queen", "King",
    "Prince", "Princess", "Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Master",
];

/// How many capitalised words of a name may stand between a title and a candidate.
const MAX_NAMES_AFTER_A_TITLE: usize = 3;

/// Marks that may open a sentence before its first word.
const OPENING_MARKS: &[char] = &[' ', '"', '\'', '\u{201C}', '\u{2018}', '('];

/// What may end the text before a sentence (or a line, or an item of a list).
const SENTENCE_BREAKS: &[char] = &[
    '\n', '\r', '.', '!', '?', ':', ';', '\u{2026}', '\u{2022}', '*', '-', '\u{2013}',
];

/// The shortest and longest candidates, in letters.
const LETTERS: std::ops::RangeInclusive<usize> = 3..=15;

/// Every first name in a naming context, left to right: (start, end) byte offsets of the name.
#[inline(never)]
pub(super) fn first_names(t: &Text) -> Vec<(usize, usize)> {
    let b = t.b;
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(i) = t.next_capital(from) {
        let mut end = i + 1;
        while b.get(end).is_some_and(u8::is_ascii_lowercase) {
            end += 1;
        }
        if LETTERS.contains(&(end - i)) && stands_alone(t, i, end) {
            if let Some(name) = t.s.get(i..end).and_then(first_name) {
                if names_a_person(t, i, end, name) {
                    found.push((i, end));
                }
            }
        }
        from = end;
    }
    found
}

/// A candidate's edges: no letter, digit, hyphen or apostrophe before it; no letter, digit or
/// hyphen after it, and an apostrophe only as `'s` or `’s` before a non-letter.
fn stands_alone(t: &Text, start: usize, end: usize) -> bool {
    let before_ok =
        t.alone_before(start) && !matches!(t.char_before(start), Some('-' | '\'' | '\u{2019}'));
    before_ok
        && t.alone_after(end)
        && match t.char_at(end) {
            Some('-') => false,
            Some('\'' | '\u{2019}') => possessive_end(t, end).is_some(),
            _ => true,
        }
}

/// After a name ending at `end`: `'s` or `’s` standing alone; where it ends.
fn possessive_end(t: &Text, end: usize) -> Option<usize> {
    let after = match t.char_at(end)? {
        '\'' => end + 1,
        '\u{2019}' => end + '\u{2019}'.len_utf8(),
        _ => return None,
    };
    (t.byte(after) == b's' && t.alone_after(after + 1)).then_some(after + 1)
}

/// The word of ASCII letters (and hyphens) just after a space at `i`: where it ends.
fn word_after_space<'a>(t: &Text<'a>, i: usize) -> Option<&'a str> {
    if t.byte(i) != b' ' {
        return None;
    }
    let start = i + 1;
    let mut end = start;
    while t.byte(end).is_ascii_alphabetic() || (end > start && t.byte(end) == b'-') {
        end += 1;
    }
    (end > start && t.alone_after(end)).then(|| t.s.get(start..end).unwrap_or_default())
}

/// The word just before a space before `start` (a full stop after it left out).
fn word_before_space<'a>(t: &Text<'a>, start: usize) -> Option<&'a str> {
    if start == 0 || t.byte(start - 1) != b' ' {
        return None;
    }
    let end = start - 1;
    let end = if end > 0 && t.byte(end - 1) == b'.' {
        end - 1
    } else {
        end
    };
    let mut begin = end;
    while begin > 0 && (t.byte(begin - 1).is_ascii_alphabetic() || t.byte(begin - 1) == b'-') {
        begin -= 1;
    }
    (begin < end && t.alone_before(begin)).then(|| t.s.get(begin..end).unwrap_or_default())
}

fn is_capitalised(word: &str) -> bool {
    word.bytes().next().is_some_and(|x| x.is_ascii_uppercase())
}

/// Whether the text before `start`, skipping spaces and opening marks, is the start of the
/// text or ends a sentence or a line.
fn starts_sentence(t: &Text, start: usize) -> bool {
    let before = t.s.get(..start).unwrap_or_default();
    match before.trim_end_matches(OPENING_MARKS).chars().next_back() {
        None => true,
        Some(c) => SENTENCE_BREAKS.contains(&c),
    }
}

/// Whether the candidate `start..end`, a name of the table, names a person where it stands.
// Out of `first_names`, which runs hot: docs/performance.md, "What V8 compiles".
#[inline(never)]
fn names_a_person(t: &Text, start: usize, end: usize, name: FirstName) -> bool {
    let before = word_before_space(t, start);
    if after_a_title(t, start) {
        return false;
    }
    let also_word = name == FirstName::AlsoWord;
    if let Some(after) = possessive_end(t, end) {
        return word_after_space(t, after).is_some_and(|w| {
            POSSESSED.contains(&w) || (!also_word && w.bytes().all(|x| x.is_ascii_lowercase()))
        });
    }
    // An age or `who` after it, or spoken to: a person, wherever the name stands.
    if gives_age(t, end) || addressed(t, start, end) {
        return true;
    }
    // After `in`, `at`, `from`, ... a name is a place's (`partners in Stanley told us`).
    if before.is_some_and(|w| PLACE_WORDS.contains(&w)) {
        return false;
    }
    // A verb of saying or feeling after it, or after a surname after it.
    let next = word_after_space(t, end);
    let speech = |w: Option<&str>| w.is_some_and(|w| SPEECH_VERBS.contains(&w));
    if speech(next) {
        return true;
    }
    if let Some(surname) = next.filter(|w| is_capitalised(w)) {
        if speech(word_after_space(t, end + 1 + surname.len())) {
            return true;
        }
    }
    // A naming or kinship word before it.
    if before.is_some_and(|w| BEFORE_A_NAME.contains(&w)) {
        return true;
    }
    // For a name that is not also a word: a verb after it; or inside a sentence, and no
    // part of a run of capitalised words.
    if also_word {
        return false;
    }
    if next.is_some_and(|w| AFTER_A_NAME.contains(&w)) {
        return true;
    }
    !starts_sentence(t, start)
        && !before.is_some_and(is_capitalised)
        && !next.is_some_and(is_capitalised)
}

/// Whether the name is spoken to: just after an opening quotation mark and followed by `,` or
/// `!` (`"Hope, do you know`); or after `, ` and followed by `.`, `,`, `!` or `?` and a closing
/// quotation mark (`new class, Willow."`); or after `Thank you, ` or `Dear `.
fn addressed(t: &Text, start: usize, end: usize) -> bool {
    let before = t.s.get(..start).unwrap_or_default();
    let after = t.s.get(end..).unwrap_or_default();
    let opens = before.ends_with(OPENING_QUOTES) && after.starts_with([',', '!']);
    let closes = before.ends_with(", ")
        && after.starts_with(['.', ',', '!', '?'])
        && after
            .get(1..)
            .is_some_and(|a| a.starts_with(CLOSING_QUOTES));
    opens || closes || before.ends_with("Thank you, ") || before.ends_with("thank you, ")
}

/// Whether a title of [`NOT_AFTER`] stands before the name at `start`: as the word before it,
/// or before the capitalised words of a name that runs up to it (`District Judge Sarah Amelia`).
fn after_a_title(t: &Text, mut start: usize) -> bool {
    for _ in 0..MAX_NAMES_AFTER_A_TITLE {
        match word_before_space(t, start) {
            Some(w) if NOT_AFTER.contains(&w) => return true,
            Some(w) if is_capitalised(w) => {
                start -= w.len() + 1 + usize::from(t.byte(start - 2) == b'.')
            }
            _ => return false,
        }
    }
    false
}

/// `, aged`, ` aged`, ` (aged`, `, age `, ` (age `, `, who `; or `, ` or ` (` and one or two
/// digits and then `,` or `)`.
fn gives_age(t: &Text, end: usize) -> bool {
    let rest = t.b.get(end..).unwrap_or_default();
    let rest = &rest[..rest.len().min(12)];
    let word_then = |prefix: &[u8]| {
        rest.starts_with(prefix)
            && (prefix.ends_with(b" ")
                || !rest.get(prefix.len()).is_some_and(u8::is_ascii_alphabetic))
    };
    if AGE_PHRASES.iter().any(|p| word_then(p.as_bytes())) {
        return true;
    }
    let Some(digits) = [&b", "[..], &b" ("[..]]
        .iter()
        .find_map(|opening| rest.strip_prefix(*opening))
    else {
        return false;
    };
    let n = digits
        .iter()
        .take(2)
        .take_while(|x| x.is_ascii_digit())
        .count();
    n > 0 && matches!(digits.get(n), Some(b',' | b')'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<&str> {
        first_names(&Text::new(text))
            .into_iter()
            .map(|(s, e)| &text[s..e])
            .collect()
    }

    #[test]
    fn names_in_naming_contexts() {
        for (text, name) in [
            (
                "Jayden told his guardian that he wanted to live with his nan.",
                "Jayden",
            ),
            ("\"I want to go home,\" said Amelia.", "Amelia"),
            ("Amelia, aged 9, said she felt safe.", "Amelia"),
            ("Kai (7) drew his family.", "Kai"),
            ("We read Jayden's wishes to the court.", "Jayden"),
            ("a boy called Kai", "Kai"),
            ("her brother Leo", "Leo"),
            ("Grace told us she was scared.", "Grace"),
            ("Hope's mother asked for help.", "Hope"),
            ("We spoke with Jayden about the move.", "Jayden"),
            ("Jayden Smith told the court.", "Jayden"),
            ("Amelia, who is nine, asked to stay.", "Amelia"),
        ] {
            assert_eq!(found(text), [name], "{text}");
        }
    }

    #[test]
    fn no_name_where_none_is_meant() {
        for text in [
            "In May the team met twice.",
            "We will review this.",
            "Hope for the future is a theme.",
            "Grace periods apply.",
            "Mrs Justice Amberley chaired the board.",
            "District Judge Sarah Jones heard it.",
            "Judge Sarah Amelia Jones told the court.",
            "St Mary's Primary School",
            "the Lucy Faithfull Foundation",
            "JAYDEN told us",
            "jayden told us",
            "McKenzie said",
            "Jo said",
            "Mary-Jane",
            "O'Jayden",
            "May's figures improved.",
        ] {
            assert_eq!(found(text), Vec::<&str>::new(), "{text}");
        }
    }
}
