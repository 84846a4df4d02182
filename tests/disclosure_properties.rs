//! Properties of the disclosure scan (rules.md, "Disclosure checks"):
//!
//! - on any text, findings lie inside it, on UTF-16 character boundaries, sorted by start and
//!   never overlapping;
//! - a known finding put anywhere in random prose (words, spaces, punctuation, emoji, marks,
//!   line breaks, but no digits, `@`, `+` or titles, so the prose cannot make a match that
//!   touches it) is found exactly there, as its kind.

use proptest::prelude::*;
use proptest::sample::{select, Index};
use sefcheck::disclosure::{scan, DisclosureKind};

const CASES: u32 = 2000;

/// `true` at each UTF-16 offset that is not inside a surrogate pair (0 and the length included).
fn utf16_boundaries(text: &str) -> Vec<bool> {
    let mut boundaries = vec![true];
    for c in text.chars() {
        if c.len_utf16() == 2 {
            boundaries.push(false);
        }
        boundaries.push(true);
    }
    boundaries
}

fn assert_well_formed(text: &str) -> Result<(), TestCaseError> {
    let findings = scan(text);
    let boundaries = utf16_boundaries(text);
    let len = boundaries.len() - 1;
    for f in &findings {
        prop_assert!(f.start < f.end, "empty or reversed: {f:?}");
        prop_assert!(f.end <= len, "{f:?} past the end ({len})");
        prop_assert!(
            boundaries[f.start] && boundaries[f.end],
            "{f:?} splits a surrogate pair"
        );
    }
    for pair in findings.windows(2) {
        prop_assert!(
            pair[0].end <= pair[1].start,
            "overlapping or unsorted: {pair:?}"
        );
    }
    prop_assert_eq!(&findings, &scan(text), "not deterministic");
    Ok(())
}

/// Pieces of findings and of near misses, glued together at random.
fn fragment() -> impl Strategy<Value = String> {
    let pieces = select(vec![
        "Mr",
        "Mrs",
        "Dr.",
        "Master",
        " ",
        " ",
        "  ",
        "-",
        ".",
        ",",
        "@",
        "+44",
        "(0)",
        "(",
        ")",
        "0",
        "1",
        "9",
        "12",
        "07700",
        "900123",
        "943",
        "476",
        "5919",
        "2015",
        "/",
        "born",
        "DOB",
        "D.O.B",
        "date of birth",
        "birthday",
        "newborn",
        "the",
        " of ",
        "th",
        "March",
        "Sep",
        "AB",
        "SW1A",
        "1AA",
        "ZW24P00153",
        "example",
        ".org",
        "Smith",
        "O'B",
        "\u{2019}s",
        "A",
        "é",
        "e\u{301}",
        "\u{301}",
        "😀",
        "\u{663}",
        "\r\n",
        "ª",
        "Ⓐ",
        "Ł",
        "字",
    ]);
    prop_oneof![
        3 => pieces.prop_map(str::to_string),
        1 => "\\PC{0,3}",
        1 => any::<char>().prop_map(String::from),
    ]
}

fn rich_text() -> impl Strategy<Value = String> {
    prop::collection::vec(fragment(), 0..40).prop_map(|parts| parts.concat())
}

/// Prose that cannot make a finding touching what is put beside it: no ASCII or other digits,
/// no `@`, `+` or brackets around digits, and no titles.
fn safe_token() -> impl Strategy<Value = String> {
    select(vec![
        "the",
        "child",
        "Child",
        "A",
        "B",
        "said",
        "guardian",
        "court",
        "Ofsted",
        "Cafcass",
        "practice",
        "was",
        "seen",
        "and",
        "heard",
        "earlier",
        "a",
        "nine-year-old",
        "girl",
        "café",
        "naïve",
        "e\u{301}",
        "Zoë",
        "儿童",
        "😀",
        "👩\u{200d}👧",
        ".",
        ",",
        ";",
        ":",
        "!",
        "?",
        "(",
        ")",
        "'",
        "\"",
        "\u{2014}",
        "-",
        "\r\n",
        "\n",
        "\t",
        "\u{a0}",
        "Mister",
        "MR",
        "of",
        "March",
        "born",
        "St",
        "O'Neill",
        "x",
        "CE",
        "SW",
    ])
    .prop_map(str::to_string)
}

/// A known finding: its kind, its text, and where in that text the finding starts and ends
/// (in UTF-16 code units), for a date of birth after its cue.
#[derive(Clone, Debug)]
struct Known {
    kind: DisclosureKind,
    text: String,
    start: usize,
    end: usize,
}

fn known(kind: DisclosureKind, text: String) -> Known {
    let end = text.encode_utf16().count();
    Known {
        kind,
        text,
        start: 0,
        end,
    }
}

fn digits(n: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(0u8..10, n).prop_map(|d| d.iter().map(|d| char::from(b'0' + d)).collect())
}

/// The first digit of a geographic (01, 02) or mobile (07) national number.
fn geographic() -> impl Strategy<Value = &'static str> {
    select(vec!["1", "2", "7"])
}

fn gap() -> impl Strategy<Value = &'static str> {
    select(vec!["", " ", "-"])
}

fn nhs_number() -> impl Strategy<Value = Known> {
    (prop::collection::vec(0u32..10, 9), gap(), gap()).prop_filter_map(
        "check digit 10",
        |(d, g1, g2)| {
            let sum: u32 = d.iter().zip((2..=10).rev()).map(|(d, w)| d * w).sum();
            let check = match 11 - sum % 11 {
                10 => return None,
                11 => 0,
                c => c,
            };
            let s: String = d.iter().chain([&check]).map(|d| d.to_string()).collect();
            Some(known(
                DisclosureKind::NhsNumber,
                format!("{}{g1}{}{g2}{}", &s[..3], &s[3..6], &s[6..]),
            ))
        },
    )
}

fn case_number() -> impl Strategy<Value = Known> {
    prop_oneof![
        ("[A-Za-z]{2}", digits(2), "[A-Za-z]", digits(5))
            .prop_map(|(a, b, c, d)| known(DisclosureKind::CaseNumber, format!("{a}{b}{c}{d}"))),
        (
            digits(4),
            gap(),
            digits(4),
            gap(),
            digits(4),
            gap(),
            digits(4)
        )
            .prop_map(|(a, g1, b, g2, c, g3, d)| known(
                DisclosureKind::CaseNumber,
                format!("{a}{g1}{b}{g2}{c}{g3}{d}")
            )),
    ]
}

fn ni_number() -> impl Strategy<Value = Known> {
    (
        "[A-CEGHJ-PR-TW-Z]",
        "[A-CEGHJ-NPR-TW-Z]",
        prop::collection::vec(gap(), 4),
        digits(6),
        "[A-Da-d]",
        any::<bool>(),
    )
        .prop_filter_map("excluded prefix", |(a, b, gaps, d, suffix, lower)| {
            let prefix = format!("{a}{b}");
            if ["BG", "GB", "KN", "NK", "NT", "TN", "ZZ"].contains(&prefix.as_str()) {
                return None;
            }
            let prefix = if lower { prefix.to_lowercase() } else { prefix };
            let text = format!(
                "{prefix}{}{}{}{}{}{}{}{suffix}",
                gaps[0],
                &d[..2],
                gaps[1],
                &d[2..4],
                gaps[2],
                &d[4..],
                gaps[3]
            );
            Some(known(DisclosureKind::NiNumber, text))
        })
}

fn postcode() -> impl Strategy<Value = Known> {
    (
        "[A-PR-UWYZ]([A-HK-Y])?",
        "[0-9]",
        "([0-9A-Z])?",
        select(vec!["", " "]),
        "[0-9][ABD-HJLNP-UW-Z]{2}",
    )
        .prop_map(|(letters, digit, extra, space, inward)| {
            known(
                DisclosureKind::Postcode,
                format!("{letters}{digit}{extra}{space}{inward}"),
            )
        })
}

fn email() -> impl Strategy<Value = Known> {
    (
        select(vec![
            "parent",
            "jo.smith",
            "a_b",
            "x+y",
            "josé",
            "jose\u{301}",
            "用户",
            "a%b-c",
        ]),
        // (not `example`: an address at example.org is a placeholder, never reported)
        select(vec!["mailbox", "ex-ample", "cafcass", "例子"]),
        select(vec!["org", "gov.uk", "co.uk", "中国"]),
    )
        .prop_map(|(local, domain, top)| {
            known(DisclosureKind::Email, format!("{local}@{domain}.{top}"))
        })
}

fn phone() -> impl Strategy<Value = Known> {
    // Groupings that no 10-digit NHS reading can hide in (NHS comes first in the table).
    // Geographic and mobile numbers: a non-geographic one (03, 080, 084, 087) is not reported.
    let national = (
        geographic(),
        digits(9),
        select(vec![vec![11], vec![5, 6], vec![4, 3, 4], vec![3, 4, 4]]),
        gap(),
    )
        .prop_map(|(first, d, groups, g)| {
            let all = format!("0{first}{d}");
            let mut text = String::new();
            let mut at = 0;
            for (k, len) in groups.iter().enumerate() {
                if k > 0 {
                    text.push_str(g);
                }
                text.push_str(&all[at..at + len]);
                at += len;
            }
            text
        });
    let international = (
        select(vec!["+44 ", "+44", "+44-", "+44 (0)", "+44(0)", "+44 (0) "]),
        geographic(),
        digits(1),
        digits(4),
        digits(4),
    )
        .prop_map(|(prefix, first, a, b, c)| format!("{prefix}{first}{a} {b} {c}"));
    let bracketed = (geographic(), digits(3), digits(6))
        .prop_map(|(first, area, rest)| format!("(0{first}{area}) {rest}"));
    prop_oneof![national, international, bracketed].prop_map(|t| known(DisclosureKind::Phone, t))
}

fn date_of_birth() -> impl Strategy<Value = Known> {
    let date = prop_oneof![
        (1u32..32, 1u32..13, 1900u32..2030).prop_map(|(d, m, y)| format!("{d}/{m:02}/{y}")),
        (1u32..32, 1u32..13, 1900u32..2030).prop_map(|(d, m, y)| format!("{y}-{m:02}-{d:02}")),
        (
            1u32..32,
            select(vec!["March", "Dec", "SEPTEMBER"]),
            1900u32..2030
        )
            .prop_map(|(d, m, y)| format!("{d}th of {m} {y}")),
        (
            select(vec!["May", "jan", "October"]),
            1u32..32,
            1900u32..2030
        )
            .prop_map(|(m, d, y)| format!("{m} {d}, {y}")),
    ];
    (
        select(vec!["born ", "born on the ", "DOB: ", "date of birth\r\n"]),
        date,
    )
        .prop_map(|(cue, date)| {
            let start = cue.encode_utf16().count();
            let end = start + date.encode_utf16().count();
            Known {
                kind: DisclosureKind::DateOfBirth,
                text: format!("{cue}{date}"),
                start,
                end,
            }
        })
}

fn named_person() -> impl Strategy<Value = Known> {
    (
        select(vec![
            "Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Master", "Mr.", "Dr.",
        ]),
        select(vec![
            "Jones",
            "O'Brien-Smith",
            "Smith\u{2019}s",
            "Zoë",
            "Jose\u{301}",
            "McAllister",
            "Łukasz",
        ]),
    )
        .prop_map(|(title, name)| known(DisclosureKind::NamedPerson, format!("{title} {name}")))
}

fn known_finding() -> impl Strategy<Value = Known> {
    prop_oneof![
        case_number(),
        nhs_number(),
        ni_number(),
        postcode(),
        email(),
        phone(),
        date_of_birth(),
        named_person(),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(CASES))]

    #[test]
    fn findings_are_well_formed_in_any_text(text in any::<String>()) {
        assert_well_formed(&text)?;
    }

    #[test]
    fn findings_are_well_formed_in_text_full_of_near_misses(text in rich_text()) {
        assert_well_formed(&text)?;
    }

    #[test]
    fn a_known_finding_is_found_where_it_was_put(
        words in prop::collection::vec(safe_token(), 0..40),
        at in any::<Index>(),
        finding in known_finding(),
    ) {
        let k = at.index(words.len() + 1);
        let before = words[..k].join(" ");
        let after = words[k..].join(" ");
        let text = format!("{before} {} {after}", finding.text);
        let offset = before.encode_utf16().count() + 1;
        let want = (finding.kind, offset + finding.start, offset + finding.end);
        let found: Vec<_> = scan(&text).iter().map(|f| (f.kind, f.start, f.end)).collect();
        prop_assert!(found.contains(&want), "{want:?} not in {found:?} for {text:?}");
        assert_well_formed(&text)?;
    }
}
