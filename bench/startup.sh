#!/usr/bin/env bash
# Prints the median time from launch to /api/health saying ready (every bundle active, every DS
# component satisfied), and from a material jar landing in deploy/ to its material being listed
# (targets: ready <= 1.2 s, deploy <= 0.5 s).
# The deployed jar is the one a researcher builds: sample-models/material-template.
# usage: bench/startup.sh [RUNS]   (default 7)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
runs="${1:-7}"
"$root/workbench" build-if-stale
# the template builds against the installed API artifact, as a researcher's project does
(cd "$root" && mvn -B -q -Dstyle.color=never install -DskipTests -pl bundles/api -am) >&2
template="$root/sample-models/material-template"
(cd "$template" && mvn -B -q -Dstyle.color=never package -DskipTests) >&2
jar=$(ls "$template"/target/pvdf-material-*.jar)
java "$root/bench/StartupBench.java" "$root" "$jar" pvdf "$runs"
