#!/usr/bin/env bash
# The processor alone on GitHub's description, without the rest of the bench: javac -proc:only
# with -Atypewire.timings=true (one TW-TIMINGS note: each stage's wall and CPU time), timed by
# /usr/bin/time -v when it exists (wall, user and system CPU, peak RSS), and optionally profiled.
#
# Usage: bench/profile-github.sh [--jfr] [run-name]
#   --jfr  also record a JFR profile to bench/target/profile/<run-name>.jfr, and print the methods
#          that are most often on the stack (inclusive samples): where the time goes.
#
# Builds runtime and processor with the Maven wrapper (package, tests skipped; nothing installed),
# fetches the description as bench/run.sh does (npm pack @octokit/openapi) and leaves the sources
# it generates in bench/target/profile/<run-name>/generated, to compare two runs with diff -r.
set -euo pipefail

cd "$(dirname "$0")/.."

JFR=false
NAME=run
for arg in "$@"; do
  case "$arg" in
    --jfr) JFR=true ;;
    -h | --help)
      sed -n '2,12p' "$0"
      exit 0
      ;;
    *) NAME="$arg" ;;
  esac
done

OUT=bench/target/profile
. bench/github-description.sh
if [ ! -f "$GITHUB_JSON" ]; then
  echo "$GITHUB_NOTE" >&2
  exit 1
fi

./mvnw -B -q -pl processor -am package -DskipTests -Dspotless.check.skip
mkdir -p "$OUT"
# The processor's own dependencies (JavaPoet, Jackson, SnakeYAML); this worktree's modules come
# from their target/classes, never from a stale snapshot in ~/.m2.
./mvnw -B -q -pl processor dependency:build-classpath -DincludeScope=runtime \
  -DexcludeGroupIds=dev.typewire -Dmdep.outputFile="$PWD/$OUT/processor-classpath.txt" \
  >"$OUT/classpath.log" 2>&1 || {
  # Resolving the processor module needs this checkout's own snapshots in the local repository.
  tail -20 "$OUT/classpath.log" >&2
  echo "could not list the processor's dependencies; run ./mvnw install -DskipTests first" >&2
  exit 1
}
DEPS=$(cat "$OUT/processor-classpath.txt")

RUN="$OUT/$NAME"
rm -rf "$RUN" && mkdir -p "$RUN/src/gh" "$RUN/generated" "$RUN/classes"
printf '@dev.typewire.GenerateClient(schema = "api.github.com.json")\npackage gh;\n' \
  >"$RUN/src/gh/package-info.java"

COMMAND=(javac -J-Xmx3g)
if $JFR; then
  COMMAND+=("-J-XX:StartFlightRecording=filename=$OUT/$NAME.jfr,settings=profile")
fi
COMMAND+=(-proc:only -Atypewire.timings=true -Xmaxwarns 100000
  -processor dev.typewire.processor.TypewireProcessor
  -processorpath "processor/target/classes:runtime/target/classes:$DEPS"
  -cp "$GITHUB_DIR/package/generated:runtime/target/classes:$DEPS"
  -s "$RUN/generated" -d "$RUN/classes" "$RUN/src/gh/package-info.java")
TIME=()
if [ -x /usr/bin/time ]; then
  TIME=(/usr/bin/time -v)
fi
echo "load: $(uptime)" >&2
"${TIME[@]}" "${COMMAND[@]}" >"$OUT/$NAME.log" 2>&1 || echo "javac failed; see $OUT/$NAME.log" >&2
grep -o 'TW-TIMINGS.*' "$OUT/$NAME.log" || true
grep -E 'Elapsed|Maximum resident|User time|System time' "$OUT/$NAME.log" || true
echo "generated files: $(find "$RUN/generated" -name '*.java' | wc -l)"

if $JFR; then
  jfr print --stack-depth 200 --events jdk.ExecutionSample "$OUT/$NAME.jfr" |
    awk '/jdk.ExecutionSample/ { for (m in seen) count[m]++; delete seen; samples++ }
      /line:/ { sub(/^[ \t]+/, ""); sub(/\(.*/, ""); seen[$0] = 1 }
      END { for (m in seen) count[m]++;
        printf "%d samples; methods on the stack most often:\n", samples;
        for (m in count) if (m ~ /typewire|javapoet|Filer|JavaCompiler/) print count[m], m }' |
    sort -rn | awk 'NR <= 40'
fi
