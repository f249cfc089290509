#!/usr/bin/env bash
# The E9 phase-field sample models side by side (SC, SC-20% micro, SC-20% nano LLZTO, 5 mA/cm2 for 5 min
# at 55 degC on the default 20 x 45 um domain, 0.25 um grid): where the plated Li went, how far it reached
# into the electrolyte, the Li balance, the steps and the solver's wall time on this machine's cores.
# Each run's folder (fields/ with VTK, PNG maps and the animation) is kept under OUT.
# usage: bench/phasefield.sh [OUT]   (default: a temporary folder)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
out=${1:-$(mktemp -d)}
"$root/workbench" build-if-stale
printf '%-12s %8s %8s %8s %10s %10s %10s %6s %8s\n' layer inside face beyond "reach/um" "rough/um" balance steps "wall/s"
for layer in sc sc-20-micro sc-20-nano; do
  "$root/workbench" run "$root/sample-models/phasefield/$layer.json" --out "$out/$layer" >/dev/null 2>&1
  python3 - "$out/$layer/summary.json" "$layer" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))
print("%-12s %8.3f %8.3f %8.3f %10.2f %10.2f %10.1e %6d %8.1f" % (sys.argv[2], s["li_inside_layer_fraction"],
      s["li_at_interface_fraction"], s["li_in_electrolyte_fraction"], s["max_penetration_um"],
      s["front_roughness_um"], s["li_mass_balance_error"], s["steps"], s["solver_wall_time_s"]))
PY
done
echo "run folders: $out"
