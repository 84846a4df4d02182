//! Prints the report of one JSON file as the canonical JSON text of `Report::to_json()`, the
//! text the npm package gives too (tests/native.test.mjs compares them byte for byte).
//!
//! `cargo run --example report -- [--positions] FILE`: exit 0 with the report on standard
//! output (with `--positions`, as `validate_json_with` gives it with positions); for a file
//! that cannot be read or whose text is refused, the reason on standard error, exit 2.
//! `report --empty-document` prints `empty_document()` as compact JSON, `report --limits` the
//! limits as the package's `limits()` gives them.

use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args: Vec<_> = std::env::args_os().skip(1).collect();
    let positions = args.first().is_some_and(|a| a == "--positions");
    if positions {
        args.remove(0);
    }
    let [path] = args.as_slice() else {
        eprintln!("usage: report [--positions] FILE | --empty-document | --limits");
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
    match sefcheck::validate_json_with(&text, sefcheck::ValidateOptions { positions }) {
        Ok(report) => {
            println!("{}", report.to_json());
            ExitCode::SUCCESS
        }
        Err(refused) => {
            eprintln!("{shown}: {refused}");
            ExitCode::from(2)
        }
    }
}
