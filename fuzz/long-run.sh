#!/usr/bin/env bash
# The long run of docs/fuzzing.md: every target in turn, one job each, niced, with the
# limits the core must keep (no crash, no timeout over 10 s, no more than 2 GiB). Logs go to
# fuzz/artifacts/logs/<target>.log (git-ignored); a crash stops that target and is
# kept in fuzz/artifacts/<target>/. Each finished run adds a line to fuzz/runs.tsv (committed),
# so the executions of runs on different days and machines add up (`commit`: the source the run built).
#   bash fuzz/long-run.sh [RUNS [SECONDS [TARGET ...]]]    (defaults: 10,000,000 runs, 1 day)
# Two chains may fuzz one target at once (one per core, sharing its corpus): give the second
# JOB=2, so that it logs to fuzz/artifacts/logs/<target>.2.log.
#
# It builds with the `fuzz-core` profile of fuzz/Cargo.toml rather than `cargo fuzz run`: the
# same flags, but coverage only in the core, so the harness's checks are not instrumented (about
# twice the executions a second). `validate` has no comparison tracing: its inputs are
# `arbitrary` structures whose choices are indices and lengths (keys and option values come
# from the form's own lists), so tracing compares buys it little and halves its speed; `migrate`
# and `yearly` are built from the same structures, and go without too.
# `counts` has none either (below).
set -uo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-10000000}"
SECONDS_MAX="${2:-86400}"
shift 2 2>/dev/null || shift $#
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(validate_json validate migrate yearly disclosure counts)
[ -d fuzz/corpus/validate_json ] || bash fuzz/seed.sh
mkdir -p fuzz/artifacts/logs fuzz/artifacts/{validate_json,validate,migrate,yearly,disclosure,counts}
[ -f fuzz/runs.tsv ] || printf 'finished\ttarget\texecutions\tseconds\texec_per_s\tcoverage\tfeatures\tcorpus\tpeak_rss_mb\tresult\tcommit\n' >fuzz/runs.tsv
triple=x86_64-unknown-linux-gnu
for t in "${targets[@]}"; do
  # Separate target directories, so that the two builds do not rebuild each other.
  # An LLVM option of the coverage pass acts only where the pass runs: in the core. Comparison
  # tracing (hints for libFuzzer's mutations, not coverage) took three fifths of each `counts`
  # execution; that target's coverage had stopped growing and the dictionary holds JavaScript's
  # white space, so it and `validate` go without.
  rustflags="--cfg fuzzing -Cdebug-assertions -Ccodegen-units=1"
  dir=fuzz/target/core-only-no-trace-compares
  if [ "$t" = validate_json ] || [ "$t" = disclosure ]; then
    rustflags="$rustflags -Cllvm-args=-sanitizer-coverage-trace-compares"
    dir=fuzz/target/core-only
  fi
  log="fuzz/artifacts/logs/$t${JOB:+.$JOB}.log"
  RUSTFLAGS="$rustflags" cargo +nightly build -q \
    --manifest-path fuzz/Cargo.toml --target "$triple" --profile fuzz-core --target-dir "$dir" --bin "$t" ||
    { echo "== $t: the build failed"; continue; }
  # A target added after the corpus was seeded starts from an empty folder.
  mkdir -p "fuzz/corpus/$t"
  started=$(date +%s)
  commit=$(git rev-parse --short HEAD)
  echo "== $t: -runs=$RUNS -max_total_time=$SECONDS_MAX ($(date -u +%FT%TZ))"
  nice -n 19 "$dir/$triple/fuzz-core/$t" "fuzz/corpus/$t" -artifact_prefix="fuzz/artifacts/$t/" \
    -dict=fuzz/dict/sefcheck.dict -max_len=4096 -timeout=10 -rss_limit_mb=2048 \
    -runs="$RUNS" -max_total_time="$SECONDS_MAX" -print_final_stats=1 >"$log" 2>&1
  rc=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  last=$(grep -E '^#[0-9]+' "$log" | tail -1)
  cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$last")
  ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$last")
  corp=$(sed -n 's/.* corp: \([0-9]*\).*/\1/p' <<<"$last")
  secs=$(($(date +%s) - started))
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  rss=$(sed -n 's/^stat::peak_rss_mb: *//p' "$log" | tail -1)
  result=ok
  if grep -q "run interrupted" "$log"; then
    result="interrupted (SIGINT), no crash"
  elif [ "$rc" -ne 0 ]; then
    result="failed (exit $rc, see $log)"
  fi
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$(date -u +%FT%TZ)" "$t" "${runs:-0}" "${secs:-?}" "${rate:-?}" \
    "${cov:-?}" "${ft:-?}" "${corp:-?}" "${rss:-?}" "$result" "$commit" >>fuzz/runs.tsv
  echo "   $result: ${runs:-0} executions, cov ${cov:-?}"
done
