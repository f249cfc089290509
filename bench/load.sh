#!/usr/bin/env bash
# p50/p99 latency of GET /api/materials and GET /api/runs while two runs keep both cores busy (target p99 <= 50 ms).
# Starts its own workbench on a free port and a temporary home.
# usage: bench/load.sh [N]   (requests per path, default 2000)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
n=${1:-2000}
home=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$root/workbench" build-if-stale
"$root/workbench" start --port "$port" --home "$home" > "$home/server.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; rm -rf "$home"' EXIT
for _ in $(seq 150); do grep -q '^console: ' "$home/server.log" && break; sleep 0.2; done
token=$(cat "$home/token")
busy='{"name": "busy", "area": "0.785 cm2", "temperature": "55 degC", "layers": [{"material": "li-metal", "thickness": "20 um"}, {"material": "lpscl", "mass": "80 mg"}, {"material": "li-metal", "thickness": "20 um"}], "protocol": ["Repeat 10000000 times: Plate at 0.1 mA/cm2 for 1 h; Strip at 0.1 mA/cm2 for 1 h"]}'
for _ in 1 2; do curl -s -o /dev/null -H "Authorization: Bearer $token" -H "Content-Type: application/json" -X POST "http://127.0.0.1:$port/api/runs" -d "$busy"; done
sleep 1
echo "while $(curl -s "http://127.0.0.1:$port/api/runs" | grep -c '"state": "running"') runs run on $(nproc) cores:"
java "$root/bench/LoadBench.java" "$port" "$n" /api/materials /api/runs
