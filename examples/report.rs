//! Prints the report of one JSON file as the canonical JSON text of `Report::to_json()`, the
//! text the npm package gives too (tests/native.test.mjs compares them byte for byte).
//!
//! `cargo run --example report -- [--positions] FILE`: exit 0 with the report on standard
//! output (with `--positions`, as `validate_json_with` gives it with positions); for a file
//! that cannot be read or whose text is refused, the reason on standard error, exit 2.
//! `report --empty-document` prints `empty_document()` as compact JSON, `report --limits` the
//! limits as the package's `limits()` gives them. `report --digest FILE` prints the file's
//! content digest, `report --migrate FILE` its migrated document as compact JSON text (as
//! `JSON.stringify` gives the package's `migrate`); refused input as for a report.
//! `report --next-year FILE` prints its next year's draft, `report --compare OLD NEW` the
//! comparison of two files, each as compact JSON text (as `JSON.stringify` gives the package's
//! `nextYear` and `compare`).

use std::process::ExitCode;

/// What to print of the file.
#[derive(Clone, Copy, PartialEq, Eq)]
enum What {
    Report,
    Positions,
    Digest,
    Migrate,
    NextYear,
    Compare,
}

fn main() -> ExitCode {
    let mut args: Vec<_> = std::env::args_os().skip(1).collect();
    let what = match args.first().and_then(|a| a.to_str()) {
        Some("--positions") => What::Positions,
        Some("--digest") => What::Digest,
        Some("--migrate") => What::Migrate,
        Some("--next-year") => What::NextYear,
        Some("--compare") => What::Compare,
        _ => What::Report,
    };
    if what != What::Report {
        args.remove(0);
    }
    let usage = || {
        eprintln!(
            "usage: report [--positions | --digest | --migrate | --next-year] FILE | --compare OLD NEW | --empty-document | --limits"
        );
        ExitCode::from(2)
    };
    if what == What::Compare {
        let [old, new] = args.as_slice() else {
            return usage();
        };
        let (old, new) = match (read(old), read(new)) {
            (Ok(old), Ok(new)) => (old, new),
            (Err(code), _) | (_, Err(code)) => return code,
        };
        return print(sefcheck::compare_json(&old.1, &new.1), &old.0);
    }
    let [path] = args.as_slice() else {
        return usage();
    };
    if path == "--empty-document" {
        // The core's new draft, for the test that checks the package's copy of it.
        println!("{}", sefcheck::empty_document());
        return ExitCode::SUCCESS;
    }
    if path == "--limits" {
        // The core's limits, for the test that checks the package's copy of them.
        println!("{}", sefcheck::LIMITS.to_json());
        return ExitCode::SUCCESS;
    }
    let (shown, text) = match read(path) {
        Ok(read) => read,
        Err(code) => return code,
    };
    let positions = what == What::Positions;
    let output = match what {
        What::Digest => sefcheck::content_digest_json(&text),
        What::Migrate => sefcheck::migrate_json(&text),
        What::NextYear => sefcheck::next_year_json(&text),
        What::Report | What::Positions | What::Compare => {
            sefcheck::validate_json_with(&text, sefcheck::ValidateOptions { positions })
                .map(|report| report.to_json())
        }
    };
    print(output, &shown)
}

/// The file's name as shown, and its text; or the exit code after saying why it cannot be read.
fn read(path: &std::ffi::OsString) -> Result<(String, String), ExitCode> {
    let shown = path.to_string_lossy().into_owned();
    match std::fs::read(path) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(text) => Ok((shown, text)),
            Err(_) => {
                eprintln!("{shown}: the file is not UTF-8 text");
                Err(ExitCode::from(2))
            }
        },
        Err(e) => {
            eprintln!("{shown}: {e}");
            Err(ExitCode::from(2))
        }
    }
}

/// The output on standard output, exit 0; or the refusal on standard error, exit 2.
fn print(output: Result<String, sefcheck::InputError>, shown: &str) -> ExitCode {
    match output {
        Ok(output) => {
            println!("{output}");
            ExitCode::SUCCESS
        }
        Err(refused) => {
            eprintln!("{shown}: {refused}");
            ExitCode::from(2)
        }
    }
}
