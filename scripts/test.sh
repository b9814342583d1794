#!/usr/bin/env bash
# Runs every test: formatting and lints (native and wasm32), native (core, app, command; the
# source-tree rules: module docs, no import cycles), the core built for wasm32, browser tests
# (wasm-bindgen-test in headless Chromium), the release build (dist/ and dist/parallax.html),
# the size budget and the Playwright end-to-end runs. Installs what is missing first.
# Ends with one line "tests: N passed, N failed" and exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh || { echo "tests: 0 passed, 1 failed (setup)"; exit 1; }
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
. scripts/wasm-flags.sh
export CHROMEDRIVER=${CHROMEDRIVER:-/usr/bin/chromedriver}

LOGS=target/test-logs
mkdir -p "$LOGS"
passed=0
failed=0
failed_steps=()
started=$(date +%s)

# Adds a log's test counts (cargo/wasm-bindgen-test "test result:" lines, node TAP "# pass"/"# fail").
count() {
  local log=$1 p f
  p=$(grep -aoE 'test result: [A-Za-z]+\. [0-9]+ passed' "$log" | awk '{s+=$4} END {print s+0}')
  f=$(grep -aoE 'test result: [A-Za-z]+\. [0-9]+ passed; [0-9]+ failed' "$log" | awk '{s+=$6} END {print s+0}')
  p=$((p + $(grep -aE '^# pass [0-9]+' "$log" | awk '{s+=$3} END {print s+0}')))
  f=$((f + $(grep -aE '^# fail [0-9]+' "$log" | awk '{s+=$3} END {print s+0}')))
  passed=$((passed + p))
  failed=$((failed + f))
}

# step NAME COMMAND...: runs, logs, counts; a failing step with no failed test counts as one failure.
step() {
  local name=$1; shift
  local log="$LOGS/$name.log" t0 rc
  t0=$(date +%s)
  echo "== $name: $*"
  "$@" 2>&1 | tee "$log"
  rc=${PIPESTATUS[0]}
  local before=$failed
  count "$log"
  if [ "$rc" -ne 0 ]; then
    failed_steps+=("$name")
    [ "$failed" -eq "$before" ] && failed=$((failed + 1))
  fi
  echo "== $name: exit $rc in $(( $(date +%s) - t0 ))s"
  return "$rc"
}

# Style and lints first: they are quick and say more about a change than a failing test does.
step fmt cargo fmt --all --check
step clippy cargo clippy --workspace --all-targets -- -D warnings
step clippy-wasm32 cargo clippy -p parallax --target wasm32-unknown-unknown --all-targets -- -D warnings
step native cargo test --workspace
step fuzz bash scripts/fuzz.sh 15
step core-wasm32 cargo build -p parallax-core --target wasm32-unknown-unknown
step browser cargo test --target wasm32-unknown-unknown --test web
if step release trunk build --release; then
  step e2e node --test --test-reporter=tap --test-concurrency=1 tests/e2e/
  grep -aE '^# (size|start-up|filter latency|wasm analysis|1,000 articles)' "$LOGS/e2e.log" | sed 's/^# //'
else
  failed_steps+=("e2e (skipped: no release build)")
  failed=$((failed + 1))
fi

grep -aE '^fuzz ' "$LOGS/fuzz.log" 2>/dev/null
echo "== total time $(( $(date +%s) - started ))s"
[ ${#failed_steps[@]} -gt 0 ] && echo "failed steps: ${failed_steps[*]}"
echo "tests: $passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ ${#failed_steps[@]} -eq 0 ]
