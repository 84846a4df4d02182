//! Native figures for the core: the floor the WebAssembly package is compared with
//! (bench/RESULTS.md). `cargo bench --bench validate`.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::hint::black_box;
use std::path::Path;

fn document(name: &str) -> Option<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    [
        root.join(format!("examples/documents/{name}.json")),
        root.join(format!("bench/documents/{name}.json")),
    ]
    .into_iter()
    .find_map(|p| std::fs::read_to_string(p).ok())
}

fn validate(c: &mut Criterion) {
    let mut group = c.benchmark_group("validate_json");
    for name in ["complete", "draft", "large"] {
        let Some(text) = document(name) else { continue };
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(name, |b| {
            b.iter(|| sefcheck::validate_json(black_box(&text)).map(|r| r.to_json()))
        });
    }
    group.finish();
    if let Some(text) = document("complete") {
        c.bench_function("parse only/complete", |b| {
            b.iter(|| sefcheck::json::parse(black_box(&text)).is_ok())
        });
    }
}

criterion_group!(benches, validate);
criterion_main!(benches);
