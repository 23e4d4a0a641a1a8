#!/usr/bin/env bash
# Fuzzes Lede's entry points with AFL++ through SharpFuzz, for a fixed time per target, and fails on any crash
# (an exception a target does not document, a broken invariant) or hang (an input over the time limit).
#
#   tests/Lede.Fuzz/fuzz.sh [--seconds N] [--timeout MS] [--out DIR] [TARGET...]
#
# Targets: html warc clean json extract (default: all). Default 60 s each, hangs over 5000 ms, output in
# artifacts/fuzz: plain/ the harness as built, afl/ the same with Lede.dll instrumented, seeds/, findings/<target>/
# (AFL++'s own folder: queue, crashes, hangs, fuzzer_stats), found/<target>/ the crashes and hangs copied out.
# A crash is replayed through the plain build to print its exception; make it a regression test by copying it
# into tests/Lede.Fuzz/regressions/<target>/ (FuzzRegressionTests replays that folder on every test run).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
seconds=60 timeout_ms=5000 out="$root/artifacts/fuzz" targets=()
while (($#)); do
    case "$1" in
        --seconds) seconds="$2"; shift 2 ;;
        --timeout) timeout_ms="$2"; shift 2 ;;
        --out) out="$2"; shift 2 ;;
        -*) echo "fuzz.sh: unknown option $1" >&2; exit 2 ;;
        *) targets+=("$1"); shift ;;
    esac
done
((${#targets[@]})) || targets=(html warc clean json extract)
command -v afl-fuzz > /dev/null || { echo "fuzz.sh: afl-fuzz is missing (Debian: apt-get install afl++)" >&2; exit 2; }

cd "$root"
rm -rf "$out/plain" "$out/afl" "$out/seeds" "$out/findings" "$out/found"
dotnet publish tests/Lede.Fuzz -c Release -o "$out/plain" --nologo -v quiet
# Seeds are made by the plain build: instrumented code writes its coverage to AFL's shared memory, which only exists under afl-fuzz.
dotnet "$out/plain/Lede.Fuzz.dll" seeds "$root" "$out/seeds" "$root/../shared/benchmarks/warc-samples"
cp -r "$out/plain" "$out/afl"
mkdir -p "$out/findings"
dotnet tool restore > /dev/null
dotnet sharpfuzz "$out/afl/Lede.dll" > /dev/null

# The target is the dotnet host, not an AFL-compiled binary, and SharpFuzz reports crashes through the fork server
# rather than by dying, so AFL++'s binary and core_pattern checks do not apply. Other work shares the cores: no pinning.
export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_NO_AFFINITY=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1
export AFL_FORKSRV_INIT_TMOUT=60000 AFL_QUIET=1
failed=0
printf '%-8s %10s %9s %8s %7s %8s %7s %6s\n' target seconds execs execs/s corpus edges bitmap faults
for target in "${targets[@]}"; do
    findings="$out/findings/$target"
    # -V bounds the fuzzing; timeout bounds everything else (calibrating the seeds, a fork server that never answers).
    if ! timeout --kill-after=10 $((seconds + 180)) afl-fuzz -i "$out/seeds/$target" -o "$findings" -t "$timeout_ms" -m none \
        -V "$seconds" -- dotnet "$out/afl/Lede.Fuzz.dll" "$target" > "$out/afl-$target.log" 2>&1; then
        echo "fuzz.sh: afl-fuzz stopped with an error on $target; the end of its log:" >&2
        tail -20 "$out/afl-$target.log" >&2
        failed=1
        continue
    fi
    stats="$findings/default/fuzzer_stats"
    stat() { awk -v k="$1" '$1 == k { print $3 }' "$stats"; }
    faults=$(find "$findings/default/crashes" "$findings/default/hangs" -type f -name 'id:*' | wc -l)
    printf '%-8s %10s %9s %8s %7s %8s %7s %6s\n' "$target" "$(stat run_time)" "$(stat execs_done)" "$(stat execs_per_sec)" \
        "$(stat corpus_count)" "$(stat edges_found)" "$(stat bitmap_cvg)" "$faults"
    if ((faults)); then
        failed=1
        mkdir -p "$out/found/$target"
        find "$findings/default/crashes" "$findings/default/hangs" -type f -name 'id:*' -exec cp {} "$out/found/$target/" \;
        echo "fuzz.sh: $faults crashes or hangs in $target, copied to $out/found/$target; replayed:" >&2
        dotnet "$out/plain/Lede.Fuzz.dll" replay "$target" "$out/found/$target" >&2 || true
    fi
done
exit "$failed"
