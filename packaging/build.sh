#!/usr/bin/env bash
# Build CalfCare's one-folder bundle into dist/calfcare/ and smoke-test it.
#
#   bash packaging/build.sh            (from anywhere; PYTHON=python3.12 to pick the Python)
#
# A fresh virtual environment under build/ gets `.[bundle]` (the app, its dependencies and
# PyInstaller); PyInstaller builds from packaging/calfcare.spec; then the bundle, run from a
# temporary folder outside the checkout, must pass `--self-test` and write a plan.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PYTHON="${PYTHON:-python3}"
VENV="$ROOT/build/bundle-venv"
BUNDLE="$ROOT/dist/calfcare"
started=$(date +%s)

cd "$ROOT"
rm -rf "$VENV" "$ROOT/build/pyinstaller" "$BUNDLE"
echo "== venv: $VENV"
"$PYTHON" -m venv "$VENV"
"$VENV/bin/python" -m pip install --quiet --upgrade pip
"$VENV/bin/python" -m pip install --quiet "$ROOT[bundle]"

echo "== pyinstaller"
"$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath "$ROOT/dist" --workpath "$ROOT/build/pyinstaller" \
    "$ROOT/packaging/calfcare.spec"
built=$(date +%s)

echo "== smoke test (outside the checkout)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
    export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
fi
export CALFCARE_HOME="$work/home"
mkdir -p "$CALFCARE_HOME/config"
"$BUNDLE/calfcare" profile --example -o me.json
cp me.json "$CALFCARE_HOME/config/profile.json"

"$BUNDLE/calfcare" --self-test | tee self-test.txt
grep -q '^ready ' self-test.txt

if "$BUNDLE/calfcare" plan --help | grep -q pdf; then
    "$BUNDLE/calfcare" plan --profile me.json --format pdf -o week.pdf
    head -c 5 week.pdf | grep -q '%PDF-'
    echo "plan --format pdf: $(wc -c < week.pdf) bytes"
else
    echo "NOTE: this calfcare has no 'plan --format pdf' yet; checking the text plan instead"
    "$BUNDLE/calfcare" plan --profile me.json --format text -o week.txt
    grep -q . week.txt
    echo "plan --format text: $(wc -l < week.txt) lines"
fi

finished=$(date +%s)
echo "== done: $BUNDLE ($(du -sh "$BUNDLE" | cut -f1)); build $((built - started)) s," \
    "smoke test $((finished - built)) s"
