//! Named schools and nurseries (rules.md, "Schools"): a run of capitalised words that ends in
//! a school word, with at least one word in it that is neither a school word nor generic.

use super::Text;

/// The words a school's name ends in, exactly as written.
const SCHOOL_WORDS: &[&str] = &[
    "School",
    "Primary",
    "Academy",
    "Nursery",
    "College",
    "Pre-school",
    "Pre-School",
];

/// Words that do not make a name of a kind of school (`Primary School`, `Sixth Form College`).
const GENERIC_WORDS: &[&str] = &[
    "The",
    "A",
    "An",
    "Primary",
    "Secondary",
    "Junior",
    "Infant",
    "Infants",
    "Middle",
    "High",
    "Grammar",
    "Comprehensive",
    "Special",
    "Independent",
    "Free",
    "Community",
    "Catholic",
    "Church",
    "Faith",
    "Village",
    "Virtual",
    "Hospital",
    "Further",
    "Higher",
    "Education",
    "Sixth",
    "Form",
    "Day",
    "Forest",
    "Boarding",
    "Residential",
    "State",
    "Local",
    "National",
    "Royal",
    "University",
];

/// Words that never start a school's name: articles and the words of a sentence before it
/// (`Our`, `In`); also generic.
const NOT_FIRST_WORDS: &[&str] = &[
    "The", "A", "An", "Our", "Their", "His", "Her", "My", "Your", "Each", "Every", "Any", "This",
    "That", "Its", "In", "At", "For", "From",
];

/// Words that may join two name words of a school's name, each standing once between them.
const JOINING_WORDS: &[&str] = &["of", "and", "&"];

/// The most words of a run, so that each school word looks back a bounded way.
const MAX_RUN_WORDS: usize = 8;

/// Every named school, left to right: (start, end) byte offsets.
#[inline(never)]
pub(super) fn schools(t: &Text) -> Vec<(usize, usize)> {
    let mut found: Vec<(usize, usize)> = Vec::new();
    let mut from = 0;
    // A school word starts with a capital letter after something that is not a letter or a
    // digit.
    while let Some(i) = t.next_capital(from) {
        from = i + 1;
        let Some(end) = school_word_at(t, i).filter(|_| t.alone_before(i)) else {
            continue;
        };
        // The run goes on when another school word follows (`Primary School`).
        let continues = t.byte(end) == b' ' && school_word_at(t, end + 1).is_some();
        if !continues {
            if let Some(start) = run_start(t, i) {
                if found
                    .last()
                    .map_or(true, |&(_, last_end)| last_end <= start)
                {
                    found.push((start, end));
                }
            }
        }
        from = end;
    }
    found
}

/// The first two bytes of each school word: most capitals start none, and are passed over
/// without comparing the words.
const SCHOOL_WORD_STARTS: [[u8; 2]; SCHOOL_WORDS.len()] = {
    let mut starts = [[0; 2]; SCHOOL_WORDS.len()];
    let mut k = 0;
    while k < SCHOOL_WORDS.len() {
        let w = SCHOOL_WORDS[k].as_bytes();
        starts[k] = [w[0], w[1]];
        k += 1;
    }
    starts
};

/// A school word at `i`, standing alone: where it ends.
fn school_word_at(t: &Text, i: usize) -> Option<usize> {
    let start = [t.byte(i), t.byte(i + 1)];
    if !SCHOOL_WORD_STARTS.contains(&start) {
        return None;
    }
    SCHOOL_WORDS
        .iter()
        .find(|w| t.has(i, w.as_bytes()) && stands_alone_after(t, i + w.len()))
        .map(|w| i + w.len())
}

/// Nothing that would run the word on after `i`: no letter, digit, hyphen or apostrophe.
fn stands_alone_after(t: &Text, i: usize) -> bool {
    t.alone_after(i) && !matches!(t.char_at(i), Some('-' | '\'' | '\u{2019}'))
}

/// One word of a run, as it lies before a space at `end`: a name word (`Mary's`, `St`,
/// `St.`), a joining word, or neither. Where it starts and what it is.
fn word_before(t: &Text, end: usize) -> Option<(usize, Word)> {
    let b = t.b;
    let mut start = end;
    while start > 0 && !matches!(b[start - 1], b' ' | b'\n' | b'\r' | b'\t') {
        start -= 1;
        if end - start > 40 {
            return None;
        }
    }
    let word = t.s.get(start..end)?;
    if JOINING_WORDS.contains(&word) {
        return Some((start, Word::Joining));
    }
    if !t.alone_before(start) && start > 0 {
        return None;
    }
    let bare = word
        .strip_suffix("'s")
        .or_else(|| word.strip_suffix("\u{2019}s"))
        .unwrap_or(word);
    let name = bare == "St."
        || bare
            .strip_prefix(|c: char| c.is_ascii_uppercase())
            .is_some_and(|rest| {
                rest.bytes().all(|x| x.is_ascii_alphabetic()) && (bare.len() > 1 || bare == "A")
            });
    name.then(|| (start, Word::Name(bare_range(start, bare))))
}

fn bare_range(start: usize, bare: &str) -> (usize, usize) {
    (start, start + bare.len())
}

#[derive(Clone, Copy)]
enum Word {
    /// A name word, and where it lies without its `'s`.
    Name((usize, usize)),
    Joining,
}

/// Where the name of the school whose school word starts at `i` starts: the longest run of
/// name words (joined by single spaces, a joining word standing between two of them) before
/// it, without the words that never start a name; none when no word of the run is
/// distinctive.
// Only after a school word: kept out of the loop over capitals that V8 optimises.
#[inline(never)]
fn run_start(t: &Text, i: usize) -> Option<usize> {
    // The words before the school word, nearest first.
    let mut words: Vec<(usize, (usize, usize))> = Vec::new();
    let mut p = i;
    let mut pending_joint: Option<usize> = None;
    // Whether the word after the one read next is a school word: a run does not reach back
    // past a school word that ended a name of its own (`School and Oakwood High School`).
    let mut after_is_school = true;
    while words.len() < MAX_RUN_WORDS && p > 0 && t.byte(p - 1) == b' ' {
        match word_before(t, p - 1) {
            Some((start, Word::Name(bare))) => {
                let word = t.s.get(bare.0..bare.1).unwrap_or_default();
                let school = SCHOOL_WORDS.contains(&word);
                if school && !after_is_school {
                    break;
                }
                after_is_school = school;
                pending_joint = None;
                words.push((start, bare));
                p = start;
            }
            Some((start, Word::Joining)) if pending_joint.is_none() && !words.is_empty() => {
                after_is_school = false;
                pending_joint = Some(start);
                p = start;
            }
            _ => break,
        }
    }
    // The run, first word first, without a leading joining word or words that never start a
    // name.
    let mut run: Vec<(usize, &str)> = words
        .iter()
        .rev()
        .filter_map(|&(start, (s, e))| t.s.get(s..e).map(|w| (start, w)))
        .collect();
    while run
        .first()
        .is_some_and(|(_, w)| NOT_FIRST_WORDS.contains(w))
    {
        run.remove(0);
    }
    let distinctive = run.iter().any(|(_, w)| {
        !GENERIC_WORDS.contains(w) && !SCHOOL_WORDS.contains(w) && !NOT_FIRST_WORDS.contains(w)
    });
    if !distinctive {
        return None;
    }
    run.first().map(|&(start, _)| start)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<&str> {
        schools(&Text::new(text))
            .into_iter()
            .map(|(s, e)| &text[s..e])
            .collect()
    }

    #[test]
    fn named_schools_are_found() {
        assert_eq!(
            found("He attends St Mary's Primary School in Hexham."),
            ["St Mary's Primary School"]
        );
        assert_eq!(found("at Hexham Middle School."), ["Hexham Middle School"]);
        assert_eq!(found("Little Acorns Nursery"), ["Little Acorns Nursery"]);
        assert_eq!(found("at Greenfield Academy,"), ["Greenfield Academy"]);
        assert_eq!(found("Oakwood Pre-school"), ["Oakwood Pre-school"]);
        assert_eq!(found("Newcastle College"), ["Newcastle College"]);
        assert_eq!(
            found("Our Lady of Lourdes Catholic Primary School"),
            ["Lady of Lourdes Catholic Primary School"]
        );
        assert_eq!(
            found("St Mary and St John Primary"),
            ["St Mary and St John Primary"]
        );
        assert_eq!(
            found("The Grange School and Oakwood High School"),
            ["Grange School", "Oakwood High School"]
        );
        assert_eq!(
            found("Saint Joseph\u{2019}s Catholic Academy"),
            ["Saint Joseph\u{2019}s Catholic Academy"]
        );
    }

    #[test]
    fn kinds_of_school_are_not_names() {
        for text in [
            "a primary school",
            "the school",
            "Primary schools",
            "Primary School",
            "the Virtual School head",
            "a High School",
            "Sixth Form College",
            "The Academy",
            "the College of Policing",
            "Royal College of Psychiatrists",
            "Schools in Hexham",
            "Greenfield Academy's",
            "Greenfield Academy-wide",
            "In School",
            "Further Education College",
        ] {
            assert_eq!(found(text), Vec::<&str>::new(), "{text}");
        }
    }

    #[test]
    fn a_run_is_bounded() {
        let text = format!("{}School", "Aaa ".repeat(100));
        let got = found(&text);
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].split(' ').count(), MAX_RUN_WORDS + 1);
    }
}
