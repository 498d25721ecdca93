#!/usr/bin/env bash
# The load benchmark: ./epr bench [options]   (docs/performance.md)
#
#   services, build, start the epr-bench Liberty server (port 9090, database epr_bench), generate the
#   data if it is not there yet (30 trusts x 30,000 patients, 40 clinics per trust with a year of slots,
#   medication orders and allergies, long records for the case record summary, Keycloak groups and users),
#   run the Gatling simulations one after the
#   other on that server (the patient index; clinics: free-slot search, booking, clinic-day list; medicines:
#   medicines panel, prescribing, pharmacy worklist, verification), print latency percentiles,
#   throughput and errors per operation, the database's count of lost and doubled bookings and the
#   server's peak memory, then stop the server.
#
# Options (all optional):
#   --users N         concurrent virtual users, spread evenly over the trusts   (default 60)
#   --duration S      patient index: measured seconds of steady load           (default 90)
#   --warmup S        patient index: seconds of load before measuring          (default 120)
#   --clinic-users N  clinics: concurrent virtual users                        (default: --users)
#   --clinic-duration S  clinics: measured seconds                             (default 90)
#   --clinic-warmup S    clinics: seconds of load before measuring             (default 60; 120 with --only clinics)
#   --hot PERCENT     clinics: share of iterations racing for the same slots   (default 20)
#   --med-users N     medicines: concurrent virtual users                      (default: --users)
#   --med-duration S  medicines: measured seconds                              (default 90; --duration with --only medicines)
#   --med-warmup S    medicines: seconds of load before measuring              (default 60; --warmup with --only medicines)
#   --only WHAT       run one simulation only: patient-index, clinics, medicines, or summary (the case record
#                     summary of long and small records: page, panels, PDF, p50/p95/p99 per record size;
#                     only with --only; --users, --duration, --warmup are then the summary load's), or discharge
#                     (only with --only: the delivery dashboard with 30 trusts x 10,000 signed summaries in their
#                     outboxes, --users users on it, while one clinician per trust admits, discharges (drafting the
#                     summary of a long record) and signs, and the letters are counted at the stand-in GP mailbox at
#                     the end; --duration, --warmup are then this load's; --clinicians N to change their number)
#                     export (only with --only: the patient-index load on every trust while the first trust's admin
#                     exports it over Bulk Data when the measured window starts; resources per second, and the load's
#                     p95 against its targets; --users, --duration, --warmup are then the patient-index load's)
#                     onboarding (only with --only: the operator onboards --trusts N new trusts (default 10) one after
#                     the other through the operator console, signed in through Keycloak, each through TrustOnboarding
#                     against the real Keycloak; p50/p95/max per trust and per step; the trusts are removed again; the
#                     bench trusts' patients are not loaded for it)
#   --trusts N        onboarding: how many trusts to onboard                   (default 10)
#   --ramp S          seconds over which the users start                       (default 15)
#   --pause MIN-MAX   think time between a user's requests, in ms              (default 200-600)
#   --reset           drop the bench database first (data is generated again)
#   --no-build        skip the Maven build of the application (use the last one)
#   --keep-server     leave the epr-bench server running afterwards
#   MVN_ARGS          environment: extra arguments for every mvn call, e.g. MVN_ARGS=-Dmaven.repo.local=/path
#
# Saturation mode: ./epr bench --saturation [options]   (instead of the Gatling simulations)
#   the same services, build, data and server; then wrk, without think time, for each operation and number
#   of connections: req/s, p50/p95/p99 latency, errors, and CPU milliseconds per request of Liberty and of
#   PostgreSQL (from /proc); printed and written to ear/target/bench/saturation.md
#   --saturation      run the saturation mode
#   --ops "LIST"      operations, in order: read (GET Patient/<id>), search (by NHS number), create (POST
#                     Patient, a new NHS number each; removed again at the end), medicines (a patient's
#                     MedicationStatements), allergies, worklist (the pharmacist's first page), and the case
#                     record's searches by patient over long or small records: observations-long, observations-small,
#                     notes-long, notes-small, conditions-long, conditions-small (default "read search create")
#   --connections "LIST"  wrk connections, one measured run each                  (default "8 32")
#   --threads N       wrk threads                                                 (default 2)
#   --duration S      seconds of each measured run                                (default 30)
#   --warmup S        seconds of warm-up before each measured run, same operation and connections (default 30)
#   --server-warmup S first, on the fresh server, each operation for S seconds at the largest connection
#                     count, while the JVM compiles the hot code                 (default 150; 0: none)
#   --reset, --no-build, --keep-server as above
set -euo pipefail
cd "$(dirname "$0")/../../.."
ROOT=$(pwd)
BENCH_DIR="$ROOT/ear/target/bench"
SERVER_DIR="$ROOT/ear/target/liberty/wlp/usr/servers/epr-bench"
PID_FILE="$ROOT/ear/target/liberty/wlp/usr/servers/.pid/epr-bench.pid"

say() { printf '\033[1m[bench]\033[0m %s\n' "$*"; }
die() { printf '\033[31m[bench] %s\033[0m\n' "$*" >&2; exit 1; }

BENCH_COMMAND="./epr bench${*:+ $*}"
RESET=false BUILD=true KEEP=false ONLY= SATURATION=false
SAT_OPS="read search create" SAT_CONNECTIONS="8 32" SAT_THREADS=2 SAT_SERVER_WARMUP=150
# --duration and --warmup default to 90 and 120 s for Gatling, 30 and 30 s with --saturation (set after the options)
export BENCH_USERS=${BENCH_USERS:-60} BENCH_DURATION=${BENCH_DURATION:-} BENCH_WARMUP=${BENCH_WARMUP:-}
export BENCH_RAMP=${BENCH_RAMP:-15} BENCH_PAUSE_MIN_MS=${BENCH_PAUSE_MIN_MS:-200} BENCH_PAUSE_MAX_MS=${BENCH_PAUSE_MAX_MS:-600}
export BENCH_CLINIC_USERS=${BENCH_CLINIC_USERS:-} BENCH_CLINIC_DURATION=${BENCH_CLINIC_DURATION:-90}
export BENCH_CLINIC_WARMUP=${BENCH_CLINIC_WARMUP:-} BENCH_CLINIC_HOT_PERCENT=${BENCH_CLINIC_HOT_PERCENT:-20}
export BENCH_MEDICINES_USERS=${BENCH_MEDICINES_USERS:-} BENCH_MEDICINES_DURATION=${BENCH_MEDICINES_DURATION:-}
export BENCH_MEDICINES_WARMUP=${BENCH_MEDICINES_WARMUP:-}
MVN_ARGS=${MVN_ARGS:-}
while [ $# -gt 0 ]; do
  case "$1" in
    --users) BENCH_USERS=$2; shift ;;
    --duration) BENCH_DURATION=$2; shift ;;
    --warmup) BENCH_WARMUP=$2; shift ;;
    --clinic-users) BENCH_CLINIC_USERS=$2; shift ;;
    --clinic-duration) BENCH_CLINIC_DURATION=$2; shift ;;
    --clinic-warmup) BENCH_CLINIC_WARMUP=$2; shift ;;
    --hot) BENCH_CLINIC_HOT_PERCENT=$2; shift ;;
    --med-users) BENCH_MEDICINES_USERS=$2; shift ;;
    --med-duration) BENCH_MEDICINES_DURATION=$2; shift ;;
    --med-warmup) BENCH_MEDICINES_WARMUP=$2; shift ;;
    --only) ONLY=$2; [ "$ONLY" = dashboard ] && ONLY=discharge; shift ;;
    --clinicians) BENCH_DISCHARGE_USERS=$2; shift ;;
    --trusts) BENCH_ONBOARDING_TRUSTS=$2; shift ;;
    --ramp) BENCH_RAMP=$2; shift ;;
    --pause) BENCH_PAUSE_MIN_MS=${2%-*}; BENCH_PAUSE_MAX_MS=${2#*-}; shift ;;
    --reset) RESET=true ;;
    --no-build) BUILD=false ;;
    --keep-server) KEEP=true ;;
    --saturation) SATURATION=true ;;
    --ops) SAT_OPS=$2; shift ;;
    --connections) SAT_CONNECTIONS=$2; shift ;;
    --threads) SAT_THREADS=$2; shift ;;
    --server-warmup) SAT_SERVER_WARMUP=$2; shift ;;
    -h|--help) awk 'NR > 1 && /^#/ { print; next } NR > 1 { exit }' "$0"; exit 0 ;;
    *) die "unknown option $1 (./epr bench --help)" ;;
  esac
  shift
done
if $SATURATION; then
  BENCH_DURATION=${BENCH_DURATION:-30} BENCH_WARMUP=${BENCH_WARMUP:-30}
  command -v wrk >/dev/null || die "--saturation needs wrk (Debian/Ubuntu: apt-get install wrk)"
  for op in $SAT_OPS; do
    case "$op" in read|search|create|medicines|allergies|worklist|observations-long|observations-small|notes-long|notes-small|conditions-long|conditions-small) ;;
      *) die "--ops takes read, search, create, medicines, allergies, worklist, observations-long, observations-small, notes-long, notes-small, conditions-long and conditions-small" ;; esac
  done
  [ -n "${SAT_OPS// /}" ] || die "--ops: no operation"
  [[ "$SAT_THREADS" =~ ^[1-9][0-9]*$ ]] || die "--threads takes a number"
  for c in $SAT_CONNECTIONS; do
    [[ "$c" =~ ^[1-9][0-9]*$ ]] && [ "$c" -ge "$SAT_THREADS" ] || die "--connections: numbers, each at least --threads ($SAT_THREADS)"
  done
  [ -n "${SAT_CONNECTIONS// /}" ] || die "--connections: no number"
  [[ "$BENCH_DURATION" =~ ^[1-9][0-9]*$ ]] && [[ "$BENCH_WARMUP" =~ ^[0-9]+$ ]] && [[ "$SAT_SERVER_WARMUP" =~ ^[0-9]+$ ]] \
    || die "--duration, --warmup and --server-warmup take seconds"
  # every request carries a bearer token: a run must end before the tokens fetched for it expire (600 s in the realm)
  [ "$BENCH_DURATION" -le 480 ] && [ "$BENCH_WARMUP" -le 480 ] && [ "$SAT_SERVER_WARMUP" -le 480 ] \
    || die "--duration, --warmup and --server-warmup: at most 480 s each (access tokens live 600 s)"
else
  # with --only medicines, --duration and --warmup are the medicines load's (unless --med-duration/--med-warmup say otherwise)
  if [ "$ONLY" = medicines ]; then
    BENCH_MEDICINES_DURATION=${BENCH_MEDICINES_DURATION:-${BENCH_DURATION:-90}} BENCH_MEDICINES_WARMUP=${BENCH_MEDICINES_WARMUP:-${BENCH_WARMUP:-120}}
  fi
  BENCH_DURATION=${BENCH_DURATION:-90} BENCH_WARMUP=${BENCH_WARMUP:-120}
fi
case "$ONLY" in
  "") RUN_PATIENTS=true RUN_CLINICS=true RUN_MEDICINES=true RUN_SUMMARY=false RUN_DASHBOARD=false ;;
  export) RUN_PATIENTS=true RUN_CLINICS=false RUN_MEDICINES=false RUN_SUMMARY=false RUN_DASHBOARD=false RUN_EXPORT=true ;;
  patient-index) RUN_PATIENTS=true RUN_CLINICS=false RUN_MEDICINES=false RUN_SUMMARY=false RUN_DASHBOARD=false ;;
  clinics) RUN_PATIENTS=false RUN_CLINICS=true RUN_MEDICINES=false RUN_SUMMARY=false RUN_DASHBOARD=false ;;
  medicines) RUN_PATIENTS=false RUN_CLINICS=false RUN_MEDICINES=true RUN_SUMMARY=false RUN_DASHBOARD=false ;;
  summary) RUN_PATIENTS=false RUN_CLINICS=false RUN_MEDICINES=false RUN_SUMMARY=true RUN_DASHBOARD=false ;;
  discharge) RUN_PATIENTS=false RUN_CLINICS=false RUN_MEDICINES=false RUN_SUMMARY=false RUN_DASHBOARD=true ;;
  onboarding) RUN_PATIENTS=false RUN_CLINICS=false RUN_MEDICINES=false RUN_SUMMARY=false RUN_DASHBOARD=false RUN_ONBOARDING=true ;;
  *) die "--only takes patient-index, clinics, medicines, summary, discharge, export or onboarding" ;;
esac
export BENCH_SUMMARY_USERS=$BENCH_USERS BENCH_SUMMARY_DURATION=$BENCH_DURATION BENCH_SUMMARY_WARMUP=$BENCH_WARMUP
export BENCH_DASHBOARD_USERS=$BENCH_USERS BENCH_DISCHARGE_DURATION=$BENCH_DURATION BENCH_DISCHARGE_WARMUP=$BENCH_WARMUP
[ -n "${BENCH_DISCHARGE_USERS:-}" ] && export BENCH_DISCHARGE_USERS
BENCH_MEDICINES_USERS=${BENCH_MEDICINES_USERS:-$BENCH_USERS}
BENCH_MEDICINES_DURATION=${BENCH_MEDICINES_DURATION:-90} BENCH_MEDICINES_WARMUP=${BENCH_MEDICINES_WARMUP:-60}
BENCH_CLINIC_USERS=${BENCH_CLINIC_USERS:-$BENCH_USERS}
# after the patient-index load the server is warm: a shorter warm-up does for the clinics
if [ -z "$BENCH_CLINIC_WARMUP" ]; then
  if $RUN_PATIENTS; then BENCH_CLINIC_WARMUP=60; else BENCH_CLINIC_WARMUP=120; fi
fi
export BENCH_DIR BENCH_BASE_URL=http://localhost:9090
BENCH_GIT="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
[ -n "$(git status --porcelain -- modules ear/pom.xml liberty-config 2>/dev/null)" ] && BENCH_GIT="$BENCH_GIT with uncommitted changes"
export BENCH_GIT

server_pid() {
  local pid
  pid=$(cat "$PID_FILE" 2>/dev/null || true)
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && echo "$pid"
}
stop_server() {
  if [ -n "$(server_pid)" ]; then
    say "stopping the epr-bench server"
    mvn -B -q $MVN_ARGS -Pbench -f ear/pom.xml liberty:stop >/dev/null 2>&1 || true
  fi
}

"$ROOT/epr" services
if $BUILD; then
  say "building the application"
  mvn -B -q $MVN_ARGS install -Dmaven.test.skip=true -DskipITs   # skipITs: never reset epr_test under a test run
fi
say "compiling the benchmark (ear/src/bench/java)"
mkdir -p "$BENCH_DIR"
mvn -B -q $MVN_ARGS -Pbench -f ear/pom.xml test-compile dependency:build-classpath \
  -Dmdep.outputFile="$BENCH_DIR/classpath.txt" -Dmdep.includeScope=test
CP="$ROOT/ear/target/test-classes:$(cat "$BENCH_DIR/classpath.txt")"
bench_java() { java -cp "$CP" "$@"; }

# A fresh server each run, so its peak memory (VmHWM) belongs to this run.
stop_server
$RESET && bench_java org.openepr.bench.BenchData reset
bench_java org.openepr.bench.BenchData prepare

say "starting the epr-bench server on http://localhost:9090 (database epr_bench)"
mvn -B -q $MVN_ARGS -Pbench -f ear/pom.xml liberty:create liberty:deploy liberty:start
$KEEP || trap stop_server EXIT
PID=$(server_pid) || die "the epr-bench server is not running (see $SERVER_DIR/logs/messages.log)"
for _ in $(seq 1 120); do
  curl -fsS -o /dev/null http://localhost:9090/health && break
  sleep 1
done
curl -fsS -o /dev/null http://localhost:9090/health || die "http://localhost:9090/health is not UP"

if ${RUN_ONBOARDING:-false}; then
  # onboarding reads and writes no trust's records: the bench trusts' patients are not needed for it
  [[ "${BENCH_ONBOARDING_TRUSTS:-10}" =~ ^[1-9][0-9]*$ ]] || die "--trusts takes a number"
  export BENCH_ONBOARDING_TRUSTS=${BENCH_ONBOARDING_TRUSTS:-10}
  rm -f "$BENCH_DIR/onboarding-results.properties"
  say "onboarding $BENCH_ONBOARDING_TRUSTS trusts through the operator console (log: $BENCH_DIR/onboarding.log)"
  bench_java org.openepr.bench.OnboardingRun 2>&1 | tee "$BENCH_DIR/onboarding.log" || die "the onboarding run failed (log: $BENCH_DIR/onboarding.log)"
  exit 0
fi

bench_java org.openepr.bench.BenchData load

if $SATURATION; then
  . "$ROOT/ear/src/bench/saturation.sh"
  exit 0
fi

# Server memory while the load runs: resident set every 2 s, heap (jstat) every 2 s.
RSS_LOG="$BENCH_DIR/rss.csv" HEAP_LOG="$BENCH_DIR/heap.txt"
rm -f "$BENCH_DIR"/liberty-status.txt "$BENCH_DIR"/liberty-status-patient-index.txt "$BENCH_DIR"/liberty-vm-flags.txt "$HEAP_LOG" \
  "$BENCH_DIR"/summary.md "$BENCH_DIR"/results.properties "$BENCH_DIR"/clinics-results.properties "$BENCH_DIR"/medicines-results.properties \
  "$BENCH_DIR"/summary-results.properties "$BENCH_DIR"/discharge-results.properties "$BENCH_DIR"/dashboard-results.properties
: > "$RSS_LOG"
( while kill -0 "$PID" 2>/dev/null; do
    echo "$(date +%s),$(awk '/^VmRSS/ {print $2}' /proc/"$PID"/status)" >> "$RSS_LOG"; sleep 2
  done ) &
RSS_SAMPLER=$!
JSTAT_PID=
if command -v jstat >/dev/null; then
  jstat -gc -t "$PID" 2000 > "$HEAP_LOG" 2>/dev/null &
  JSTAT_PID=$!
fi
stop_samplers() {
  kill "$RSS_SAMPLER" 2>/dev/null || true
  [ -n "$JSTAT_PID" ] && kill "$JSTAT_PID" 2>/dev/null || true
}

export BENCH_LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"
RESULTS_DIRS=()
# run_simulation <class> <gatling results prefix> <log>
run_simulation() {
  set +e
  mvn -B $MVN_ARGS -Pbench -f ear/pom.xml gatling:test -Dbench.simulation="org.openepr.bench.$1" -Dgatling.runDescription="./epr bench" > "$3" 2>&1
  local rc=$?
  set -e
  if [ "$rc" -ne 0 ]; then
    stop_samplers
    tail -60 "$3"
    die "Gatling ($1) failed (exit $rc); full log: $3"
  fi
  RESULTS_DIRS+=("$(ls -td "$ROOT"/ear/target/gatling/"$2"-*/ | head -1)")
}
EXPORT_PID=
if ${RUN_EXPORT:-false}; then
  rm -f "$BENCH_DIR/export-results.properties"
  say "the first bench trust's export starts with the measured window, in ${BENCH_WARMUP}s (log: $BENCH_DIR/export.log)"
  BENCH_EXPORT_DELAY=$BENCH_WARMUP bench_java org.openepr.bench.ExportRun > "$BENCH_DIR/export.log" 2>&1 &
  EXPORT_PID=$!
fi
if $RUN_PATIENTS; then
  say "Gatling, patient index: $BENCH_USERS users, ramp ${BENCH_RAMP}s, warm-up ${BENCH_WARMUP}s, measured ${BENCH_DURATION}s, think ${BENCH_PAUSE_MIN_MS}-${BENCH_PAUSE_MAX_MS} ms (log: $BENCH_DIR/gatling.log)"
  run_simulation PatientIndexSimulation patientindexsimulation "$BENCH_DIR/gatling.log"
  grep "VmHWM\|VmRSS\|VmPeak" /proc/"$PID"/status > "$BENCH_DIR/liberty-status-patient-index.txt" || true
fi
if [ -n "$EXPORT_PID" ]; then
  wait "$EXPORT_PID" || { tail -20 "$BENCH_DIR/export.log"; die "the export run failed (log: $BENCH_DIR/export.log)"; }
  cat "$BENCH_DIR/export.log"
fi
if $RUN_CLINICS; then
  export BENCH_CLINIC_USERS BENCH_CLINIC_WARMUP
  say "Gatling, clinics: $BENCH_CLINIC_USERS users, ramp ${BENCH_RAMP}s, warm-up ${BENCH_CLINIC_WARMUP}s, measured ${BENCH_CLINIC_DURATION}s, think ${BENCH_PAUSE_MIN_MS}-${BENCH_PAUSE_MAX_MS} ms, ${BENCH_CLINIC_HOT_PERCENT}% contended (log: $BENCH_DIR/gatling-clinics.log)"
  run_simulation ClinicSimulation clinicsimulation "$BENCH_DIR/gatling-clinics.log"
fi
if $RUN_MEDICINES; then
  export BENCH_MEDICINES_USERS BENCH_MEDICINES_DURATION BENCH_MEDICINES_WARMUP
  say "Gatling, medicines: $BENCH_MEDICINES_USERS users, ramp ${BENCH_RAMP}s, warm-up ${BENCH_MEDICINES_WARMUP}s, measured ${BENCH_MEDICINES_DURATION}s, think ${BENCH_PAUSE_MIN_MS}-${BENCH_PAUSE_MAX_MS} ms (log: $BENCH_DIR/gatling-medicines.log)"
  run_simulation MedicinesSimulation medicinessimulation "$BENCH_DIR/gatling-medicines.log"
fi
if $RUN_SUMMARY; then
  say "Gatling, case record summary: $BENCH_SUMMARY_USERS users, ramp ${BENCH_RAMP}s, warm-up ${BENCH_SUMMARY_WARMUP}s, measured ${BENCH_SUMMARY_DURATION}s, think ${BENCH_PAUSE_MIN_MS}-${BENCH_PAUSE_MAX_MS} ms (log: $BENCH_DIR/gatling-summary.log)"
  run_simulation SummarySimulation summarysimulation "$BENCH_DIR/gatling-summary.log"
  grep -A 12 "case record summary, measured" "$BENCH_DIR/gatling-summary.log" || true
fi
if $RUN_DASHBOARD; then
  say "Gatling, discharge: $BENCH_DASHBOARD_USERS users on the dashboard and ${BENCH_DISCHARGE_USERS:-one per trust} discharging clinicians, ramp ${BENCH_RAMP}s, warm-up ${BENCH_DISCHARGE_WARMUP}s, measured ${BENCH_DISCHARGE_DURATION}s, think ${BENCH_PAUSE_MIN_MS}-${BENCH_PAUSE_MAX_MS} ms; then the letters are counted (log: $BENCH_DIR/gatling-discharge.log)"
  run_simulation DischargeSimulation dischargesimulation "$BENCH_DIR/gatling-discharge.log"
  grep -A 8 "discharge, measured" "$BENCH_DIR/gatling-discharge.log" || true
fi
stop_samplers
grep "VmHWM\|VmRSS\|VmPeak" /proc/"$PID"/status > "$BENCH_DIR/liberty-status.txt" || true
jcmd "$PID" VM.flags > "$BENCH_DIR/liberty-vm-flags.txt" 2>/dev/null || true
bench_java org.openepr.bench.BenchReport "$BENCH_DIR" "${RESULTS_DIRS[@]}"
