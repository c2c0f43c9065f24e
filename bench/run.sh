#!/usr/bin/env bash
# The end-to-end file benchmark of issue 6 (see bench/README.md). Usage, from anywhere:
#
#   bench/run.sh [N]          N records for the main run (default 1000000)
#
# Environment: RUNS (timed runs per command, default 3), GATE_N (default 300000), MEM_N (default 2000000),
# SKIP_MEM=1 to skip the 2,000,000-record -Xmx256m run, C1=0 to skip the informational C1-only assess row,
# RESULTS=FILE to write somewhere else than bench/RESULTS.md.
#
# Builds cli/target/chengxin.jar and bench/target/benchmarks.jar when missing, generates the inputs into
# bench/work/ (git-ignored), times the Jackson floor, `chengxin validate --json` and `chengxin assess` (JVM start
# included) on N and on GATE_N records, checks the gate (each <= 2.0x the floor on GATE_N records) and the
# -Xmx256m run, and writes everything to bench/RESULTS.md. Exit code 0 when the gate holds, 1 when it does not.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
N=${1:-1000000}
RUNS=${RUNS:-3}
GATE_N=${GATE_N:-300000}
MEM_N=${MEM_N:-2000000}
C1=${C1:-1}
PROFILE=zhashui-2021
AS_OF=2024-03-01
WORK=$ROOT/bench/work
CLI=$ROOT/cli/target/chengxin.jar
BENCH=$ROOT/bench/target/benchmarks.jar
RESULTS=${RESULTS:-$ROOT/bench/RESULTS.md}
mkdir -p "$WORK"

if [[ ! -f $CLI || ! -f $BENCH ]]; then
  echo "building cli and bench (no tests)…" >&2
  mvn -B -q -pl cli,bench -am package -DskipTests >&2
fi

# Until `chengxin validate`/`assess` exist, the library entry points stand in (clearly labelled).
if java -jar "$CLI" assess --help 2>&1 | grep -q -- '--as-of' && java -jar "$CLI" validate --help 2>&1 | grep -q -- '--json'; then
  VALIDATE="java -jar $CLI validate --json"
  ASSESS="java -jar $CLI assess --profile $PROFILE --as-of $AS_OF"
  ASSESS_MEM="java -Xmx256m -jar $CLI assess --profile $PROFILE --as-of $AS_OF"
  WHAT="chengxin.jar"
else
  echo "cli/target/chengxin.jar has no validate/assess yet: timing the library entry points instead" >&2
  VALIDATE="java -cp $BENCH org.chengxin.bench.LibraryValidate"
  ASSESS="java -cp $BENCH org.chengxin.bench.LibraryAssess $PROFILE $AS_OF"
  ASSESS_MEM="java -Xmx256m -cp $BENCH org.chengxin.bench.LibraryAssess $PROFILE $AS_OF"
  WHAT="library stand-ins (LibraryValidate/LibraryAssess)"
fi
FLOOR="java -cp $BENCH org.chengxin.bench.JacksonFloor"

input() { # input N -> path of a file with N generated records (generated once)
  local f=$WORK/$1.ndjson
  if [[ ! -s $f ]]; then
    echo "generating $1 records into $f…" >&2
    java -cp "$BENCH" org.chengxin.bench.GenerateRecords "$f.tmp" "$1" && mv "$f.tmp" "$f"
  fi
  echo "$f"
}

# timeit NAME COMMAND -> "mean min max" in seconds over RUNS runs (after one warm-up run, for the page cache).
# Exit codes 0 and 1 count as a run (1 = the input has ERRORs, e.g. records outside the profile's categories).
timeit() {
  local name=$1 cmd=$2 json=$WORK/hf-$1.json
  if command -v hyperfine >/dev/null; then
    hyperfine -N --style none --warmup 1 --runs "$RUNS" -i --export-json "$json" "$cmd" >/dev/null 2>&1 \
      || hyperfine --style none --warmup 1 --runs "$RUNS" -i --export-json "$json" "$cmd" >/dev/null
    python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"][0]; print("%.3f %.3f %.3f" % (r["mean"], r["min"], r["max"]))' "$json"
  else
    local times=() t0 t1
    bash -c "$cmd" >/dev/null 2>&1 || true
    for ((i = 0; i < RUNS; i++)); do
      t0=$(date +%s%N); bash -c "$cmd" >/dev/null 2>&1 || true; t1=$(date +%s%N)
      times+=("$(( (t1 - t0) / 1000000 ))")
    done
    printf '%s\n' "${times[@]}" | awk '{s+=$1; if(min==""||$1<min)min=$1; if($1>max)max=$1} END {printf "%.3f %.3f %.3f\n", s/NR/1000, min/1000, max/1000}'
  fi
}

TABLE=""
GATE_OK=1
measure() { # measure N GATE(0|1)
  local n=$1 gate=$2 f floor validate assess
  f=$(input "$n")
  local mb; mb=$(( $(stat -c %s "$f") / 1000000 ))
  echo "timing $n records ($mb MB)…" >&2
  floor=$(timeit "floor-$n" "$FLOOR $f")
  validate=$(timeit "validate-$n" "$VALIDATE $f")
  # hyperfine -N cannot redirect: the assess command writes to /dev/null through a shell.
  assess=$(timeit "assess-$n" "bash -c '$ASSESS $f > /dev/null'")
  # For information only (not the gate): the same assess with the C1 compiler alone, see bench/README.md.
  local c1=""
  if [[ $C1 == 1 ]]; then
    c1=$(timeit "assess-c1-$n" "bash -c '${ASSESS/java /java -XX:TieredStopAtLevel=1 } $f > /dev/null'")
  fi
  local fm; fm=$(echo "$floor" | cut -d' ' -f1)
  local rows=("Jackson floor|$floor" "validate --json|$validate" "assess|$assess")
  if [[ -n $c1 ]]; then rows+=("assess, java -XX:TieredStopAtLevel=1 (information)|$c1"); fi
  for row in "${rows[@]}"; do
    local label=${row%%|*} t=${row#*|} mean min max rps ratio verdict=""
    read -r mean min max <<<"$t"
    rps=$(awk -v n="$n" -v m="$mean" 'BEGIN {printf "%d", n / m}')
    ratio=$(awk -v m="$mean" -v f="$fm" 'BEGIN {printf "%.2f", m / f}')
    if [[ $gate == 1 && $label != "Jackson floor" && $label != *information* ]]; then
      if awk -v r="$ratio" 'BEGIN {exit !(r <= 2.0)}'; then verdict="pass (≤ 2.0×)"; else verdict="FAIL (> 2.0×)"; GATE_OK=0; fi
    fi
    TABLE+="| $n | $mb | $label | $mean | $min – $max | $rps | ${ratio}× | $verdict |"$'\n'
  done
}

if [[ $GATE_N != "$N" ]]; then
  measure "$N" 0
  measure "$GATE_N" 1
else
  measure "$N" 1
fi

MEM_LINE="skipped (SKIP_MEM=1)"
if [[ ${SKIP_MEM:-0} != 1 ]]; then
  f=$(input "$MEM_N")
  echo "assess on $MEM_N records with -Xmx256m…" >&2
  set +e
  start=$(date +%s%N)
  if [[ -x /usr/bin/time ]]; then
    /usr/bin/time -f '%M' -o "$WORK/mem-rss.txt" bash -c "$ASSESS_MEM $f > /dev/null 2> $WORK/mem-stderr.txt"
  else
    bash -c "$ASSESS_MEM $f > /dev/null 2> $WORK/mem-stderr.txt"
  fi
  code=$?
  end=$(date +%s%N)
  set -e
  secs=$(awk -v a="$start" -v b="$end" 'BEGIN {printf "%.1f", (b - a) / 1e9}')
  rss=$( [[ -s $WORK/mem-rss.txt ]] && tail -n 1 "$WORK/mem-rss.txt" | awk '{printf "%d MB", $1 / 1024}' || echo "n/a")
  if grep -q OutOfMemoryError "$WORK/mem-stderr.txt" || [[ $code -gt 1 ]]; then
    MEM_LINE="FAIL: exit code $code, stderr: $(head -c 300 "$WORK/mem-stderr.txt")"; GATE_OK=0
  else
    MEM_LINE="pass: exit code $code (1 = some records refused, e.g. category not in the profile), no OutOfMemoryError, $secs s, peak RSS $rss"
  fi
fi

{
  echo "# Benchmark results"
  echo
  echo "A fresh run of \`bench/run.sh $N\` (see bench/README.md). Times are wall-clock seconds, JVM start included,"
  echo "mean of $RUNS runs after one warm-up run (min – max shown); the ratio is to the Jackson floor on the same file."
  echo "Commands timed: $WHAT; assess with \`--profile $PROFILE --as-of $AS_OF\`, output to /dev/null."
  echo
  echo "## Machine"
  echo
  echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "- processors (nproc): $(nproc); memory: $(free -m | awk '/^Mem:/ {print $2 " MB"}'); load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "- CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //' || echo unknown)"
  echo "- java: $(java -version 2>&1 | tr '\n' ' ' | sed 's/ *$//')"
  echo "- timer: $(command -v hyperfine >/dev/null && hyperfine --version || echo 'bash date +%s%N')"
  echo
  echo "## Times"
  echo
  echo "| records | MB | command | mean s | min – max s | records/s | × floor | gate |"
  echo "|---:|---:|---|---:|---:|---:|---:|---|"
  printf '%s' "$TABLE"
  echo
  echo "## Memory: assess on $MEM_N records with -Xmx256m"
  echo
  echo "$MEM_LINE"
  echo
  echo "## Gate"
  echo
  if [[ $GATE_OK == 1 ]]; then echo "HOLDS"; else echo "DOES NOT HOLD"; fi
} > "$RESULTS"

cat "$RESULTS"
[[ $GATE_OK == 1 ]]
