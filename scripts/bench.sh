#!/usr/bin/env bash
# bench.sh measures kg on a news archive against its performance bar, in one
# run, next to a floor: the same corpus read, decompressed, decoded and split
# into sentences with no extraction (scripts/floor). The ratio of the build
# to that floor is the headline number.
#
#   scripts/bench.sh [CORPUS]
#
# CORPUS defaults to ../shared/bench/news-ar-2018.jsonl.gz beside the
# repository. Needs Go and GNU time (/usr/bin/time). Builds kg and the floor
# program into a temporary folder, which it removes; writes nothing else.
#
# The bar (2 cores, 24 GB):
#   kg build               <= 30 s wall, <= 400 MB peak RSS
#   rebuild (no change)    <= 5 s
#   extraction alone       >= 5,000 sentences/s per core
#   kg neighbors NAME      <= 100 ms wall, process start included (median of runs, for each name)
#   kg top --by pagerank   <= 2 s wall
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
corpus=${1:-$root/../shared/bench/news-ar-2018.jsonl.gz}
names=("Russia" "Iran" "Bashar al-Assad" "Recep Tayyip Erdogan" "Qatar" "United States")
neighbor_runs=5
top_runs=3

if [[ ! -f $corpus ]]; then
	echo "bench: corpus not found: $corpus" >&2
	echo "bench: the news archive lives beside the repository, in ../shared/bench/news-ar-2018.jsonl.gz;" >&2
	echo "bench: give another corpus (.jsonl, .jsonl.gz or a folder of .txt) as the first argument" >&2
	exit 2
fi
if [[ ! -x /usr/bin/time ]]; then
	echo "bench: GNU time (/usr/bin/time) is missing; it measures peak RSS. Install it with:" >&2
	echo "bench:   apt-get install -y time" >&2
	exit 2
fi
if ! command -v go >/dev/null; then
	echo "bench: the go command is missing" >&2
	exit 2
fi
corpus=$(cd "$(dirname "$corpus")" && pwd)/$(basename "$corpus")

work=$(mktemp -d "${TMPDIR:-/tmp}/kg-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
kg=$work/kg
db=$work/kg.db

(cd "$root" && go build -o "$kg" ./cmd/kg && go build -o "$work/floor" ./scripts/floor)

# seconds.nanoseconds now, for wall times with process start included
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", b - a }'; }
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
# verdict VALUE OP BAR: PASS or FAIL
verdict() { awk -v v="$1" -v op="$2" -v bar="$3" 'BEGIN { ok = (op == "<=") ? v <= bar : v >= bar; print ok ? "PASS" : "FAIL" }'; }
# field KEY LINE: the value of KEY=... in a line of the floor program
field() { tr ' ' '\n' <<<"$2" | awk -F= -v k="$1" '$1 == k { print $2 }'; }
# gnutime KEY FILE: a line of /usr/bin/time -v output
gnutime() { awk -F': ' -v k="$1" 'index($0, k) { print $2 }' "$2"; }
# wall clock h:mm:ss or m:ss.ss to seconds
to_seconds() { awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; printf "%.2f", s }' <<<"$1"; }
row() { printf '%-52s %16s   %-16s %s\n' "$@"; }

commit=$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)
if [[ -n $(git -C "$root" status --porcelain 2>/dev/null) ]]; then commit="$commit with uncommitted changes"; fi
echo "kg benchmark: $(basename "$corpus")"
echo "date:     $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo "machine:  $(nproc) CPUs ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')), $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo) RAM, $(uname -sr)"
echo "load:     $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min): other work on the machine slows every wall time below"
echo "go:       $(go version | cut -d' ' -f3-)"
echo "kg:       commit $commit"
echo

# 1. The floor: read, gunzip, decode, split; no extraction.
floor_line=$("$work/floor" "$corpus")
floor_s=$(field floor_seconds "$floor_line")
articles=$(field articles "$floor_line")
sentences=$(field sentences "$floor_line")
text_mb=$(awk -v b="$(field text_bytes "$floor_line")" 'BEGIN { printf "%.1f", b / 1e6 }')
echo "corpus:   $articles articles, $sentences sentences, $text_mb MB of text"
echo

# 2. The build, from an empty store, and again with nothing changed.
if ! /usr/bin/time -v -o "$work/build.time" "$kg" build --db "$db" "$corpus" >"$work/build.out" 2>"$work/build.err"; then
	echo "bench: kg build failed:" >&2
	cat "$work/build.err" >&2
	exit 1
fi
build_s=$(to_seconds "$(gnutime 'Elapsed (wall clock)' "$work/build.time")")
build_rss_mb=$(awk -v kb="$(gnutime 'Maximum resident set size' "$work/build.time")" 'BEGIN { printf "%.0f", kb / 1024 }')
build_cpu=$(gnutime 'Percent of CPU' "$work/build.time")
stored=$(head -2 "$work/build.out" | tr '\n' ' ')
/usr/bin/time -v -o "$work/rebuild.time" "$kg" build --db "$db" "$corpus" >"$work/rebuild.out" 2>&1
rebuild_s=$(to_seconds "$(gnutime 'Elapsed (wall clock)' "$work/rebuild.time")")

# 3. Extraction alone, on one goroutine: the rate per core.
extract_line=$("$work/floor" -extract "$corpus")
extract_rate=$(field sentences_per_second "$extract_line")

# 4. Queries on the store just built, process start included.
declare -A neighbor_ms
worst_ms=0
for name in "${names[@]}"; do
	for ((i = 0; i < neighbor_runs; i++)); do
		t0=$(now)
		"$kg" neighbors --db "$db" "$name" >/dev/null
		t1=$(now)
		elapsed "$t0" "$t1"
		echo
	done | median >"$work/median"
	ms=$(awk '{ printf "%.0f", $1 * 1000 }' "$work/median")
	neighbor_ms[$name]=$ms
	worst_ms=$(awk -v a="$worst_ms" -v b="$ms" 'BEGIN { print (b > a) ? b : a }')
done
for ((i = 0; i < top_runs; i++)); do
	t0=$(now)
	"$kg" top --by pagerank --db "$db" >/dev/null
	t1=$(now)
	elapsed "$t0" "$t1"
	echo
done | median >"$work/median"
top_s=$(cat "$work/median")

ratio=$(awk -v b="$build_s" -v f="$floor_s" 'BEGIN { printf "%.1f", b / f }')
row "figure" "value" "bar" "verdict"
row "floor: read + gunzip + JSON + split" "$floor_s s" "(reference)" ""
row "kg build, wall" "$build_s s" "<= 30 s" "$(verdict "$build_s" "<=" 30)"
row "kg build, peak RSS" "$build_rss_mb MB" "<= 400 MB" "$(verdict "$build_rss_mb" "<=" 400)"
row "kg build, CPU (of $(nproc) cores)" "$build_cpu" "" ""
row "rebuild, nothing changed, wall" "$rebuild_s s" "<= 5 s" "$(verdict "$rebuild_s" "<=" 5)"
row "extraction alone, per core" "$extract_rate sent/s" ">= 5000 sent/s" "$(verdict "$extract_rate" ">=" 5000)"
for name in "${names[@]}"; do
	row "kg neighbors \"$name\" (median of $neighbor_runs)" "${neighbor_ms[$name]} ms" "<= 100 ms" "$(verdict "${neighbor_ms[$name]}" "<=" 100)"
done
row "kg top --by pagerank (median of $top_runs)" "$top_s s" "<= 2 s" "$(verdict "$top_s" "<=" 2)"
row "build / floor (headline)" "${ratio}x" "" ""
echo
echo "build:    $stored"
