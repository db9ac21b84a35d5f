#!/usr/bin/env bash
# Every accuracy figure the issues ask for, in one run (about 5 minutes here),
# for closing notes and before/after comparisons.  Speed is measured apart:
# `whosaid bench` (see README), on a quiet machine.
#
#   scripts/measure.sh [DATA]     DATA: the shared data folder (default ../shared)
#
# Sections are printed with a header each; a section whose data is missing
# says so and the rest go on.
set -uo pipefail
cd "$(dirname "$0")/.."
SHARED=${1:-../shared}
PY=${PYTHON:-.venv/bin/python}
export PYTHONPATH=src${PYTHONPATH:+:$PYTHONPATH}

section() { printf '\n### %s\n' "$*"; }
show() { echo "\$ $*"; }

section "Attribution: PolNeAR dev (e2e, partial, source/cue accuracy, reliability, gate)"
if [ -d "$SHARED/data/polnear/dev" ]; then
  show whosaid eval polnear --data "$SHARED/data/polnear" --split dev --gate src/whosaid/eval/baseline_dev.json
  "$PY" -m whosaid eval polnear --data "$SHARED/data/polnear" --split dev \
    --gate src/whosaid/eval/baseline_dev.json 2>&1 | grep -v '^\s*$'
  show whosaid eval polnear --data "$SHARED/data/polnear" --split dev --scheme news --gate src/whosaid/eval/baseline_dev_news.json
  "$PY" -m whosaid eval polnear --data "$SHARED/data/polnear" --split dev --scheme news \
    --gate src/whosaid/eval/baseline_dev_news.json 2>&1 | grep -v '^\s*$'
else
  echo "skipped: no $SHARED/data/polnear/dev"
fi

section "Attribution and speakers: fixture articles"
for dir in articles realpages realpatterns realpages_holdout realpages_holdout2 \
  realpages_holdout3 realpages_holdout4 realpages_holdout5 realpages_holdout6 realpages_holdout7 \
  realpages_holdout8 realpages_holdout9 realpages_holdout10 realpages_holdout11 \
  realpages_holdout12 realpages_holdout13 realpages_holdout14 realpages_holdout15 realpages_holdout16 realpages_holdout17 \
  realpages_holdout18 realpages_holdout19 realpages_holdout20 realpages_holdout21 realpages_holdout22 \
  realpages_holdout23 realpages_holdout24 realpages_holdout25 realpages_holdout26 realpages_holdout27 \
  realpages_holdout28 realpages_holdout29 realpages_holdout30 realpages_holdout31 realpages_holdout32 \
  realpages_holdout33 realpages_holdout34 realpages_holdout35 realpages_holdout36 \
  realpages_holdout37 realpages_holdout38 realpages_holdout39 realpages_holdout40 realpages_holdout41 realpages_holdout42; do
  show python -m tests.fixtures.score_fixtures --dir "tests/fixtures/$dir"
  "$PY" -m tests.fixtures.score_fixtures --dir "tests/fixtures/$dir" -q 2>&1 |
    grep -E '^(file|ALL|speaker codes)'
done

section "Seed article"
if [ -d "$SHARED/seeds" ]; then
  show pytest tests/integration/test_seed.py
  "$PY" -m pytest -q -p no:cacheprovider tests/integration/test_seed.py 2>&1 | tail -1
  show whosaid eval events --gold "$SHARED"/seeds/*.expected.json
  "$PY" -m whosaid eval events --gold "$SHARED"/seeds/*.expected.json 2>&1 |
    grep -E '^(found|dyad|precision|root F1)'
else
  echo "skipped: no $SHARED/seeds"
fi

section "Actors: dated officeholders and sentence tables"
show python -m tests.fixtures.score_officeholders
"$PY" -m tests.fixtures.score_officeholders 2>&1 | tail -1
for table in world holdout holdout3 holdout4 holdout5 holdout6 holdout7 holdout8 holdout9 holdout10 holdout11 \
  holdout12 holdout13 holdout14 holdout15 holdout16 holdout17 holdout18 holdout19 holdout20 holdout21; do
  show python -m tests.fixtures.score_sentences "${table}_sentences.tsv"
  "$PY" -m tests.fixtures.score_sentences "${table}_sentences.tsv" 2>&1 | head -1
done
for folder in articles actors_holdout; do
  show python -m tests.fixtures.score_actors "$folder"
  "$PY" -m tests.fixtures.score_actors "$folder" 2>&1 | tail -1
done

section "Events: own gold and holdout"
for gold in gold holdout; do
  show whosaid eval events --gold "tests/fixtures/events/$gold.jsonl"
  "$PY" -m whosaid eval events --gold "tests/fixtures/events/$gold.jsonl" 2>&1 |
    grep -E '^(found|dyad|precision|root F1)'
done
