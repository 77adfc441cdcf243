#!/usr/bin/env bash
# bench/run.sh times crosscheck check against grep -F over generated corpora
# and prints a Markdown table. See bench/README.md.
#
#   bash bench/run.sh                                  # 10MB 100MB 1GB × 10 100 1000 1000u990 rules
#   SIZES="10MB 100MB" RULES="10 100" bash bench/run.sh
#
# Environment:
#   BENCH_DIR   where binaries, corpora, rules and reports go (default /tmp/crosscheck-bench);
#               corpora are cached there, keyed by seed, size and what the generator writes
#   SIZES       corpus sizes (default "10MB 100MB 1GB")
#   RULES       rule counts (default "10 100 1000 1000u990"); NuK is N rules of which K
#               are about subjects no article names (genrules -unmatched), which
#               tells what more rules cost from what the claims they find cost
#   SKIP        size:rules pairs to leave out, e.g. "1GB:1000"
#   SEED        generator seed (default 1)
#   REPEAT      timings per cell; the median is reported (default 3)
#   SLOW        a cell whose first crosscheck run takes longer than this many seconds
#               is not repeated (default 120): "as many as the size allows"
#   MAX_RUN     seconds after which a single run is stopped and reported as such (default 1800)
#   CROSSCHECK  a crosscheck binary to time instead of building this checkout, and
#   CROSSCHECK_LABEL  what to call it in the table (say, the commit it was built from)
#
# Needs bash, coreutils, grep, GNU time at /usr/bin/time, and Go.
set -euo pipefail

die() { echo "bench/run.sh: $*" >&2; exit 2; }

[[ -x /usr/bin/time ]] || die "/usr/bin/time is missing; install GNU time (apt-get install time): the shell's time keyword cannot report peak RSS"
/usr/bin/time -f %M -o /dev/stdout true >/dev/null 2>&1 || die "/usr/bin/time is not GNU time (it has no -f); install GNU time"
command -v go >/dev/null || die "go is not on PATH"

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BENCH_DIR=${BENCH_DIR:-/tmp/crosscheck-bench}
SIZES=${SIZES:-10MB 100MB 1GB}
RULES=${RULES:-10 100 1000 1000u990}
SKIP=${SKIP:-}
SEED=${SEED:-1}
REPEAT=${REPEAT:-3}
SLOW=${SLOW:-120}
MAX_RUN=${MAX_RUN:-1800}
mkdir -p "$BENCH_DIR/bin" "$BENCH_DIR/out"
BENCH_DIR=$(cd "$BENCH_DIR" && pwd)

log() { echo "# $*" >&2; }

# --- build -------------------------------------------------------------------

cd "$root"
log "building generators"
go build -o "$BENCH_DIR/bin/gencorpus" ./bench/gencorpus
go build -o "$BENCH_DIR/bin/genrules" ./bench/genrules
if [[ -n ${CROSSCHECK:-} ]]; then
	cc=$CROSSCHECK
	commit=${CROSSCHECK_LABEL:-binary $cc}
else
	log "building crosscheck from $root"
	go build -o "$BENCH_DIR/bin/crosscheck" ./cmd/crosscheck || die "crosscheck does not build in $root"
	cc=$BENCH_DIR/bin/crosscheck
	commit=$(git -C "$root" describe --always --dirty 2>/dev/null || echo unknown)
fi

# A corpus is cached under a key made from the first megabyte the generator
# writes today: a corpus written by an older generator would not match
# today's rules, and a change to a comment should not cost a new corpus.
rm -rf "$BENCH_DIR/out/sample"
"$BENCH_DIR/bin/gencorpus" -size 1MB -seed "$SEED" -out "$BENCH_DIR/out/sample" 2>/dev/null
genkey=$(cat "$BENCH_DIR/out/sample"/*/*.md | sha256sum | cut -c1-12)
rm -rf "$BENCH_DIR/out/sample"

# --- numbers, in integers only (bash has no floating point) -----------------

# ms "12.34" → 12340: seconds as /usr/bin/time prints them, to milliseconds.
ms() {
	local s=$1 int frac
	int=${s%%.*}
	frac=${s#*.}
	[[ $s == *.* ]] || frac=0
	frac=${frac}000
	echo $((10#$int * 1000 + 10#${frac:0:3}))
}

# dec N D: N/D with one decimal; secs MS: milliseconds as seconds with two.
dec() {
	local n=$1 d=$2
	((d > 0)) || { echo "–"; return; }
	local x=$(((n * 10 + d / 2) / d))
	echo "$((x / 10)).$((x % 10))"
}
secs() {
	local x=$((($1 + 5) / 10))
	printf '%d.%02d\n' $((x / 100)) $((x % 100))
}

# median of integers.
median() {
	local sorted
	mapfile -t sorted < <(printf '%s\n' "$@" | sort -n)
	echo "${sorted[$(((${#sorted[@]} - 1) / 2))]}"
}

maxof() { printf '%s\n' "$@" | sort -n | tail -1; }

# --- corpora and rules ---------------------------------------------------------

corpus_dir() { echo "$BENCH_DIR/corpus-$genkey-seed$SEED-$1"; }

for size in $SIZES; do
	dir=$(corpus_dir "$size")
	if [[ -d $dir ]]; then
		log "corpus $size: cached in $dir"
	else
		log "corpus $size: generating into $dir"
		rm -rf "$dir.partial"
		"$BENCH_DIR/bin/gencorpus" -size "$size" -seed "$SEED" -out "$dir.partial"
		mv "$dir.partial" "$dir"
	fi
done

# rules_label: how the table names a rule count ("1000u990": 1000 rules,
# 990 of them about subjects no article names).
rules_label() {
	if [[ $1 == *u* ]]; then
		echo "${1%u*} (${1#*u} unmatched)"
	else
		echo "$1"
	fi
}

for n in $RULES; do
	[[ $n =~ ^[0-9]+(u[0-9]+)?$ ]] || die "RULES: $n is not a rule count (N, or NuK for N rules of which K match nothing)"
	r=$BENCH_DIR/rules-$genkey-seed$SEED-$n.yaml
	t=$BENCH_DIR/terms-$genkey-seed$SEED-$n.txt
	unmatched=0
	if [[ $n == *u* ]]; then
		unmatched=${n#*u}
	fi
	"$BENCH_DIR/bin/genrules" -n "${n%u*}" -unmatched "$unmatched" -seed "$SEED" -out "$r" -terms "$t"
	# Errors (exit 2) stop the benchmark; warnings would not, but the
	# generated rules have none.
	rc=0
	"$cc" rules lint "$r" >"$BENCH_DIR/out/lint.txt" || rc=$?
	((rc < 2)) || die "rules lint found errors in $r; see $BENCH_DIR/out/lint.txt"
	"$cc" rules test "$r" >"$BENCH_DIR/out/test.txt" || die "rules test failed on $r; see $BENCH_DIR/out/test.txt"
	log "rules $n: $r ($(wc -l <"$t") plain terms), lint and test pass"
done

# --- timing ------------------------------------------------------------------

# busy_ms: CPU time all processes have used since boot, from /proc/stat
# (in clock ticks of 10 ms, USER_HZ on Linux).
busy_ms() {
	local _cpu user nice system idle iowait irq softirq steal _rest
	read -r _cpu user nice system idle iowait irq softirq steal _rest </proc/stat
	echo $(((user + nice + system + irq + softirq + steal) * 10))
}

# timed LABEL CMD...: runs CMD under /usr/bin/time and timeout, and sets
# wall_ms, cpu_ms, rss_kb, and others_ms: the CPU time other processes used
# meanwhile, which says whether the machine was quiet. Output goes to files, never /dev/null: GNU grep
# stops at the first match when its output is /dev/null, and crosscheck
# -o renames its report over the named file, which would replace /dev/null
# itself with a regular file when run as root.
timed() {
	local label=$1
	shift
	local tf=$BENCH_DIR/out/time.txt rc=0 b0 b1
	b0=$(busy_ms)
	timeout "$MAX_RUN" /usr/bin/time -f '%e %U %S %M' -o "$tf" "$@" || rc=$?
	b1=$(busy_ms)
	if ((rc == 124)); then
		log "$label: stopped after $MAX_RUN s"
		wall_ms=-1 cpu_ms=-1 rss_kb=-1
		return
	fi
	((rc == 0)) || die "$label: exit status $rc"
	local e u s m
	read -r e u s m <"$tf"
	wall_ms=$(ms "$e")
	cpu_ms=$(($(ms "$u") + $(ms "$s")))
	rss_kb=$m
	others_ms=$((b1 - b0 - cpu_ms))
	((others_ms > 0)) || others_ms=0
}

machine_cpu=$(grep -m1 '^model name' /proc/cpuinfo | cut -d: -f2- || true)
machine_cpu=${machine_cpu# }
cores=$(nproc)
header="Machine: ${machine_cpu:-unknown CPU}, $cores cores, $(($(grep MemTotal /proc/meminfo | tr -s ' ' | cut -d' ' -f2) / 1024 / 1024)) GB RAM · $(go version | cut -d' ' -f3-) · $(date -u '+%Y-%m-%d %H:%M UTC') · crosscheck $commit · seed $SEED"
read -r load_start _ </proc/loadavg
log "$header"

rows=()
for size in $SIZES; do
	dir=$(corpus_dir "$size")
	# Warm the page cache, and measure the corpus, in one read.
	bytes=0
	for d in "$dir"/*/; do
		b=$(cat "$d"*.md | wc -c)
		bytes=$((bytes + b))
	done
	files=0
	for d in "$dir"/*/; do
		f=("$d"*.md)
		files=$((files + ${#f[@]}))
	done
	log "corpus $size: $files files, $bytes bytes, page cache warmed"
	for n in $RULES; do
		if [[ " $SKIP " == *" $size:$n "* ]]; then
			log "$size × $n rules: skipped (SKIP)"
			continue
		fi
		r=$BENCH_DIR/rules-$genkey-seed$SEED-$n.yaml
		t=$BENCH_DIR/terms-$genkey-seed$SEED-$n.txt
		cw=() cc_cpu=() cr=() gw=() gr=() gc=() ol=()
		for ((i = 1; i <= REPEAT; i++)); do
			timed "crosscheck $size × $n" "$cc" check --no-config --rules "$r" --format json \
				-o "$BENCH_DIR/out/report.json" --fail-on never -q "$dir"
			# The report's size says much about crosscheck's memory: every
			# conflicting pair of claims is in it.
			rep_kb=$(($(wc -c 2>/dev/null <"$BENCH_DIR/out/report.json" || echo 0) / 1024))
			rm -f "$BENCH_DIR/out/report.json"
			cw+=("$wall_ms") cc_cpu+=("$cpu_ms") cr+=("$rss_kb")
			((wall_ms <= 0)) || ol+=("$((others_ms * 100 / wall_ms))")
			timed "grep $size × $n" env LC_ALL=C grep -F -i -c -r -f "$t" "$dir" \
				>"$BENCH_DIR/out/grep.txt"
			gw+=("$wall_ms") gc+=("$cpu_ms") gr+=("$rss_kb")
			log "$size × $n rules, run $i: crosscheck $(secs "${cw[-1]}") s ($(secs "${cc_cpu[-1]}") s CPU, $((${cr[-1]} / 1024)) MB, report $(dec "$rep_kb" 1024) MB), grep $(secs "${gw[-1]}") s ($((${gr[-1]} / 1024)) MB); other processes used $(dec "${ol[-1]:-0}" 100) cores meanwhile"
			if ((cw[-1] < 0 || cw[-1] > SLOW * 1000)); then
				break
			fi
		done
		w=$(median "${cw[@]}") c=$(median "${cc_cpu[@]}") g=$(median "${gw[@]}")
		rss=$(maxof "${cr[@]}") grss=$(maxof "${gr[@]}")
		runs=${#cw[@]}
		other=$(dec "$(maxof "${ol[@]:-0}")" 100)
		if ((w < 0)); then
			rows+=("| $size | $(rules_label "$n") | > $MAX_RUN (stopped) | – | – | $(secs "$g") | – | – | $((grss / 1024)) MB | – | $runs | $other |")
			continue
		fi
		# MB/s per core is throughput per CPU-second (user + system), so
		# it says how much work each core does, not how many were idle.
		rows+=("| $size | $(rules_label "$n") | $(secs "$w") | $(dec "$bytes" "$((w * 1000))") | $(dec "$bytes" "$((c * 1000))") | $(secs "$g") | $(dec "$w" "$g")× | $((rss / 1024)) MB | $((grss / 1024)) MB | $(dec "$rep_kb" 1024) MB | $runs | $other |")
	done
done

read -r load_end _ </proc/loadavg
table=$(
	echo "$header"
	echo
	echo "Load average (1 min) at start $load_start, at end $load_end. Times are medians of the runs; MB/s per core is MB per CPU-second (user + system) of crosscheck; other load is the most CPU other processes used during a crosscheck run, in cores (0.0: a quiet machine)."
	echo
	echo "| size | rules | crosscheck s | MB/s | MB/s per core | grep s | ratio to grep | peak RSS crosscheck | peak RSS grep | JSON report | runs | other load |"
	echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
	printf '%s\n' "${rows[@]}"
)
report=$BENCH_DIR/results-$(date -u +%Y%m%dT%H%M%SZ).md
echo "$table" >"$report"
log "table written to $report"
echo "$table"
