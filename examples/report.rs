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

use std::process::ExitCode;

/// What to print of the file.
#[derive(Clone, Copy, PartialEq, Eq)]
enum What {
    Report,
    Positions,
    Digest,
    Migrate,
}

fn main() -> ExitCode {
    let mut args: Vec<_> = std::env::args_os().skip(1).collect();
    let what = match args.first().and_then(|a| a.to_str()) {
        Some("--positions") => What::Positions,
        Some("--digest") => What::Digest,
        Some("--migrate") => What::Migrate,
        _ => What::Report,
    };
    if what != What::Report {
        args.remove(0);
    }
    let [path] = args.as_slice() else {
        eprintln!(
            "usage: report [--positions | --digest | --migrate] FILE | --empty-document | --limits"
        );
        return ExitCode::from(2);
    };
    if path == "--empty-document" {
        // The core's new draft, for the test that checks the package's copy of it.
        println!("{}", sefcheck::empty_document());
        return ExitCode::SUCCESS;
    }
    if path == "--limits" {
        // The core's limits, for the test that checks the package's copy of them.
        println!(
            "{}",
            serde_json::to_string(&sefcheck::LIMITS).unwrap_or_default()
        );
        return ExitCode::SUCCESS;
    }
    let shown = path.to_string_lossy().into_owned();
    let text = match std::fs::read(path) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(text) => text,
            Err(_) => {
                eprintln!("{shown}: the file is not UTF-8 text");
                return ExitCode::from(2);
            }
        },
        Err(e) => {
            eprintln!("{shown}: {e}");
            return ExitCode::from(2);
        }
    };
    let positions = what == What::Positions;
    let output = match what {
        What::Digest => sefcheck::content_digest_json(&text),
        What::Migrate => sefcheck::migrate_json(&text),
        What::Report | What::Positions => {
            sefcheck::validate_json_with(&text, sefcheck::ValidateOptions { positions })
                .map(|report| report.to_json())
        }
    };
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
