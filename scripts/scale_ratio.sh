#!/usr/bin/env bash
# Whole-process scaling check of issue 12: one worker vs two on the first 250
# PolNeAR train texts, same output.  Run it on an otherwise idle machine:
#
#   scripts/scale_ratio.sh [ROUNDS] [POLNEAR_DIR]
#
# Writes /tmp/train250.jsonl if it is not there (one {"id", "text"} object per
# line, the first 250 files of POLNEAR_DIR/train/text sorted by name), then,
# ROUNDS times (default 3), times `whosaid extract --workers 1` and
# `--workers 2` with /usr/bin/time, prints wall/user/sys seconds, the load
# average before each run and the ratio, checks that both outputs are
# byte-identical, and keeps the two-worker run's --debug timeline (where the
# time went) in /tmp/scale_ratio.w2.log.
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${1:-3}
POLNEAR=${2:-../shared/data/polnear}
VENV=${VENV:-.venv}
INPUT=/tmp/train250.jsonl
export PYTHONPATH=src

if [[ ! -s $INPUT ]]; then
  "$VENV/bin/python" - "$POLNEAR/train/text" "$INPUT" <<'EOF'
import json, pathlib, sys
files = sorted(pathlib.Path(sys.argv[1]).iterdir())[:250]
with open(sys.argv[2], "w", encoding="utf-8") as out:
    for path in files:
        out.write(json.dumps({"id": path.stem, "text": path.read_text(encoding="utf-8")}) + "\n")
EOF
fi

for round in $(seq 1 "$ROUNDS"); do
  declare -A wall=()
  for n in 1 2; do
    load=$(cut -d' ' -f1 /proc/loadavg)
    debug=()
    [[ $n == 2 ]] && debug=(--debug)
    /usr/bin/time -f "%e %U %S" -o /tmp/scale_ratio.time \
      "$VENV/bin/whosaid" extract "$INPUT" --workers "$n" -f jsonl \
      -o "/tmp/scale_ratio.w$n.jsonl" "${debug[@]}" 2> "/tmp/scale_ratio.w$n.log" || true
    read -r w u s < /tmp/scale_ratio.time
    wall[$n]=$w
    echo "round $round: --workers $n: wall $w s, user $u s, sys $s s (load before: $load)"
  done
  cmp -s /tmp/scale_ratio.w1.jsonl /tmp/scale_ratio.w2.jsonl \
    && same="identical output" || same="OUTPUTS DIFFER"
  echo "round $round: ratio $(python3 -c "print(f'{${wall[1]} / ${wall[2]}:.2f}')")x, $same"
done
grep "whosaid.scale.pool" /tmp/scale_ratio.w2.log | sed 's/^whosaid: DEBUG: whosaid.scale.pool: /  /'
