#!/usr/bin/env bash
# Cell updates per second of the phase-field solver's explicit stencil (one Cahn-Hilliard sub-step) on 256^2,
# 512^2 and 1024^2 grids: Java on one and on two threads, and the same stencil in plain C (cc -O3, one thread),
# medians of 9 repeats each. Goals: Java on one thread >= 60 % of C; two threads >= 1.7x one.
# usage: bench/stencil.sh
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
(cd "$root" && mvn -B -q -Dstyle.color=never install -DskipTests -pl bundles/api,bundles/microstructure,bundles/solvers/phase-field -am) >&2
classes="$root/bundles/solvers/phase-field/target/classes"
tmp=$(mktemp -d)
cc -O3 -o "$tmp/stencil" "$root/bench/stencil.c"
grids="256 512 1024"
java -Djava.util.concurrent.ForkJoinPool.common.parallelism=0 -cp "$classes" "$root/bench/PhaseFieldBench.java" $grids > "$tmp/one"
java -Djava.util.concurrent.ForkJoinPool.common.parallelism=1 -cp "$classes" "$root/bench/PhaseFieldBench.java" $grids > "$tmp/two"
"$tmp/stencil" $grids > "$tmp/c"
printf '%-6s %14s %14s %14s %10s %10s\n' grid "Java 1 thread" "Java 2 threads" "C 1 thread" "Java1/C" "2 vs 1"
paste "$tmp/one" "$tmp/two" "$tmp/c" | awk '{printf "%-6s %14.3e %14.3e %14.3e %9.0f%% %9.2fx\n", $1 "^2", $2, $4, $6, 100 * $2 / $6, $4 / $2}'
rm -rf "$tmp"
