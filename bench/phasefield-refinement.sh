#!/usr/bin/env bash
# Grid and step refinement of the phase-field metrics: the SC-20% nano LLZTO layer (5 wt% PTFE) at 55 degC plated at 5 mA/cm2
# for 2 min on a 10 um wide section, on grids of delta/4, delta/6 and delta/8 (0.375, 0.25, 0.1875 um) at the
# default step bound, then at the middle grid with the step bound halved twice. Prints one row per run.
# usage: bench/phasefield-refinement.sh [OUT]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
out=${1:-$(mktemp -d)}
mkdir -p "$out"
"$root/workbench" build-if-stale
printf '%-8s %-8s %8s %8s %8s %10s %10s %10s %6s %8s\n' grid/um step/s inside face beyond "reach/um" "rough/um" "V/mV" steps "wall/s"
for run in "0.375 1" "0.25 1" "0.1875 1" "0.25 0.5" "0.25 0.25"; do
  set -- $run
  name="g$1-s$2"
  cat > "$out/$name.json" <<JSON
{"name": "refinement $name", "area": "0.785 cm2", "temperature": "55 degC",
 "layers": [{"material": "li-metal", "thickness": "20 um"},
            {"composite": {"soft-carbon": "75 wt%", "llzto-nano": "20 wt%", "ptfe": "5 wt%"}, "thickness": "30 um"},
            {"material": "lpscl", "mass": "80 mg"}],
 "solver": "phase-field", "options": {"width": "10 um", "grid": "$1 um", "maxStep": "$2 s", "fieldsEvery": "60 s"},
 "protocol": ["Plate at 5 mA/cm2 for 2 min"]}
JSON
  "$root/workbench" run "$out/$name.json" --out "$out/$name" >/dev/null 2>&1
  python3 - "$out/$name" "$1" "$2" <<'PY'
import json, sys, csv
s = json.load(open(sys.argv[1] + "/summary.json"))
v = list(csv.reader(open(sys.argv[1] + "/deposition.csv")))[-1][1]
print("%-8s %-8s %8.4f %8.4f %8.4f %10.3f %10.3f %10.2f %6d %8.1f" % (sys.argv[2], sys.argv[3],
      s["li_inside_layer_fraction"], s["li_at_interface_fraction"], s["li_in_electrolyte_fraction"],
      s["max_penetration_um"], s["front_roughness_um"], 1000 * float(v), s["steps"], s["solver_wall_time_s"]))
PY
done
