#!/usr/bin/env bash
# Fuzzes the analysis core with cargo fuzz (libFuzzer + AddressSanitizer): `analyze` (ingest,
# extraction and alignment on any bytes, offsets checked), `import` (files as .txt/.md/.html) and
# `bundle` (decoding any bytes). Seeds come from corpus/. A crash fails the run and leaves its
# input in fuzz/artifacts/<target>/ (replay: cargo fuzz run --fuzz-dir fuzz <target> <file>).
#
#   bash scripts/fuzz.sh          # 60 s per target
#   bash scripts/fuzz.sh 15       # the short run scripts/test.sh does
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh || exit 1
export PATH="$HOME/.cargo/bin:$PATH"
# cargo fuzz passes nightly-only -Z flags (sanitizers); the machine's one stable toolchain
# accepts them with RUSTC_BOOTSTRAP=1. Nothing else is built this way.
export RUSTC_BOOTSTRAP=1
secs=${1:-60}
seeds=target/fuzz-corpus
status=0
for t in analyze import bundle; do
  mkdir -p "$seeds/$t"
  [ "$t" = bundle ] || cp corpus/*.txt "$seeds/$t/"
  log=target/fuzz-$t.log
  cargo fuzz run --fuzz-dir fuzz --target-dir target/fuzz "$t" "$seeds/$t" -- \
    -max_total_time="$secs" -max_len=16384 -print_final_stats=1 >"$log" 2>&1
  rc=$?
  runs=$(grep -aoE 'Done [0-9]+ runs' "$log" | awk '{print $2}')
  if [ "$rc" -eq 0 ]; then
    echo "fuzz $t: ${runs:-?} runs in ${secs} s, no crash"
    echo "test result: ok. 1 passed; 0 failed (fuzz $t)"
  else
    tail -40 "$log"
    echo "fuzz $t: FAILED (exit $rc; the crashing input is in fuzz/artifacts/$t/)"
    echo "test result: FAILED. 0 passed; 1 failed (fuzz $t)"
    status=1
  fi
done
exit "$status"
