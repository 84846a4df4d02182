//! Prints the report of one JSON file as the canonical JSON text of `Report::to_json()`, the
//! text the npm package gives too (tests/native.test.mjs compares them byte for byte).
//!
//! `cargo run --example report -- FILE`: exit 0 with the report on standard output; for a
//! file that cannot be read or whose text is refused, the reason on standard error, exit 2.
//! `report --empty-document` prints `empty_document()` as compact JSON.

use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args = std::env::args_os().skip(1);
    let (Some(path), None) = (args.next(), args.next()) else {
        eprintln!("usage: report FILE");
        return ExitCode::from(2);
    };
    if path == "--empty-document" {
        // The core's new draft, for the test that checks the package's copy of it.
        println!("{}", sefcheck::empty_document());
        return ExitCode::SUCCESS;
    }
    let shown = path.to_string_lossy().into_owned();
    let text = match std::fs::read(&path) {
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
    match sefcheck::validate_json(&text) {
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
