#!/usr/bin/env bash
# The long run's totals per target from fuzz/runs.tsv, as the Markdown table of
# docs/fuzzing.md: executions over all runs, the longest run, and the last run's coverage (edges and
# features of the core, as libFuzzer counted them) and corpus. Runs from commit 779694c on
# instrument the core alone (fuzz/Cargo.toml `fuzz-core`), so their coverage figures are
# smaller than earlier runs' and not comparable with them. "found": runs that ended on a crash or a
# broken property, listed under the table with what was fixed.
#   bash fuzz/tally.sh
set -euo pipefail
cd "$(dirname "$0")"
awk -F'\t' '
  NR == 1 { next }
  {
    t = $2
    if (!(t in total)) order[++n] = t
    total[t] += $3
    runs[t]++
    if ($3 + 0 > longest[t] + 0) { longest[t] = $3; longest_s[t] = $4; longest_c[t] = $11 }
    if ($6 != "?") { cov[t] = $6; ft[t] = $7; corpus[t] = $8; last[t] = $1 }
    # A crash, an out-of-memory, a timeout or a broken property: each was fixed (the result says where).
    if ($10 ~ /^(crash|property broken|failed|timeout|oom)/) { found[t]++; other[t] = other[t] "\n- `" t "`: " $10 }
  }
  # 1234567 -> 1,234,567
  function group(x,   s, out) {
    s = sprintf("%d", x); out = ""
    while (length(s) > 3) { out = "," substr(s, length(s) - 2) out; s = substr(s, 1, length(s) - 3) }
    return s out
  }
  END {
    print "| target | executions, all runs | runs | longest run | last run: coverage, features, corpus | found |"
    print "|---|---|---|---|---|---|"
    for (i = 1; i <= n; i++) {
      t = order[i]
      printf "| `%s` | %s%s | %d | %s in %s s (%s) | cov %s, ft %s, %s inputs (%s) | %d |\n", t, group(total[t]),
        (total[t] >= 10000000 ? " (10M reached)" : ""), runs[t], group(longest[t]), longest_s[t], longest_c[t],
        cov[t], ft[t], group(corpus[t]), last[t], found[t]
    }
    # Then the runs that found something, as a list.
    for (i = 1; i <= n; i++) if (order[i] in other) printf "%s", other[order[i]]
    print ""
  }' runs.tsv
