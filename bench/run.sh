#!/usr/bin/env bash
# Typewire benchmarks: builds what it needs, runs every comparison and ends with one line each:
#   RESULT <name> <ratio> <notes>
# where the ratio is Typewire's speed over the other side's (above 1: Typewire is faster), and 0
# when a comparison could not run (the note says why). pagination-100k-xmx64m is 1 when it
# completes under -Xmx64m, else 0. diff-vs-openapi-diff is a detection ratio, not a speed one:
# breaking version pairs Typewire's change report finds over those openapi-diff finds.
# noop-recompile-github is not a ratio but seconds: javac running the processor again on GitHub's
# description with nothing changed, as an IDE or Gradle rebuild does.
#
# The notes of a speed ratio start with its uncertainty (±). The decode and client ratios come from
# paired A/Bs (both sides alternating in rounds in one JVM; decoding by thread CPU time, the
# client by wall time per call): the median per-round ratio, and the half-width of its 95 %
# interval. The generation ratios' uncertainty is the spread of the alternating runs. A goal is
# "met" only when ratio - uncertainty reaches it. JMH's throughput and allocation per operation
# (-prof gc) are in the notes of the decode and client lines.
# fake-startup-ms is absolute: milliseconds to start the fake of Periskope's description in a fresh
# JVM (median of 7), the machine named in the notes.
#
# Usage: bench/run.sh [--quick]
#   --quick  two JMH forks of 8 short iterations each, paired A/Bs of 100 rounds, 3 alternating
#            generation runs per side (about 25 minutes on 2 cores; aims at +-10 % on the
#            ratios); without it: 3 forks, longer iterations, 200 rounds, 5 generation runs.
#
# Needs a JDK 17+ and network access to Maven Central; npm (for GitHub's OpenAPI description,
# `npm pack @octokit/openapi`) is optional. Everything it writes goes to bench/target/ and bench/results/.
set -euo pipefail

cd "$(dirname "$0")/.."

QUICK=false
for arg in "$@"; do
  case "$arg" in
    --quick) QUICK=true ;;
    -h | --help)
      sed -n '2,26p' "$0"
      exit 0
      ;;
    *)
      echo "unknown argument: $arg (try --help)" >&2
      exit 2
      ;;
  esac
done

if $QUICK; then
  # JMH's error is a 99.9 % interval: with 16 iterations over two forks it is about one standard
  # deviation, where one fork of 4 gave 3 (errors as large as the scores). Two forks also catch a
  # JVM that compiled differently.
  JMH_RUN=(-f 2 -wi 4 -w 2s -i 8 -r 2s)
  # Loopback round trips are noisier than decoding on a shared machine: more iterations. The
  # rawHttpClientWithTimeout side feeds no RESULT, so it is left out of the quick run.
  JMH_CLIENT=(-f 2 -wi 4 -w 2s -i 10 -r 2s)
  CLIENT_BENCHMARKS='dev.typewire.bench.client.ClientOverheadBenchmark.(generatedClient|rawHttpClient)$'
  GEN_RUNS=3
  GEN_TIMEOUT=240
  DRIFT_ROUNDS=300
  PAIR_ROUNDS=100
else
  JMH_RUN=(-f 3 -wi 5 -w 5s -i 10 -r 5s)
  JMH_CLIENT=(-f 3 -wi 5 -w 5s -i 15 -r 5s)
  CLIENT_BENCHMARKS='dev.typewire.bench.client.ClientOverheadBenchmark'
  GEN_RUNS=5
  GEN_TIMEOUT=900
  DRIFT_ROUNDS=400
  PAIR_ROUNDS=200
fi
# A pinned, pre-touched heap: no resizing or first-touch page faults inside measured iterations.
JMH_JVM="-Xms1g -Xmx1g -XX:+AlwaysPreTouch"

NAMES=(decode-vs-streaming decode-vs-readtree decode-vs-openapi-generator decode-drift-overhead
  generation-periskope-vs-openapi-generator generation-github-vs-openapi-generator
  noop-recompile-github client-overhead-vs-raw pagination-100k-xmx64m diff-vs-openapi-diff
  fake-startup-ms)

OUT=bench/results  # not under target/: building bench/ cleans target/
rm -rf "$OUT"
mkdir -p "$OUT"
RESULTS="$OUT/results.txt"
: >"$RESULTS"

step() { echo "== $* ($(date +%H:%M:%S))" >&2; }

# Prints the RESULT lines in a fixed order; a comparison whose step failed gets ratio 0 and the
# note given as $1.
finish() {
  local missing="${1:-step failed before reporting; see the logs in $OUT/}"
  echo
  if [ -s "$OUT/lines.txt" ]; then cat "$OUT/lines.txt"; fi
  for name in "${NAMES[@]}"; do
    line=$(grep -m1 "^RESULT $name " "$RESULTS" || true)
    if [ -n "$line" ]; then
      echo "$line"
    else
      echo "RESULT $name 0 $missing"
    fi
  done
}

# Only the main code is needed: tests are neither compiled nor run, and formatting is not checked.
step "building the main reactor (./mvnw install -Dmaven.test.skip=true)"
if ! ./mvnw -q -B install -Dmaven.test.skip=true -Dspotless.check.skip=true \
  >"$OUT/build-main.log" 2>&1; then
  tail -20 "$OUT/build-main.log" >&2
  finish "the main reactor failed to build; see $OUT/build-main.log"
  exit 1
fi
step "building bench/ (OpenAPI Generator models, Typewire client, JMH)"
if ! ./mvnw -q -B -f bench/pom.xml clean package -DskipTests >"$OUT/build-bench.log" 2>&1; then
  tail -20 "$OUT/build-bench.log" >&2
  finish "bench/ failed to build; see $OUT/build-bench.log"
  exit 1
fi
# This checkout's own jars first: classpath.txt names the copies in ~/.m2, which another build on
# the same machine may replace with its own while the benchmarks run.
OWN_JARS=""
for module in runtime processor schema; do
  for jar in "$module"/target/*-SNAPSHOT.jar; do
    case "$jar" in *-sources.jar | *-javadoc.jar | *\**) ;; *) OWN_JARS="$OWN_JARS$jar:" ;; esac
  done
done
CP="bench/target/classes:$OWN_JARS$(cat bench/target/classpath.txt)"

step "decoding a 2000-chat page (JMH, -prof gc)"
java -cp "$CP" org.openjdk.jmh.Main 'dev.typewire.bench.decode.DecodeBenchmark' "${JMH_RUN[@]}" \
  -jvmArgs "$JMH_JVM" -prof gc -rf json -rff "$OUT/decode.json" >"$OUT/decode.log" 2>&1 ||
  echo "decoding benchmark failed; see $OUT/decode.log" >&2
grep -E '^DecodeBenchmark\.[a-zA-Z]+(:gc\.alloc\.rate\.norm)? ' "$OUT/decode.log" >&2 || true

# Two JMH forks of one side differ by as much as the effects measured here, so the decode ratios
# come from a paired A/B: both sides alternating in one JVM, by thread CPU time (JMH above gives
# the throughput and the allocation in the notes).
step "decoding, paired A/B (thread CPU time)"
java $JMH_JVM -cp "$CP" dev.typewire.bench.decode.DecodeCpuTime "$PAIR_ROUNDS" 10 \
  typewire:handStreaming typewire:readTree typewire:openapiGenerator \
  >"$OUT/decode-pairs.log" 2>&1 || echo "decode A/B failed; see $OUT/decode-pairs.log" >&2
grep '^CPU ' "$OUT/decode-pairs.log" >&2 || true

step "drift recording on over off (alternating A/B, thread CPU time)"
java $JMH_JVM -cp "$CP" dev.typewire.bench.decode.DecodeCpuTime --drift-overhead "$DRIFT_ROUNDS" 10 \
  >"$OUT/drift-overhead.log" 2>&1 || echo "drift overhead A/B failed; see $OUT/drift-overhead.log" >&2
grep '^RESULT ' "$OUT/drift-overhead.log" >>"$RESULTS" || true

step "client overhead against a loopback server (JMH, -prof gc)"
java -cp "$CP" org.openjdk.jmh.Main "$CLIENT_BENCHMARKS" \
  "${JMH_CLIENT[@]}" -jvmArgs "$JMH_JVM" -prof gc -rf json -rff "$OUT/client.json" \
  >"$OUT/client.log" 2>&1 || echo "client benchmark failed; see $OUT/client.log" >&2
grep -E '^ClientOverheadBenchmark\.[a-zA-Z]+(:gc\.alloc\.rate\.norm)? ' "$OUT/client.log" >&2 || true

step "client overhead, paired A/B (wall time per call)"
java $JMH_JVM -cp "$CP" dev.typewire.bench.client.ClientWallTime "$PAIR_ROUNDS" 200 \
  >"$OUT/client-pairs.log" 2>&1 || echo "client A/B failed; see $OUT/client-pairs.log" >&2
grep '^WALL ' "$OUT/client-pairs.log" >&2 || true

java -cp "$CP" dev.typewire.bench.report.JmhRatios "$OUT/decode.json" "$OUT/client.json" \
  "$OUT/decode-pairs.log" "$OUT/client-pairs.log" \
  >>"$RESULTS" 2>"$OUT/ratios.log" || echo "ratios failed; see $OUT/ratios.log" >&2

step "fetching GitHub's OpenAPI description (npm pack @octokit/openapi)"
. bench/github-description.sh
if [ -f "$GITHUB_JSON" ]; then
  GITHUB_ARG="$GITHUB_JSON"
  echo "using $GITHUB_JSON ($(wc -c <"$GITHUB_JSON") bytes) from $(cd "$GITHUB_DIR" && ls octokit-openapi-*.tgz)" >&2
else
  GITHUB_ARG="-"
fi

step "generation: Typewire in javac vs OpenAPI Generator CLI (Periskope, petstore, GitHub)"
java -cp "$CP" dev.typewire.bench.generation.GenerationComparison bench "$GEN_RUNS" \
  "$GEN_TIMEOUT" "$GITHUB_ARG" "${GITHUB_NOTE:-GitHub description missing}" \
  >"$OUT/generation.log" 2>&1 || echo "generation comparison failed; see $OUT/generation.log" >&2
grep -E '^  ' "$OUT/generation.log" >&2 || true
grep '^LINES ' "$OUT/generation.log" >"$OUT/lines.txt" || true
grep '^RESULT ' "$OUT/generation.log" >>"$RESULTS" || true

step "starting the fake of Periskope's description in fresh JVMs"
java -cp "$CP" dev.typewire.bench.fake.FakeStartup >"$OUT/fake-startup.log" 2>&1 ||
  echo "fake startup measurement failed; see $OUT/fake-startup.log" >&2
grep '^RESULT ' "$OUT/fake-startup.log" >>"$RESULTS" || true

step "auto-paging 100,000 chats under -Xmx64m"
java -cp "$CP" dev.typewire.bench.paging.PaginationCheck >"$OUT/pagination.log" 2>&1 ||
  echo "pagination check failed; see $OUT/pagination.log" >&2
grep '^RESULT ' "$OUT/pagination.log" >>"$RESULTS" || true

step "change report vs openapi-diff on the version-pair corpus"
java -cp "$CP" dev.typewire.bench.changes.DiffComparison processor/src/test/resources/changes \
  >"$OUT/diff.log" 2>&1 || echo "diff comparison failed; see $OUT/diff.log" >&2
grep -E '^  ' "$OUT/diff.log" >&2 || true
grep '^RESULT ' "$OUT/diff.log" >>"$RESULTS" || true

finish
