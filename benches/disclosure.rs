//! Throughput of the disclosure scan: about 1 MB of practice prose with findings sprinkled in,
//! and 1 MB of each input built to make a careless scanner quadratic (digits, cue words, titles,
//! `a@a@a@…`, a long local part with no `@`, one very long name). The worst cases should run at
//! a rate of the same order as the prose: the scan is linear whatever the text.
//!
//! `cargo bench --bench disclosure`

use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use sefcheck::disclosure::scan;

const MB: usize = 1 << 20;

const PROSE: [&str; 12] = [
    "Children are seen and heard earlier in private law work, and their wishes and feelings shape the recommendations we make to the court.",
    "Practice supervisors read every safeguarding letter before it is filed, and the quality of analysis has improved since the spring audit.",
    "Child A, a nine-year-old girl, told her guardian that she wanted to stay with her brother; the report set out how her views were weighed.",
    "We audited 1,180 pieces of work between April and September: 74% were good or better, against a target of 80%.",
    "Section 7 reports are filed within 12 weeks in most cases, although delays in receiving police checks still affect about one case in ten.",
    "Leaders know where practice is strongest and where it needs to improve, and managers use weekly data to target support to teams.",
    "The family court adviser met Child B at school, with a teacher present, and wrote to her afterwards to explain what would happen next.",
    "Feedback from children is collected after every case, and the children's participation group helped to rewrite our letters.",
    "Where domestic abuse is alleged, the risk assessment is completed before the first hearing in 96% of cases.",
    "Newly qualified practitioners have protected caseloads for their first six months and a named mentor.",
    "The improvement plan sets out who is responsible for each action, by when, and how we will know it has worked.",
    "On 12/03/2025 the national improvement board agreed the revised approach to enforcement applications.",
];

const FINDINGS: [&str; 8] = [
    "One complaint quoted the court reference ZW24P00153.",
    "The child's NHS number 943 476 5919 appeared in a case note.",
    "The parent gave their National Insurance number AB 12 34 56 C.",
    "The family lives near SW1A 1AA.",
    "They wrote from parent.one@example.org about the delay.",
    "The father left his number, 07700 900123, with the duty team.",
    "The report said the child was born on the 12th of March 2015.",
    "The report was discussed with Mrs Jones, the school's designated lead.",
];

/// About 1 MB of practice prose; one sentence in 25 holds a finding.
fn prose() -> String {
    let mut text = String::with_capacity(MB + 256);
    let mut k = 0;
    while text.len() < MB {
        if k % 25 == 24 {
            text.push_str(FINDINGS[(k / 25) % FINDINGS.len()]);
        } else {
            text.push_str(PROSE[(k * 7) % PROSE.len()]);
        }
        text.push(if k % 6 == 5 { '\n' } else { ' ' });
        k += 1;
    }
    text
}

/// `unit` repeated to about 1 MB.
fn repeated(unit: &str) -> String {
    unit.repeat(MB / unit.len())
}

fn benches(c: &mut Criterion) {
    let prose = prose();
    let findings = scan(&prose).len();
    assert!(findings > 0, "the prose holds findings");

    let mut group = c.benchmark_group("disclosure");
    group.throughput(Throughput::Bytes(prose.len() as u64));
    group.bench_function("prose (1 MB, findings sprinkled in)", |b| {
        b.iter(|| scan(black_box(&prose)))
    });
    group.finish();

    let worst_cases = [
        ("digits", repeated("7")),
        ("digit pairs with gaps", repeated("12 ")),
        ("born born born", repeated("born ")),
        (
            "born and dates just out of reach",
            repeated("born 1/3/20155 "),
        ),
        ("Mr Mr Mr", repeated("Mr ")),
        ("a@a@a@", repeated("a@")),
        ("long local part, no @", repeated("a.")),
        (
            "long domain label, one label",
            format!("a@{}", repeated("b")),
        ),
        ("one long name", format!("Mr A{}2", repeated("a"))),
        ("+44 +44 +44", repeated("+44 ")),
        ("(0(0(0", repeated("(0")),
        ("accented letters", repeated("é")),
    ];
    let mut group = c.benchmark_group("disclosure worst cases");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(2));
    for (name, text) in &worst_cases {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(*name, |b| b.iter(|| scan(black_box(text))));
    }
    group.finish();
}

criterion_group!(disclosure, benches);
criterion_main!(disclosure);
