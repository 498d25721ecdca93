# ./epr bench --saturation: sourced by run-bench.sh once the epr-bench server is up and the data loaded
# (uses its ROOT, BENCH_DIR, PID, bench_java, say, die and the SAT_* / BENCH_* settings). docs/performance.md
#
# For each operation (--ops) and each number of connections (--connections): a warm-up run, then a measured
# run of wrk with saturation.lua (no think time: each connection sends its next request as soon as the last
# is answered). Around each measured run, a snapshot of the CPU time of the Liberty JVM and of every postgres
# process (/proc/<pid>/stat) and of the machine (/proc/stat); SaturationReport turns them into CPU per request.

SAT_DIR="$BENCH_DIR/saturation"
TARGETS="$SAT_DIR/targets"
LUA="$ROOT/ear/src/bench/saturation.lua"
CLK_TCK=$(getconf CLK_TCK)
read -r -a OPS <<< "$SAT_OPS"
read -r -a CONNS <<< "$SAT_CONNECTIONS"
MAX_CONNS=$(printf '%s\n' "${CONNS[@]}" | sort -n | tail -1)

# The postmaster of the PostgreSQL that serves the bench (its children are the backends and background processes
# counted); from its data directory's postmaster.pid, else from the process listening on its port.
PG_POSTMASTER=
pg_data=$(psql -X -At -h "${PGHOST:-127.0.0.1}" -p "${PGPORT:-5432}" -U "${PGSUPERUSER:-postgres}" -d postgres \
  -c "SHOW data_directory" 2>/dev/null || true)
[ -n "$pg_data" ] && PG_POSTMASTER=$(head -1 "$pg_data/postmaster.pid" 2>/dev/null || true)
if [ -z "$PG_POSTMASTER" ]; then
  PG_POSTMASTER=$(ss -Hltnp "sport = :${PGPORT:-5432}" 2>/dev/null | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2 || true)
fi
[ -n "$PG_POSTMASTER" ] && [ -r "/proc/$PG_POSTMASTER/stat" ] \
  || die "--saturation reads PostgreSQL's CPU time from /proc: cannot find the postmaster of ${PGHOST:-127.0.0.1}:${PGPORT:-5432} on this machine"

rm -rf "$SAT_DIR/runs" "$BENCH_DIR/saturation.md"
mkdir -p "$SAT_DIR/runs" "$TARGETS"
# patients left by an interrupted run's creates, then the request lists (the same every run)
bench_java org.openepr.bench.SaturationTargets cleanup "$TARGETS"
rm -f "$TARGETS"/create-*.txt "$TARGETS"/numbers.txt "$TARGETS"/tokens.*
bench_java org.openepr.bench.SaturationTargets paths "$TARGETS"
cat > "$SAT_DIR/settings.properties" <<PROPS
command=$BENCH_COMMAND
threads=$SAT_THREADS
duration=$BENCH_DURATION
warmup=$BENCH_WARMUP
server.warmup=$SAT_SERVER_WARMUP
max.connections=$MAX_CONNS
patients.note=2,000 loaded patients at random
PROPS

# New tokens when the current ones would expire before a run of $1 seconds ends (with 30 s to spare).
ensure_tokens() {
  local expires
  expires=$(cat "$TARGETS/tokens.expires" 2>/dev/null || echo 0)
  if [ $(( $(date +%s) + $1 + 30 )) -ge "$expires" ]; then
    bench_java org.openepr.bench.SaturationTargets tokens "$TARGETS" >/dev/null
    expires=$(cat "$TARGETS/tokens.expires")
    [ $(( $(date +%s) + $1 + 30 )) -lt "$expires" ] || die "the access tokens expire before a ${1} s run ends: shorter --duration/--warmup"
  fi
}

# cpu_snapshot FILE: wall clock, CLK_TCK, the machine's cpu line (/proc/stat), and the stat line and title of the
# Liberty JVM and of every process named postgres (the postmaster, its background processes and every backend).
cpu_snapshot() {
  local d comm stat cmd
  {
    printf 'wall\t%s\n' "$(date +%s.%N)"
    printf 'clk_tck\t%s\n' "$CLK_TCK"
    printf 'liberty\t%s\n' "$PID"
    printf 'postmaster\t%s\n' "$PG_POSTMASTER"
    printf 'cpu\t%s\n' "$(head -1 /proc/stat)"
    for d in /proc/[0-9]*; do
      comm=
      { read -r comm < "$d/comm"; } 2>/dev/null || continue
      [ "$comm" = postgres ] || [ "${d#/proc/}" = "$PID" ] || continue
      stat=
      { read -r stat < "$d/stat"; } 2>/dev/null || continue
      cmd=
      { read -r -d '' cmd < "$d/cmdline"; } 2>/dev/null || true
      printf 'proc\t%s\t%s\n' "$stat" "$cmd"
    done
    # the JVM's threads, for its JIT compiler and GC time
    for d in /proc/"$PID"/task/[0-9]*; do
      stat=
      { read -r stat < "$d/stat"; } 2>/dev/null || continue
      printf 'thread\t%s\n' "$stat"
    done
  } > "$1"
}

# One line from saturation.lua's sat.* results: requests, req/s, latency, errors.
sat_line() {
  awk -F= '
    /^sat\./ { v[substr($1, 5)] = $2 }
    /^sat\.status\./ { s[substr($1, 12)] = $2 }
    END {
      bad = 0
      for (code in s) if (code != v["expected.status"]) bad += s[code]
      errors = bad + v["bad.body"] + v["errors.connect"] + v["errors.read"] + v["errors.write"] + v["errors.timeout"]
      printf "%d requests, %.1f req/s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, errors %d", v["requests"],
        v["requests"] / (v["duration.us"] / 1e6), v["latency.p50.us"] / 1000, v["latency.p95.us"] / 1000, v["latency.p99.us"] / 1000, errors
    }' "$1"
}

# wrk_run OPERATION CONNECTIONS SECONDS [RUN_DIR]: one wrk run; with RUN_DIR, measured (CPU snapshots, times).
wrk_run() {
  local op=$1 c=$2 s=$3 out=${4:-} rc
  ensure_tokens "$s"
  if [ "$op" = create ]; then
    # each trust's next unused NHS numbers, read from the database after the previous run's registrations
    bench_java org.openepr.bench.SaturationTargets create "$TARGETS" >/dev/null
  fi
  local wrk_cmd=(wrk -t"$SAT_THREADS" -c"$c" -d"${s}s" --timeout 10s --latency -s "$LUA" "$BENCH_BASE_URL" -- "$op" "$TARGETS" "$SAT_THREADS")
  if [ -z "$out" ]; then
    "${wrk_cmd[@]}" > "$SAT_DIR/warmup.txt" 2>&1 || { cat "$SAT_DIR/warmup.txt"; die "wrk failed"; }
    say "  warm-up: $(sat_line "$SAT_DIR/warmup.txt")"
    return
  fi
  mkdir -p "$out"
  {
    echo "operation=$op"
    echo "connections=$c"
    echo "threads=$SAT_THREADS"
    echo "seconds=$s"
    echo "started=$(date -Is)"
    echo "load.before=$(cut -d' ' -f1-3 /proc/loadavg)"
  } > "$out/run.properties"
  cpu_snapshot "$out/cpu-before.txt"
  # a subshell of its own, so that its `times` (children's user and system time) is wrk's CPU time alone
  set +e
  ( "${wrk_cmd[@]}" > "$out/wrk.txt" 2>&1; rc=$?; times > "$out/times.txt"; exit $rc )
  rc=$?
  set -e
  cpu_snapshot "$out/cpu-after.txt"
  echo "load.after=$(cut -d' ' -f1-3 /proc/loadavg)" >> "$out/run.properties"
  [ "$rc" -eq 0 ] || { cat "$out/wrk.txt"; die "wrk failed (exit $rc)"; }
  grep -q '^sat\.requests=' "$out/wrk.txt" || { cat "$out/wrk.txt"; die "no results from saturation.lua"; }
  say "  measured: $(sat_line "$out/wrk.txt")"
}

export BENCH_LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"
say "saturation: ${OPS[*]} at ${CONNS[*]} connections, wrk -t$SAT_THREADS, warm-up ${BENCH_WARMUP}s and ${BENCH_DURATION}s measured each (load average $BENCH_LOAD_BEFORE)"
# the fresh server compiles its hot code in its first minutes under load (docs/performance.md): every operation first
if [ "$SAT_SERVER_WARMUP" -gt 0 ]; then
  for op in "${OPS[@]}"; do
    say "server warm-up: $op, $MAX_CONNS connections, ${SAT_SERVER_WARMUP}s"
    wrk_run "$op" "$MAX_CONNS" "$SAT_SERVER_WARMUP"
  done
fi
n=0
for op in "${OPS[@]}"; do
  for c in "${CONNS[@]}"; do
    n=$((n + 1))
    if [ "$BENCH_WARMUP" -gt 0 ]; then
      say "$op, $c connections: warm-up ${BENCH_WARMUP}s"
      wrk_run "$op" "$c" "$BENCH_WARMUP"
    fi
    say "$op, $c connections: measuring ${BENCH_DURATION}s"
    wrk_run "$op" "$c" "$BENCH_DURATION" "$SAT_DIR/runs/$(printf '%02d' "$n")-$op-c$c"
  done
done
say "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
bench_java org.openepr.bench.SaturationTargets cleanup "$TARGETS"
bench_java org.openepr.bench.SaturationReport "$BENCH_DIR"
