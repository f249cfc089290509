#!/usr/bin/env bash
# A server killed with -9 mid-run, then started again on the same home: the run it was running shows as
# interrupted (and can be started again), the one it had finished is intact with its files. Exits non-zero if not.
# usage: bench/restart-check.sh
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
home=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$root/workbench" build-if-stale
start() {
  "$root/workbench" start --port "$port" --home "$home" > "$home/server.log" 2>&1 &
  pid=$!
  for _ in $(seq 150); do
    grep -q '^console: ' "$home/server.log" 2>/dev/null && return 0
    sleep 0.2
  done
  echo "FAIL: the server did not start" >&2; cat "$home/server.log" >&2; exit 1
}
api() { curl -s -H "Authorization: Bearer $(cat "$home/token")" -H "Content-Type: application/json" "$@"; }
state() { api "http://127.0.0.1:$port/api/runs/$1" | sed -n 's/.*"state": "\([a-z]*\)".*/\1/p'; }
start
cell='"area": "0.785 cm2", "temperature": "55 degC", "layers": [{"material": "li-metal", "thickness": "20 um"}, {"material": "lpscl", "mass": "80 mg"}, {"material": "li-metal", "thickness": "20 um"}]'
short=$(api -X POST "http://127.0.0.1:$port/api/runs" -d "{\"name\": \"short\", $cell, \"protocol\": [\"Plate at 1 mA/cm2 for 1 h\"]}" | sed -n 's/.*"id": "\([^"]*\)".*/\1/p')
for _ in $(seq 100); do [ "$(state "$short")" = done ] && break; sleep 0.1; done
long=$(api -X POST "http://127.0.0.1:$port/api/runs" -d "{\"name\": \"long\", $cell, \"protocol\": [\"Repeat 10000000 times: Plate at 0.1 mA/cm2 for 1 h; Strip at 0.1 mA/cm2 for 1 h\"]}" | sed -n 's/.*"id": "\([^"]*\)".*/\1/p')
for _ in $(seq 100); do [ "$(state "$long")" = running ] && break; sleep 0.1; done
[ "$(state "$long")" = running ] || { echo "FAIL: the long run is not running" >&2; exit 1; }
kill -9 "$pid"; wait "$pid" 2>/dev/null || true
start
s1=$(state "$short"); s2=$(state "$long")
files=$(api "http://127.0.0.1:$port/api/runs/$short/files/summary.json" | head -c 200)
again=$(api -X POST "http://127.0.0.1:$port/api/runs/$long/again" -o /dev/null -w '%{http_code}')
kill "$pid"; wait "$pid" 2>/dev/null || true
echo "after kill -9 and a restart: finished run $s1, running run $s2, again -> $again"
[ "$s1" = done ] && [ "$s2" = interrupted ] && [ "$again" = 202 ] && [[ "$files" == *'"end"'* ]] \
  || { echo "FAIL: expected done, interrupted, 202 and the finished run's summary" >&2; exit 1; }
rm -rf "$home"
