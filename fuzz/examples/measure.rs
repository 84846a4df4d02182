//! Resource bounds (docs/performance.md): builds a document of a hostile shape and size in memory and times
//! `validate_json` on it; run under `/usr/bin/time -v` for the peak memory.
//!
//! `measure SHAPE MIB [REPEAT]` (or `measure SHAPE MIB --dump`: print the document); SHAPE is one of `words` (one huge text of words), `tiny` (many
//! tiny strings in max-size lists), `lists` (every list at 500 items of real items), `deep`
//! (nesting at 64 levels, over and over), `digits` (digit runs that almost make NHS numbers,
//! phone and case numbers), `born` ("born " repeated, with dates after it), `names` ("Mr X"
//! repeated), or `all` (each in turn). Prints one line per shape: bytes, milliseconds, MB/s.

use std::time::Instant;

fn text_doc(field: &str) -> String {
    format!("{{\"formVersion\":1,\"voice\":{{\"children\":\"{field}\"}}}}")
}

/// A string of `n` bytes of `unit` repeated.
fn fill(unit: &str, n: usize) -> String {
    unit.repeat(n / unit.len() + 1)[..n].to_string()
}

pub fn shape(name: &str, bytes: usize) -> String {
    let room = bytes.saturating_sub(64);
    match name {
        "words" => text_doc(&fill("word ", room)),
        "digits" => text_doc(&fill(
            "943 476 591 07700 90012 LV21C5001 1234 5678 9012 345 ",
            room,
        )),
        "born" => text_doc(&fill("born 12/03/2015 born March 12th, 2015 ", room)),
        "names" => text_doc(&fill("Mr Smith-O'Brien Mrs A Dr Z ", room)),
        "email" => text_doc(&fill("a.b.c.d.e.f@g.h.i-j.k ", room)),
        "tiny" => {
            // Many one-character strings: strengths lists of 500 items, in many unknown fields
            // of an area (unknown fields are still read; their values are not checked).
            let list = format!("[{}]", vec!["\"x\""; 500].join(","));
            let mut s =
                String::from("{\"formVersion\":1,\"areas\":{\"privateLaw\":{\"strengths\":");
            s.push_str(&list);
            let mut i = 0;
            while s.len() + list.len() + 32 < bytes {
                s.push_str(&format!(",\"u{i}\":{list}"));
                i += 1;
            }
            s.push_str("}}}");
            s
        }
        "lists" => {
            // Every list at its 500-item maximum, items as large as it takes to reach the size.
            let per = room / 3000;
            let t = fill(
                "Mr Smith born 1/3/2015 943 476 5919 ",
                per.saturating_sub(70).max(8),
            );
            let ev: Vec<String> = (0..500).map(|i| format!("{{\"id\":\"e{i}\",\"kind\":\"audit\",\"title\":\"{t}\",\"date\":\"2026-05-01\",\"description\":\"{t}\"}}")).collect();
            let refs: Vec<String> = (0..500).map(|i| format!("\"e{i}\"")).collect();
            let acts: Vec<String> = (0..500).map(|i| format!("{{\"id\":\"a{i}\",\"area\":\"privateLaw\",\"description\":\"{t}\",\"owner\":\"{t}\",\"due\":\"2027-06-01\",\"status\":\"inProgress\"}}")).collect();
            let strs: Vec<String> = (0..500).map(|_| format!("\"{t}\"")).collect();
            format!("{{\"formVersion\":1,\"evidence\":[{}],\"actions\":[{}],\"areas\":{{\"privateLaw\":{{\"evidence\":[{}],\"strengths\":[{}],\"developmentAreas\":[{}]}}}}}}",
                ev.join(","), acts.join(","), refs.join(","), strs.join(","), strs.join(","))
        }
        "deep" => {
            // Nesting at 64 levels, as many times as fits, inside an unknown field's list.
            let one = format!("{}1{}", "[".repeat(62), "]".repeat(62));
            let mut s = String::from("{\"formVersion\":1,\"zz\":[");
            while s.len() + one.len() + 4 < bytes {
                s.push_str(&one);
                s.push(',');
            }
            s.push_str("0]}");
            s
        }
        other => panic!("unknown shape {other}"),
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let name = args.first().map(String::as_str).unwrap_or("all");
    let mib: f64 = args.get(1).and_then(|s| s.parse().ok()).unwrap_or(5.0);
    let repeat: usize = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(3);
    let bytes = ((mib * 1048576.0) as usize).min(sefcheck::limits::MAX_BYTES);
    let names: Vec<&str> = if name == "all" {
        vec![
            "words", "tiny", "lists", "deep", "digits", "born", "names", "email",
        ]
    } else {
        vec![name]
    };
    if args.iter().any(|a| a == "--dump") {
        // The document itself, for fuzz/measure-node.mjs to time in the npm package.
        print!("{}", shape(name, bytes));
        return;
    }
    for n in names {
        let text = shape(n, bytes);
        assert!(
            text.len() <= sefcheck::limits::MAX_BYTES,
            "{n}: {} bytes",
            text.len()
        );
        let mut best = f64::MAX;
        let mut diags = 0;
        for _ in 0..repeat {
            let t = Instant::now();
            let r = sefcheck::validate_json(&text).unwrap_or_else(|e| panic!("{n}: {e}"));
            let json = r.to_json();
            best = best.min(t.elapsed().as_secs_f64());
            diags = r.diagnostics.len();
            std::hint::black_box(json);
        }
        println!(
            "{n:8} {:>9} bytes  {:>9.1} ms  {:>7.1} MB/s  {diags} diagnostics",
            text.len(),
            best * 1e3,
            text.len() as f64 / best / 1e6
        );
    }
}
