#!/usr/bin/env bash
# The template material's jar replaced N times (default 1000) in deploy/ of a running workbench while runs use
# the material and a client polls GET /api/materials: failed runs, failed requests, and the heap after a full
# GC at 0, N/2 and N swaps (target 0, 0, flat: no class-loader leak).
# usage: bench/hotswap.sh [N]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
n=${1:-1000}
home=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$root/workbench" build-if-stale
template="$root/sample-models/material-template/target/pvdf-material-1.0.0.jar"
[ -f "$template" ] || (cd "$root/sample-models/material-template" && mvn -B -q package)
"$root/workbench" start --port "$port" --home "$home" > "$home/server.log" 2>&1 &
trap 'pkill -f -- "--home $home" 2>/dev/null; rm -rf "$home"' EXIT
for _ in $(seq 150); do grep -q '^console: ' "$home/server.log" && break; sleep 0.2; done
pid=$(pgrep -f -- "--home $home" | head -1)
java "$root/bench/HotswapBench.java" "$port" "$(cat "$home/token")" "$home/deploy" "$template" "$pid" "$n"
echo "server log: $(wc -l < "$home/server.log") lines"
