#!/usr/bin/env bash
# Web load test (issue 4): starts the app in Release on a filled database, drives the list/search
# and sheet APIs with wrk (50 connections, 60 s by default) and reports latency percentiles,
# requests/s, non-2xx answers and the server's peak memory. Not part of CI.
#
#   dotnet run -c Release --project bench/Bench -- fill --provider sqlite --connection "Data Source=/tmp/load/jixiao.db"
#   bench/load/run.sh sqlite "Data Source=/tmp/load/jixiao.db"
#   bench/load/run.sh postgres "Host=127.0.0.1;Username=jixiao;Password=jixiao;Database=jixiao_load;Maximum Pool Size=8"
#
# Size the PostgreSQL pool to the database server, not to the clients: with Npgsql's default of
# 100, fifty busy backends fight over two cores (docs/benchmarks.md has both figures).
#
# Environment: DURATION (60s), CONNECTIONS (50), THREADS (2), SHEETS (10000), LIST_SHARE (50, percent
# of list/search requests), PORT (5080). Needs wrk (apt-get install -y wrk).
set -euo pipefail
cd "$(dirname "$0")/../.."
provider=${1:?provider: sqlite or postgres}
connection=${2:?connection string of a database filled by the bench fill command}
port=${PORT:-5080}
out=${OUT:-/tmp/jixiao-load}
mkdir -p "$out"
command -v wrk >/dev/null || { echo "wrk not found: apt-get install -y wrk" >&2; exit 1; }

dotnet build -c Release src/Web -v q -nologo >/dev/null
ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__Jixiao="$connection" Database__Provider="$provider" \
  Jixiao__LoadSamples=false Logging__LogLevel__Default=Warning \
  dotnet run -c Release --no-build --project src/Web --urls "http://127.0.0.1:$port" >"$out/server-$provider.log" 2>&1 &
runner=$!
trap 'kill "$runner" 2>/dev/null || true; [ -n "${server:-}" ] && kill "$server" 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$port/api/sheets?page=1" >/dev/null && break; sleep 1; done
server=$(pgrep -n -P "$runner" || true)
server=${server:-$runner}
echo "server pid $server ($(tr '\0' ' ' </proc/"$server"/cmdline | cut -c1-80))"

# Warm-up: JIT and connection pools, not measured.
wrk -t "${THREADS:-2}" -c "${CONNECTIONS:-50}" -d 10s -s bench/load/load.lua "http://127.0.0.1:$port" >/dev/null

wrk -t "${THREADS:-2}" -c "${CONNECTIONS:-50}" -d "${DURATION:-60s}" --timeout 10s --latency \
  -s bench/load/load.lua "http://127.0.0.1:$port" | tee "$out/wrk-$provider.txt"
peak_kb=$(awk '/VmHWM/ {print $2}' /proc/"$server"/status)
rss_kb=$(awk '/VmRSS/ {print $2}' /proc/"$server"/status)
echo "PEAK provider=$provider peak_rss_mb=$((peak_kb / 1024)) rss_end_mb=$((rss_kb / 1024))" | tee -a "$out/wrk-$provider.txt"
