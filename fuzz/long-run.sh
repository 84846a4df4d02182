#!/usr/bin/env bash
# The long run of README "Hardening": every target in turn, one job each, niced, with the
# limits of issue 8 (no crash, no timeout over 10 s, no more than 2 GiB). Logs go to
# fuzz/artifacts/logs/<target>.log (git-ignored); a crash stops that target and is
# kept in fuzz/artifacts/<target>/.
#   bash fuzz/long-run.sh [RUNS [SECONDS [TARGET ...]]]    (defaults: 10,000,000 runs, 1 day)
set -uo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-10000000}"
SECONDS_MAX="${2:-86400}"
shift 2 2>/dev/null || shift $#
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(validate_json validate disclosure counts)
[ -d fuzz/corpus/validate_json ] || bash fuzz/seed.sh
mkdir -p fuzz/artifacts/logs
for t in "${targets[@]}"; do
  echo "== $t: -runs=$RUNS -max_total_time=$SECONDS_MAX ($(date -u +%FT%TZ))"
  nice -n 10 cargo +nightly fuzz run -s none "$t" "fuzz/corpus/$t" -- \
    -dict=fuzz/dict/sefcheck.dict -max_len=4096 -timeout=10 -rss_limit_mb=2048 \
    -runs="$RUNS" -max_total_time="$SECONDS_MAX" -print_final_stats=1 >"fuzz/artifacts/logs/$t.log" 2>&1
  echo "   exit $?: $(grep -E 'DONE|Done [0-9]+ runs|SUMMARY' "fuzz/artifacts/logs/$t.log" | tr '\n' ' ')"
done
