#!/usr/bin/env bash
# Cold start, one process per sample (issue 14): the CLI's own elapsedMs and the process wall time for
#   aims risk simulate docs/examples/reference-scenario.json --trials 1000000
# and FairSimulator.Run's first call vs. warm in a fresh process (Aims.Benchmarks --first-call).
# Usage: benchmarks/cold-start.sh [samples=7] [threads=2] [jit|r2r]
#   jit (default): the Release builds (dotnet build -c Release first), compiled by the JIT on first use;
#   r2r: publishes the CLI and the harness with ReadyToRun for linux-x64 (as docs/performance.md recommends for a CLI or
#        a serverless function) into benchmarks/bin/r2r and measures those.
# The machine must be quiet: on a shared machine every figure here is noisy; report best and median.
set -euo pipefail
cd "$(dirname "$0")/.."
samples=${1:-7}
threads=${2:-2}
mode=${3:-jit}
if [ "$mode" = r2r ]; then
  for project in samples/Aims.Cli benchmarks/Aims.Benchmarks; do
    dotnet publish "$project" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
      -o "benchmarks/bin/r2r/$(basename "$project")" -v q -nologo >/dev/null
  done
  cli=benchmarks/bin/r2r/Aims.Cli/aims.dll
  bench=benchmarks/bin/r2r/Aims.Benchmarks/Aims.Benchmarks.dll
else
  cli=samples/Aims.Cli/bin/Release/net10.0/aims.dll
  bench=benchmarks/Aims.Benchmarks/bin/Release/net10.0/Aims.Benchmarks.dll
fi
echo "# $mode CLI: elapsedMs (inside the process) and wall ms (process start to exit), $threads threads"
for i in $(seq "$samples"); do
  start=$(date +%s%N)
  elapsed=$(dotnet "$cli" risk simulate docs/examples/reference-scenario.json --trials 1000000 --threads "$threads" --format json \
    | sed -n 's/.*"elapsedMs": *\([0-9.]*\).*/\1/p')
  end=$(date +%s%N)
  echo "cli elapsedMs=$elapsed wallMs=$(( (end - start) / 1000000 ))"
done
echo "# $mode FairSimulator.Run: first call vs. best of 5 warm calls in the same fresh process"
for i in $(seq "$samples"); do
  dotnet "$bench" --first-call "$threads"
done
