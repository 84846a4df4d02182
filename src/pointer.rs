//! JSON Pointers (RFC 6901), as reports write them: built a token at a time, by the rules as
//! they walk a document and by the locator as it walks the text.

/// Adds `/key` to `path`, with `~` written `~0` and `/` written `~1`.
pub fn push_key(path: &mut String, key: &str) {
    path.push('/');
    if !key.contains(['~', '/']) {
        path.push_str(key);
        return;
    }
    for c in key.chars() {
        match c {
            '~' => path.push_str("~0"),
            '/' => path.push_str("~1"),
            _ => path.push(c),
        }
    }
}

/// Adds `/index` to `path`.
pub fn push_index(path: &mut String, index: usize) {
    path.push('/');
    // Digits by hand: this runs for every list item, and `write!` costs several times more.
    let mut digits = [0u8; 20];
    let mut rest = index;
    let mut at = digits.len();
    loop {
        at -= 1;
        digits[at] = b'0' + (rest % 10) as u8;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    path.extend(digits[at..].iter().map(|&d| char::from(d)));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_escaped_and_indices_written_in_decimal() {
        let mut path = String::new();
        push_key(&mut path, "a/b~c");
        push_index(&mut path, 0);
        push_index(&mut path, 1907);
        push_key(&mut path, "");
        assert_eq!(path, "/a~1b~0c/0/1907/");
    }
}
