#!/usr/bin/env bash
# Memory of reading one upload just under the limit (issue 13 item 3: "a 10 MB upload of any kind stays
# under 300 MB of extra memory while read"). For each file: starts the app in Release on a new, empty
# SQLite database (a fresh process per file, so VmHWM is that file's peak), warms it with one GET,
# reads VmRSS/VmHWM from /proc, POSTs the file to /api/imports (preview only, nothing saved), reads
# them again, and prints one line: extra_peak_mb = VmHWM after - VmRSS before. Not part of CI.
#
#   dotnet run -c Release --project bench/Bench -- upload-files /tmp/upmem/files            # .txt .html .docx .xlsx, 10.4 MB
#   dotnet run -c Release --project bench/Bench -- upload-files /tmp/upmem/f2400 2400000    # the same, 2.4 MB
#   bench/load/upload-memory.sh /tmp/upmem/files/*
#
# Environment: PORT (5082), OUT (/tmp/jixiao-upload-memory).
set -euo pipefail
cd "$(dirname "$0")/../.."
[ $# -gt 0 ] || { echo "usage: $0 FILE..." >&2; exit 1; }
port=${PORT:-5082}
out=${OUT:-/tmp/jixiao-upload-memory}
mkdir -p "$out"
dotnet build -c Release src/Web -v q -nologo >/dev/null

kb() { awk -v k="$2" '$1 == k":" {print $2}' /proc/"$1"/status; }
printf '%-22s %12s %6s %8s %10s %9s %9s %9s %13s\n' file bytes status seconds answer_kb rss0_mb hwm_mb rss1_mb extra_peak_mb | tee "$out/results.txt"
for file in "$@"; do
  name=$(basename "$file")
  db="$out/$name.db"
  rm -f "$db" "$db-wal" "$db-shm"
  ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__Jixiao="Data Source=$db" Database__Provider=sqlite \
    Jixiao__LoadSamples=false Logging__LogLevel__Default=Warning \
    dotnet run -c Release --no-build --project src/Web --urls "http://127.0.0.1:$port" >"$out/server-$name.log" 2>&1 &
  runner=$!
  for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$port/api/sheets?page=1" >/dev/null && break; sleep 1; done
  server=$(pgrep -n -P "$runner" || true)
  server=${server:-$runner}
  sleep 2
  rss0=$(kb "$server" VmRSS)
  started=$(date +%s.%N)
  status=$(curl -s -o "$out/answer-$name.json" -w '%{http_code}' --max-time 600 -F "file=@$file" "http://127.0.0.1:$port/api/imports" || echo 000)
  seconds=$(echo "$(date +%s.%N) - $started" | bc)
  hwm=$(kb "$server" VmHWM)
  rss1=$(kb "$server" VmRSS)
  printf '%-22s %12d %6s %8.1f %10d %9d %9d %9d %13d\n' "$name" "$(stat -c %s "$file")" "$status" "$seconds" \
    $(( $(stat -c %s "$out/answer-$name.json") / 1024 )) $((rss0 / 1024)) $((hwm / 1024)) $((rss1 / 1024)) $(((hwm - rss0) / 1024)) | tee -a "$out/results.txt"
  kill "$server" 2>/dev/null || true
  kill "$runner" 2>/dev/null || true
  wait "$runner" 2>/dev/null || true
done
