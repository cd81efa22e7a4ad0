#!/usr/bin/env bash
# Mixed read/write soak (issue 13 item 7): starts the app in Release on a filled database and drives
# it with bench/load/soak.lua for DURATION (10 minutes by default): reads (list/search/sheet, as
# load.lua), edits (PUT /api/sheets/{id}, stale versions answer an expected 409) and imports (upload,
# then save). Samples the server's RSS every RSS_EVERY seconds (30) into $OUT/rss-<provider>.tsv and
# prints requests, requests/s, latency percentiles, answers by status (errors = 5xx and socket
# errors), and RSS at the start, every minute, the end and the peak. Not part of CI.
#
#   dotnet run -c Release --project bench/Bench -- fill --provider sqlite --connection "Data Source=/tmp/soak/jixiao.db" --sheets 2000 --indicators 40000
#   bench/load/soak.sh sqlite "Data Source=/tmp/soak/jixiao.db"
#
# The soak writes into the database (edited sheets, imported documents): fill a fresh one per run.
# Environment: DURATION (10m), CONNECTIONS (20), THREADS (2), SHEETS (2000), EDIT_SHARE (5),
# IMPORT_SHARE (1), LIST_SHARE (50), EDIT_IDS (50), RSS_EVERY (30), PORT (5081), OUT (/tmp/jixiao-soak),
# SOAK_SEED (a seed .txt table; /work/shared/seeds/000_*.txt). Needs wrk (apt-get install -y wrk).
set -euo pipefail
cd "$(dirname "$0")/../.."
provider=${1:?provider: sqlite or postgres}
connection=${2:?connection string of a database filled by the bench fill command}
port=${PORT:-5081}
out=${OUT:-/tmp/jixiao-soak}
every=${RSS_EVERY:-30}
mkdir -p "$out"
command -v wrk >/dev/null || { echo "wrk not found: apt-get install -y wrk" >&2; exit 1; }
export SHEETS=${SHEETS:-2000}
export SOAK_SEED=${SOAK_SEED:-$(ls /work/shared/seeds/000_*.txt | head -1)}

dotnet build -c Release src/Web -v q -nologo >/dev/null
ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__Jixiao="$connection" Database__Provider="$provider" \
  Jixiao__LoadSamples=false Logging__LogLevel__Default=Warning \
  dotnet run -c Release --no-build --project src/Web --urls "http://127.0.0.1:$port" >"$out/server-$provider.log" 2>&1 &
runner=$!
sampler=
trap 'kill "$runner" 2>/dev/null || true; [ -n "${server:-}" ] && kill "$server" 2>/dev/null || true; [ -n "$sampler" ] && kill "$sampler" 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$port/api/sheets?page=1" >/dev/null && break; sleep 1; done
server=$(pgrep -n -P "$runner" || true)
server=${server:-$runner}
echo "server pid $server ($(tr '\0' ' ' </proc/"$server"/cmdline | cut -c1-80))"

# Warm-up: JIT and connection pools, reads only, not measured.
LIST_SHARE=50 wrk -t "${THREADS:-2}" -c "${CONNECTIONS:-20}" -d 10s -s bench/load/load.lua "http://127.0.0.1:$port" >/dev/null

rss() { awk '/VmRSS/ {printf "%d", $2 / 1024}' /proc/"$server"/status; }
hwm() { awk '/VmHWM/ {printf "%d", $2 / 1024}' /proc/"$server"/status; }
start=$(date +%s)
printf 'seconds\trss_mb\thwm_mb\n' >"$out/rss-$provider.tsv"
( while kill -0 "$server" 2>/dev/null; do
    printf '%d\t%s\t%s\n' $(( $(date +%s) - start )) "$(rss)" "$(hwm)" >>"$out/rss-$provider.tsv"
    sleep "$every"
  done ) &
sampler=$!

wrk -t "${THREADS:-2}" -c "${CONNECTIONS:-20}" -d "${DURATION:-10m}" --timeout 10s --latency \
  -s bench/load/soak.lua "http://127.0.0.1:$port" | tee "$out/wrk-$provider.txt"
printf '%d\t%s\t%s\n' $(( $(date +%s) - start )) "$(rss)" "$(hwm)" >>"$out/rss-$provider.tsv"
kill "$sampler" 2>/dev/null || true

# RSS at the start, at each whole minute (the first sample at or after it), at the end, and the peak.
awk -F'\t' 'NR == 2 { first = $2 } NR > 1 { last = $2; if ($2 > peak) peak = $2; m = int($1 / 60); if (!(m in seen)) { seen[m] = 1; line = line sprintf(" %dmin=%s", m, $2) } hwm = $3 }
  END { printf "RSS start_mb=%s%s end_mb=%s peak_sampled_mb=%s vmhwm_mb=%s\n", first, line, last, peak, hwm }' \
  "$out/rss-$provider.tsv" | tee -a "$out/wrk-$provider.txt"
sleep 2 # answers to requests wrk cut off at the end are logged after it exits
echo "LOG fail_entries=$(grep -c '^fail:' "$out/server-$provider.log" || true) (server log: $out/server-$provider.log)" | tee -a "$out/wrk-$provider.txt"
