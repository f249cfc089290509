#!/usr/bin/env bash
# Prints the median time of a 60-point, 5-parameter CNLS fit (target: well under 10 ms).
# usage: bench/cnls.sh [RUNS]   (default 200)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
module="$root/bundles/solvers/equivalent-circuit"
(cd "$root" && mvn -B -q -Dstyle.color=never install -DskipTests -pl bundles/api,bundles/solvers/equivalent-circuit -am) >&2
math=$(cd "$module" && mvn -B -q -Dstyle.color=never dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeArtifactIds=hipparchus-core,hipparchus-optim)
java -cp "$module/target/classes:$math" "$root/bench/CnlsBench.java" "${1:-200}"
