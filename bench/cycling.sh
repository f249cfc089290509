#!/usr/bin/env bash
# Wall time of 20,000 cycles at 30C for an SC-nano LLZTO full cell (target: <= 5 s on one core).
# Two protocols, both on the SC-30% nano cell at the study's 55 degC: the E6 sample as it stands (its 30C
# steps meet the cut-off at once), and every step run through all its sub-steps (no voltage cut-off ends a
# step early), the solver's heaviest load per cycle. SC-30% nano because the model has the SC-20% layer's
# face take more than the penetration flux at 6 mA/cm2, so that cell shorts in its first charge.
# Prints, over RUNS runs pinned to one core, the median of the run itself (provenance wall_time_s)
# and of the whole command (JVM and OSGi boot included).
# usage: bench/cycling.sh [RUNS]   (default 3)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
runs=${1:-3}
"$root/workbench" build-if-stale
pin=""
command -v taskset >/dev/null && pin="taskset -c 0"
median() { sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
for recipe in "$root/sample-models/runs/e6-long-30C-sc-30-nano.json" "$root/bench/cycling-20000-30C-full-steps.json"; do
  run_times=(); total_times=()
  for i in $(seq "$runs"); do
    out=$(mktemp -d)
    start=$(date +%s.%N)
    $pin "$root/workbench" run "$recipe" --out "$out" >/dev/null 2>&1
    end=$(date +%s.%N)
    run_times+=("$(sed -n 's/.*"wall_time_s": \([0-9.eE+-]*\).*/\1/p' "$out/provenance.json")")
    total_times+=("$(echo "$end - $start" | bc -l)")
    cycles=$(sed -n 's/.*"cycles": \([0-9]*\).*/\1/p' "$out/summary.json")
    rm -rf "$out"
  done
  printf '%s: %s cycles; run median %.2f s, whole command median %.2f s (%s runs, one core)\n' \
    "$(basename "$recipe")" "$cycles" "$(printf '%s\n' "${run_times[@]}" | median)" \
    "$(printf '%s\n' "${total_times[@]}" | median)" "$runs"
done
