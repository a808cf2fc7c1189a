#!/usr/bin/env bash
# bench/run.sh: the performance figures of marginalia, measured side by side
# in one run on this machine (issue 7, "Figures"). Run it from anywhere:
#
#   bench/run.sh                  # 7 first-frame runs per program, 5 bench counts
#   RUNS=15 COUNT=10 bench/run.sh # more samples
#   MOVES=5000 bench/run.sh       # a longer reading session for peak RSS
#
# Needs go, tmux and less; GNU time (/usr/bin/time, Debian/Ubuntu package
# "time") for peak RSS, which is skipped with a note when it is missing.
# Prints a markdown table and writes it to bench/out/figures.md; raw outputs
# stay in bench/out/. A part that cannot be measured yet (a benchmark not
# written, a program that fails) becomes "n/a" with a note instead of
# stopping the script.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
OUT=$ROOT/bench/out
RUNS=${RUNS:-7}
COUNT=${COUNT:-5}
MOVES=${MOVES:-2000}
SIZE=${SIZE:-5242880}
TIMEOUT=${TIMEOUT:-30s}
for count in RUNS COUNT MOVES SIZE; do
	[[ ${!count} =~ ^[0-9]+$ ]] || {
		echo "bench/run.sh: $count must be a whole number, not '${!count}'" >&2
		exit 2
	}
done
SOCKET=marginalia-bench-$$
mkdir -p "$OUT"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/marginalia-bench.XXXXXX")

cleanup() {
	tmux -L "$SOCKET" kill-server 2>/dev/null || true
	# tmux leaves the socket file behind.
	rm -f "${TMUX_TMPDIR:-/tmp}/tmux-$(id -u)/$SOCKET"
	rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

say() { printf '== %s\n' "$*" >&2; }
NOTES=()
note() {
	NOTES+=("$*")
	printf 'note: %s\n' "$*" >&2
}
need() {
	command -v "$1" >/dev/null 2>&1 || {
		echo "bench/run.sh: $1 is required ($2)" >&2
		exit 1
	}
}
need go "https://go.dev/dl/"
need tmux "e.g. apt-get install tmux"
need less "e.g. apt-get install less"

# The programs under test see a fixed, neutral environment: notes go to a
# temporary directory, colour is on, less reads no user settings or
# preprocessors, and text is UTF-8.
export XDG_DATA_HOME=$WORK/xdg-data XDG_CONFIG_HOME=$WORK/xdg-config \
	XDG_STATE_HOME=$WORK/xdg-state XDG_CACHE_HOME=$WORK/xdg-cache
export TERM=xterm-256color LESSCHARSET=utf-8 LESSHISTFILE=-
unset NO_COLOR LESS LESSOPEN LESSCLOSE COLUMNS LINES

# first_line FILE: the first line of an error output, for a note.
first_line() { head -n 1 "$1" | sed 's/;* *last screen:$//'; }
# median prints the median of the numbers on stdin (the mean of the middle
# two for an even count), or nothing for no input.
median() {
	sort -g | awk '{v[NR] = $1} END {
		if (NR == 0) exit
		if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2
	}'
}
# calc evaluates an awk expression with the given variables, printing "" when
# any of them is empty, so a missing figure propagates as "n/a".
calc() {
	local expr=$1 a
	shift
	local vars=()
	for a in "$@"; do
		[[ -n ${a#*=} ]] || return 0
		vars+=(-v "$a")
	done
	awk "${vars[@]}" "BEGIN { print $expr }" 2>/dev/null || true
}
# fmt_or_na FORMAT VALUE prints VALUE with FORMAT, or n/a when it is empty.
fmt_or_na() {
	if [[ -n $2 ]]; then printf "$1" "$2"; else printf 'n/a'; fi
}

# Other work on the machine skews every timing: the table states the load.
LOAD_START=$(cut -d ' ' -f 1 /proc/loadavg 2>/dev/null || echo '?')

# 1. Build. Static binaries (CGO_ENABLED=0), as the README's release build:
# nothing here needs C, and with cgo on (the default where a C compiler is
# installed) every Charm program links libc dynamically, only because a
# dependency imports os/user and net: the loader's work and libc's pages
# on every start. Both programs are built the same way.
say "building marginalia, the minimal Bubble Tea program and the timer"
for target in marginalia:. minimaltea:./bench/minimaltea ttff:./bench/ttff; do
	CGO_ENABLED=0 go build -o "$OUT/${target%%:*}" "${target#*:}" || {
		echo "bench/run.sh: cannot build ${target#*:}: nothing to measure" >&2
		exit 1
	}
done

# 2. The 5 MB article, generated deterministically.
ARTICLE=$OUT/5mb.txt
GENERATOR="bench/gen/cmd/genarticle -size $SIZE -seed 1"
if [[ -d bench/gen/cmd/genarticle ]] &&
	go run ./bench/gen/cmd/genarticle -size "$SIZE" -seed 1 >"$WORK/article.txt" 2>"$WORK/gen.err" &&
	[[ -s $WORK/article.txt ]]; then
	mv "$WORK/article.txt" "$ARTICLE"
else
	# Fallback while the generator is missing or broken: the embedded
	# article's paragraphs over and over, each copy numbered so no two
	# paragraphs are identical.
	GENERATOR="data/article.txt repeated with numbered paragraphs (genarticle unavailable)"
	note "genarticle unavailable ($(head -c 200 "$WORK/gen.err" 2>/dev/null | tr '\n' ' ')); the 5 MB article is data/article.txt repeated"
	awk -v size="$SIZE" 'BEGIN { RS = "" }
		{ para[n++] = $0 }
		END {
			for (i = 0; total < size; i++) {
				text = sprintf("%s (Dispatch %d, part %d.)", para[i % n], int(i / n) + 1, i % n + 1)
				printf "%s\n\n", text
				total += length(text) + 2
			}
		}' data/article.txt >"$ARTICLE"
fi
ARTICLE_BYTES=$(wc -c <"$ARTICLE" | tr -d ' ')
# less shows the file's first line at the top: its first words are the marker.
LESS_MARKER=$(awk 'NF { print $1, $2, $3, $4; exit }' "$ARTICLE")
say "article: $ARTICLE ($ARTICLE_BYTES bytes), generated by $GENERATOR"

# 3. Time to first frame. The programs take turns run by run so that any
# drift in the machine's load touches all of them alike; each gets one
# untimed warm-up run first.
NAMES=(embedded big less minimal)
declare -A LABEL=(
	[embedded]="marginalia, embedded article"
	[big]="marginalia, 5 MB article"
	[less]="less, 5 MB article"
	[minimal]="minimal Bubble Tea v2 program"
)
declare -A MARKER=([embedded]="claim 1/" [big]="claim 1/" [less]="$LESS_MARKER" [minimal]="minimal tea first frame")
declare -A CMD=(
	[embedded]="$OUT/marginalia"
	[big]="$OUT/marginalia $ARTICLE"
	[less]="less $ARTICLE"
	[minimal]="$OUT/minimaltea"
)
declare -A FAILED=()
# ttff_once NAME [extra ttff flags...]: one timed run, its ms on stdout.
ttff_once() {
	local name=$1
	shift
	# shellcheck disable=SC2086 # CMD holds a command and its arguments.
	"$OUT/ttff" -socket "$SOCKET" -timeout "$TIMEOUT" -marker "${MARKER[$name]}" "$@" -- ${CMD[$name]} 2>"$OUT/ttff-$name.err"
}
say "time to first frame: $RUNS runs each, tmux 120x40"
for round in $(seq 0 "$RUNS"); do
	for name in "${NAMES[@]}"; do
		[[ -z ${FAILED[$name]:-} ]] || continue
		if ms=$(ttff_once "$name"); then
			if ((round > 0)); then echo "$ms" >>"$WORK/$name.ms"; fi
			printf '   %-32s run %d: %s ms\n' "${LABEL[$name]}" "$round" "$ms" >&2
		else
			FAILED[$name]=1
			note "first frame of ${LABEL[$name]} not measured: $(first_line "$OUT/ttff-$name.err") (full error in bench/out/ttff-$name.err)"
		fi
	done
done
declare -A TTFF=()
for name in "${NAMES[@]}"; do
	TTFF[$name]=""
	if [[ -s $WORK/$name.ms ]]; then TTFF[$name]=$(median <"$WORK/$name.ms"); fi
done

# 4. Peak RSS on the 5 MB article: the whole analysis, and the reader up to
# its first frame (then q), once the analysis is done, and after a reading
# session of MOVES moves.
RSS_CLAIMS="" RSS_SPEAKERS="" RSS_EXPORT="" RSS_READER="" RSS_READER_DONE="" RSS_READER_MOVES=""
maxrss_mib() { awk -F': ' '/Maximum resident set size/ { printf "%.1f", $2 / 1024 }' "$1"; }
# rss_of VAR NAME CMD...: sets VAR to the peak RSS of a batch command in
# MiB, or leaves it empty with a note.
rss_of() {
	local var=$1 name=$2
	shift 2
	if /usr/bin/time -v -o "$WORK/rss-$name.txt" "$@" >/dev/null 2>"$WORK/$name.err"; then
		printf -v "$var" '%s' "$(maxrss_mib "$WORK/rss-$name.txt")"
	else
		note "$name on the 5 MB article failed: $(first_line "$WORK/$name.err")"
	fi
}
if [[ -x /usr/bin/time ]] && /usr/bin/time -v true 2>/dev/null; then
	say "peak RSS"
	rss_of RSS_CLAIMS claims "$OUT/marginalia" claims --json "$ARTICLE"
	rss_of RSS_SPEAKERS speakers "$OUT/marginalia" speakers --json "$ARTICLE"
	rss_of RSS_EXPORT export "$OUT/marginalia" export -o "$WORK/export.md" "$ARTICLE"
	# The reader three times: quitting at its first frame, quitting once the
	# background analysis has finished (the header then counts every claim,
	# as many as `speakers --json` reports), and after a reading session.
	CMD[rss]="/usr/bin/time -v -o $WORK/rss-reader.txt $OUT/marginalia $ARTICLE"
	MARKER[rss]="claim 1/"
	if ttff_once rss -quit q >/dev/null && [[ -s $WORK/rss-reader.txt ]]; then
		RSS_READER=$(maxrss_mib "$WORK/rss-reader.txt")
	else
		note "reader peak RSS not measured: $(first_line "$OUT/ttff-rss.err") (full error in bench/out/ttff-rss.err)"
	fi
	# || true: under set -e and pipefail a failing speakers --json would end
	# the whole script here; an empty count gives the notes below instead.
	TOTAL_CLAIMS=$("$OUT/marginalia" speakers --json "$ARTICLE" 2>/dev/null |
		awk '/"summary"/ { s = 1 } s && /"claims":/ { gsub(/[^0-9]/, ""); print; exit }') || true
	[[ -n $TOTAL_CLAIMS ]] || note "the article's claim count is unknown (speakers --json failed): the reader's peak RSS once the analysis is done cannot be measured"
	CMD[rssdone]="/usr/bin/time -v -o $WORK/rss-reader-done.txt $OUT/marginalia $ARTICLE"
	MARKER[rssdone]="claim 1/$TOTAL_CLAIMS "
	if [[ -z $TOTAL_CLAIMS ]]; then
		:
	elif ttff_once rssdone -quit q >/dev/null && [[ -s $WORK/rss-reader-done.txt ]]; then
		RSS_READER_DONE=$(maxrss_mib "$WORK/rss-reader-done.txt")
	else
		note "reader peak RSS after the whole analysis not measured: $(first_line "$OUT/ttff-rssdone.err") (full error in bench/out/ttff-rssdone.err)"
	fi
	# The reader in use: once the analysis is done, MOVES keys sent one at
	# a time, 5 ms apart (bench/ttff -keys), then q. Half of them j first,
	# each a claim whose panes are new; then paragraph moves, a speaker
	# filter (the picker's third entry) moved through, the last claim and
	# back, a search stepped through with n, pane scrolling, the first claim,
	# and j for the rest. esc (clearing the filter, the search) is followed
	# by a pause: the reader waits for what follows an escape before it
	# takes it as the esc key. The run has notes of its own, so it starts on
	# claim 1 and leaves no position for others. reading_session N prints
	# the keys, N of them besides the pauses. awk reads to the end rather
	# than exit at N: the keys still being written would get SIGPIPE, and
	# pipefail and set -e would end the script.
	reading_session() {
		local n=$1
		rep() { local i; for ((i = 0; i < $2; i++)); do echo "$1"; done; }
		{
			rep j $((n / 2))
			rep ']' $((n / 10))
			rep '[' $((n / 20))
			printf '%s\n' f Down Down Enter
			rep j $((n / 20))
			printf '%s\n' Escape 'sleep 200ms' G
			rep k $((n / 20))
			printf '%s\n' / s a i d Enter
			rep n $((n / 20))
			printf '%s\n' Escape 'sleep 200ms'
			rep J 10
			rep K 10
			echo g
		} | awk -v n="$n" 'done { next } !/^sleep / && ++keys > n { keys = n; done = 1; next } { print } END { for (; keys < n; keys++) print "j" }'
	}
	reading_session "$MOVES" >"$WORK/moves.txt"
	CMD[rssmoves]="/usr/bin/time -v -o $WORK/rss-reader-moves.txt $OUT/marginalia $ARTICLE"
	MARKER[rssmoves]="claim 1/$TOTAL_CLAIMS "
	if [[ -z $TOTAL_CLAIMS ]]; then
		:
	elif XDG_DATA_HOME=$WORK/xdg-data-moves ttff_once rssmoves -keys "$WORK/moves.txt" -quit q >/dev/null &&
		[[ -s $WORK/rss-reader-moves.txt ]]; then
		RSS_READER_MOVES=$(maxrss_mib "$WORK/rss-reader-moves.txt")
	else
		note "reader peak RSS after $MOVES moves not measured: $(first_line "$OUT/ttff-rssmoves.err") (full error in bench/out/ttff-rssmoves.err)"
	fi
else
	note "peak RSS skipped: GNU time is missing (/usr/bin/time -v; e.g. apt-get install time)"
fi

# 5. Go benchmarks. Each package's raw output is kept for benchstat.
# bench_medians FILE prints "name ns/op MB/s B/op allocs/op" with the median
# of each column over the -count runs ("-" where a benchmark has no such unit).
bench_medians() {
	awk '/^Benchmark/ {
		name = $1; sub(/-[0-9]+$/, "", name)
		if (!(name in seen)) { seen[name] = 1; order[++n] = name }
		for (i = 3; i < NF; i += 2) vals[name, $(i + 1)] = vals[name, $(i + 1)] " " $i
	}
	END {
		for (k = 1; k <= n; k++) {
			line = order[k]
			split("ns/op MB/s B/op allocs/op", units, " ")
			for (u = 1; u <= 4; u++) {
				c = split(vals[order[k], units[u]], v, " ")
				if (c == 0) { line = line " -"; continue }
				for (a = 1; a <= c; a++) for (b = a + 1; b <= c; b++) if (v[b] + 0 < v[a] + 0) { t = v[a]; v[a] = v[b]; v[b] = t }
				m = (c % 2) ? v[(c + 1) / 2] : (v[c / 2] + v[c / 2 + 1]) / 2
				line = line " " m
			}
			print line
		}
	}' "$1"
}
# run_bench LABEL DIR PACKAGE: go test -bench in DIR (relative to the repo
# root), output in bench/out/bench-LABEL.txt.
BENCH_FILES=()
run_bench() {
	local label=$1 dir=$2 pkg=$3 file=$OUT/bench-$1.txt
	local where=$dir/${pkg#./}
	where=${where#./}
	where=${where%/.}
	if ! grep -qs '^func Benchmark' "$where"/*_test.go; then
		note "no benchmarks in $where yet: skipped"
		return 0
	fi
	say "go test -bench . -count $COUNT in $where"
	if (cd "$dir" && go test -run '^$' -bench . -benchmem -count "$COUNT" "$pkg") >"$file" 2>&1; then
		BENCH_FILES+=("$file")
		bench_medians "$file" | sed "s/^/$label /" >>"$WORK/bench.tsv"
	else
		note "benchmarks in $where failed ($(grep -m 1 -v '^#' "$file" | cut -c 1-160)); full output in bench/out/bench-$label.txt"
	fi
}
: >"$WORK/bench.tsv"
run_bench model . ./model
run_bench ui . ./ui
CPU_RATIO=""
if [[ -f bench/punkt/go.mod ]]; then
	run_bench punkt bench/punkt .
	# CPU time per operation, both taking turns: the steadier ratio when
	# other work shares the machine.
	say "bench/punkt: go run ./cmd/ratio -count $COUNT"
	if (cd bench/punkt && go run ./cmd/ratio -count "$COUNT") >"$OUT/ratio.txt" 2>&1; then
		CPU_RATIO=$(awk -F': ' '/^ratio by CPU time/ { sub(/x$/, "", $2); print $2 }' "$OUT/ratio.txt")
	else
		note "bench/punkt cmd/ratio failed: $(first_line "$OUT/ratio.txt")"
	fi
else
	note "bench/punkt does not exist yet: Punkt comparison skipped"
fi
if ((${#BENCH_FILES[@]})); then
	if timeout 180 go run golang.org/x/perf/cmd/benchstat@latest "${BENCH_FILES[@]}" >"$OUT/benchstat.txt" 2>"$WORK/benchstat.err"; then
		say "benchstat summary: bench/out/benchstat.txt"
	else
		note "benchstat unavailable (no network?): medians computed with awk only"
	fi
fi
# bench_value GROUP REGEX COLUMN: the first matching benchmark's median
# (columns: 3 ns/op, 4 MB/s, 5 B/op, 6 allocs/op).
bench_value() {
	awk -v g="$1" -v re="$2" -v c="$3" '$1 == g && $2 ~ re && $c != "-" { print $c; exit }' "$WORK/bench.tsv"
}
# Throughput side by side comes from the Punkt module, which benchmarks both
# on the same text in one run; model's own Analyze benchmark is the fallback.
ANALYZE_MBS=$(bench_value punkt '[Aa]naly[sz]e|[Mm]arginalia' 4)
[[ -n $ANALYZE_MBS ]] || ANALYZE_MBS=$(bench_value model 'BenchmarkAnalyze.*5MB' 4)
[[ -n $ANALYZE_MBS ]] || ANALYZE_MBS=$(bench_value model 'BenchmarkAnalyze' 4)
PUNKT_MBS=$(bench_value punkt '[Pp]unkt|[Ss]entences' 4)
STEP_NS=$(bench_value ui '^BenchmarkStep(/|$)' 3)

# 6. The table.
ratio() { calc '(b == 0 ? "" : a / b)' "a=$1" "b=$2"; }
ms() { fmt_or_na '%.1f ms' "$1"; }
times() { fmt_or_na '%.2f×' "$1"; }
rss_row() {
	local label=$1 mib=$2
	if [[ -n $mib ]]; then
		printf '| %s | %.1f MiB (%.1f× the article) | ≤ 10× |\n' "$label" "$mib" \
			"$(calc 'm * 1048576 / s' "m=$mib" "s=$ARTICLE_BYTES")"
	else
		printf '| %s | n/a | ≤ 10× |\n' "$label"
	fi
}
STEP_CELL=n/a
[[ -z $STEP_NS ]] || STEP_CELL=$(awk -v n="$STEP_NS" 'BEGIN { printf (n >= 1e6 ? "%.2f ms" : "%.0f µs"), (n >= 1e6 ? n / 1e6 : n / 1e3) }')
if REVISION=$(git rev-parse --short HEAD 2>/dev/null); then
	git diff --quiet HEAD 2>/dev/null || REVISION="$REVISION plus uncommitted changes"
else
	REVISION="an unknown commit (not a git checkout)"
fi
CPU=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || true)
{
	echo "Measured $(date -u '+%Y-%m-%d %H:%M UTC') at $REVISION,"
	echo "$(go env GOVERSION), $(uname -sm), ${CPU:-unknown CPU}, $(nproc 2>/dev/null || echo '?') CPUs (load average $LOAD_START at start); $(tmux -V), $(less --version | head -n 1)."
	echo "Command: \`RUNS=$RUNS COUNT=$COUNT MOVES=$MOVES bench/run.sh\`. Article: $ARTICLE_BYTES bytes from $GENERATOR."
	echo "First frame: tmux 120×40, median of $RUNS runs, from session start to the first capture showing the program's text."
	echo
	echo "| Figure | Measured | Goal |"
	echo "|---|---|---|"
	echo "| First frame, ${LABEL[embedded]} | $(ms "${TTFF[embedded]}") | a few ms over the minimal program |"
	echo "| First frame, ${LABEL[big]} | $(ms "${TTFF[big]}") | ≤ 2× the embedded article |"
	echo "| First frame, ${LABEL[less]} | $(ms "${TTFF[less]}") | |"
	echo "| First frame, ${LABEL[minimal]} | $(ms "${TTFF[minimal]}") | |"
	echo "| marginalia 5 MB ÷ marginalia embedded | $(times "$(ratio "${TTFF[big]}" "${TTFF[embedded]}")") | ≤ 2× |"
	echo "| marginalia 5 MB ÷ less 5 MB | $(times "$(ratio "${TTFF[big]}" "${TTFF[less]}")") | about 1× |"
	echo "| marginalia embedded − minimal program | $(fmt_or_na '%+.1f ms' "$(calc 'a - b' "a=${TTFF[embedded]}" "b=${TTFF[minimal]}")") | a few ms |"
	rss_row "Peak RSS, \`claims --json\` on 5 MB (whole analysis)" "$RSS_CLAIMS"
	rss_row "Peak RSS, \`speakers --json\` on 5 MB" "$RSS_SPEAKERS"
	rss_row "Peak RSS, \`export -o FILE\` on 5 MB" "$RSS_EXPORT"
	rss_row "Peak RSS, reader on 5 MB (first frame, then q)" "$RSS_READER"
	rss_row "Peak RSS, reader on 5 MB (whole analysis done, then q)" "$RSS_READER_DONE"
	rss_row "Peak RSS, reader on 5 MB (analysis done, then $MOVES moves, then q)" "$RSS_READER_MOVES"
	echo "| Analyze throughput, 5 MB | $(fmt_or_na '%.1f MB/s' "$ANALYZE_MBS") | |"
	echo "| Punkt (neurosnap/sentences) on the same text | $(fmt_or_na '%.1f MB/s' "$PUNKT_MBS") | |"
	echo "| Analyze ÷ Punkt | $(times "$(ratio "$ANALYZE_MBS" "$PUNKT_MBS")") | ≥ 3× |"
	echo "| Analyze ÷ Punkt by CPU time per operation (\`cmd/ratio\`) | $(times "$CPU_RATIO") | ≥ 3× |"
	echo "| Step: one keypress, Update + View, 5 MB | $STEP_CELL | < 1 ms |"
	if [[ -s $WORK/bench.tsv ]]; then
		echo
		echo "Go benchmarks (\`go test -run '^\$' -bench . -benchmem -count $COUNT\`), medians:"
		echo
		echo "| Package | Benchmark | ns/op | MB/s | B/op | allocs/op |"
		echo "|---|---|---|---|---|---|"
		awk '{ printf "| %s | %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, $5, $6 }' "$WORK/bench.tsv"
	fi
	if ((${#NOTES[@]})); then
		echo
		for n in "${NOTES[@]}"; do echo "- Note: $n"; done
	fi
} >"$OUT/figures.md"
echo
cat "$OUT/figures.md"
