//! Random texts for the tests that hold a fast pass to a plain one: pieces of text near which
//! the scanners may go wrong, put together by a small seeded generator.

/// Pieces of text near which the scanners may go wrong.
const PIECES: &[&str] = &[
    "0",
    "1",
    "2",
    "7",
    "9",
    "12",
    "31",
    "2015",
    "0161",
    "943",
    "476",
    "5919",
    "9434765919",
    "07700",
    "900123",
    "+44",
    "+4",
    "(0)",
    "(0",
    "(020)",
    ")",
    "(",
    "+",
    " ",
    " ",
    " ",
    "  ",
    "-",
    "-",
    ".",
    ",",
    ", ",
    "/",
    "@",
    "@",
    "_",
    "%",
    "'",
    "’",
    "a",
    "b",
    "d",
    "e",
    "x",
    "ab",
    "the",
    "of",
    "OF",
    "on",
    "and",
    "st",
    "th",
    "TH",
    "nd",
    "rd",
    "born",
    "Born",
    "BORN",
    "bORn",
    "newborn",
    "DOB",
    "dob",
    "d.o.b",
    "D.O.B.",
    "date of birth",
    "Date Of Birth",
    "date",
    "birthday",
    "birth",
    "born ",
    "March",
    "mar",
    "MAR",
    "Sep",
    "sept",
    "december",
    "Dec",
    "may",
    "jun",
    "June",
    "Mr",
    "Mrs",
    "Ms",
    "Miss",
    "Master",
    "Mx",
    "Dr",
    "MR",
    "Mr.",
    "Mr ",
    "Dr. ",
    "Smith",
    "O'Brien",
    "Jones",
    "Zoë",
    "Ångström",
    "A",
    "AB",
    "CD",
    "ZW",
    "24",
    "P",
    "00153",
    "LV21C50012",
    "SW1A",
    "1AA",
    "W1J",
    "0BH",
    "M1",
    "EC1A",
    "AB123456C",
    "AB 12 34 56 C",
    "1234",
    "5678",
    "1234 5678 1234 5678",
    "943 476 5919",
    "07700 900123",
    "12/03/2015",
    "1/3/2015",
    "2015-03-12",
    "12.03.2015",
    "12-03-2015",
    "12th of March 2015",
    "March 12, 2015",
    "parent.one",
    "example",
    ".org",
    "example.org",
    "é",
    "e\u{301}",
    "😀",
    "\u{663}",
    "ñ",
    "Σωκράτης",
    "用户",
    "\u{a0}",
    "\n",
    "\r\n",
    "\t",
    "\u{200b}",
    "Ω",
    "ǅ",
    "\u{2013}",
    "z",
    "Q",
    "V",
    "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    "                                        ",
];

/// A small, seeded generator, so that a failure can be found again.
pub(super) struct Random(pub(super) u64);

impl Random {
    fn next(&mut self) -> u64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

pub(super) fn random_text(random: &mut Random) -> String {
    let pieces = match random.below(4) {
        0 => random.below(6),
        1 => random.below(20),
        2 => random.below(60),
        _ => random.below(200),
    };
    let mut text = String::new();
    for _ in 0..pieces {
        if random.below(8) == 0 {
            // Any ASCII byte, or now and then a character beyond.
            let c = match random.below(10) {
                0 => char::from_u32(0x80 + random.below(0x3000) as u32).unwrap_or('?'),
                _ => char::from(random.below(128) as u8),
            };
            text.push(c);
        } else {
            text.push_str(PIECES[random.below(PIECES.len())]);
        }
    }
    text
}
