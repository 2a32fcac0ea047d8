#!/usr/bin/env bash
# Runs each fuzz target for SECONDS (default 30) with cargo-afl, from the seeds in seeds/<target>/,
# findings in out/<target>/. Fails when a target found a crash or a hang.
#   fuzz/run.sh 20                 # every target, 20 s each (what CI runs)
#   fuzz/run.sh 3600 markdown      # one target for an hour
set -euo pipefail
cd "$(dirname "$0")"
seconds=${1:-30}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(front_matter site markdown geojson documents cache_record)

# No CPU pinning: the machine may be shared (and several targets may run at once).
export AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1 AFL_NO_AFFINITY=1
cargo afl build --release --quiet
mkdir -p out   # afl-fuzz creates out/<target> but not its parent
status=0
for t in "${targets[@]}"; do
  echo "--- fuzz $t for ${seconds} s"
  # A session resumes from its previous findings when there are some.
  input=seeds/$t
  [ -d "out/$t/default/queue" ] && input=-
  cargo afl fuzz -i "$input" -o "out/$t" -V "$seconds" -t 5000 "target/release/$t" >"out-$t.log" 2>&1 || {
    tail -20 "out-$t.log"; status=1; }
  stats=out/$t/default/fuzzer_stats
  if [ -f "$stats" ]; then
    grep -E '^(execs_done|corpus_count|saved_crashes|saved_hangs|run_time) ' "$stats" | tr -s ' ' | paste -sd ' '
  fi
  crashes=$(find "out/$t/default/crashes" "out/$t/default/hangs" -type f ! -name README.txt 2>/dev/null | wc -l)
  if [ "$crashes" -gt 0 ]; then
    echo "fuzz $t: $crashes crash(es) or hang(s) in fuzz/out/$t/default/{crashes,hangs}"
    status=1
  fi
done
exit $status
