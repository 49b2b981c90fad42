#!/usr/bin/env bash
# HTTP benchmark of Ortaq's public pages against nginx serving the same bytes, all on 127.0.0.1:
# builds a database of ARTICLES generated articles (once; reused), starts Ortaq with -Xmx256m,
# saves its front page and an article page for nginx, runs wrk against front page, article page
# and RSS feed at c=1 and c=64, measures publish → visible, and prints one table.
# Before measuring, each Ortaq URL is loaded for WARMUP at c=64 so that C2 has compiled the hot path.
# Usage: bench/http.sh   (ARTICLES=100000 DURATION=10s WARMUP=8s ORTAQ_PORT=18080 NGINX_PORT=18081)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
articles="${ARTICLES:-100000}"
duration="${DURATION:-10s}"
warmup="${WARMUP:-8s}"
port="${ORTAQ_PORT:-18080}"
nginx_port="${NGINX_PORT:-18081}"
work="$root/bench/out/http"
data="$work/data-$articles"
mkdir -p "$work"

need() { command -v "$1" >/dev/null 2>&1 || { echo "bench: installing $2" >&2; apt-get install -y -qq "$2" >/dev/null; }; }
need wrk wrk
need nginx nginx-light

if [ ! -f "$data/ready" ]; then
  rm -rf "$data"
  echo "bench: generating $articles articles into $data" >&2
  ORTAQ_DATA_DIR="$data" ORTAQ_LOG_LEVEL=WARN "$root/ortaq" demo-data --articles "$articles" >&2
  touch "$data/ready"
fi
export ORTAQ_DATA_DIR="$data" ORTAQ_LOG_LEVEL=WARN
email="bench-$(date +%s%N)@example.org"
"$root/ortaq" user create --email "$email" --organization sample-baku-diaspora-center:editor >/dev/null 2>&1 \
  || "$root/ortaq" user create --email "$email" --organization generated-1:editor >/dev/null
token="$("$root/ortaq" token create --user "$email" 2>/dev/null)"

ORTAQ_JAVA_OPTS="-Xmx256m" ORTAQ_HTTP_PORT="$port" "$root/ortaq" serve >"$work/serve.log" 2>&1 &
server=$!
nginx_conf="$work/nginx.conf"
cleanup() {
  kill "$server" 2>/dev/null || true
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
}
trap cleanup EXIT
for _ in $(seq 1 120); do grep -q "ready at" "$work/serve.log" 2>/dev/null && break; sleep 0.25; done
grep -q "ready at" "$work/serve.log" || { cat "$work/serve.log" >&2; exit 1; }
java_pid="$(pgrep -P "$server" java || echo "$server")"

base="http://127.0.0.1:$port"
article="$(curl -s "$base/az/" | grep -o 'href="/az/news/[^"]*"' | head -n 1 | cut -d'"' -f2)"
organization="$(curl -s "$base/api/v1/organizations?per_page=1" | grep -o '"slug":"[^"]*"' | head -n 1 | cut -d'"' -f4)"
mkdir -p "$work/www"
curl -s "$base/az/" >"$work/www/front.html"
curl -s "$base$article" >"$work/www/article.html"
cat >"$nginx_conf" <<NGINX
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  server {
    listen 127.0.0.1:$nginx_port;
    root $work/www;
    location / { default_type text/html; }
  }
}
NGINX
nginx -c "$nginx_conf"

run() { # name url connections
  local threads=$(( $3 > 1 ? 2 : 1 ))
  wrk -t"$threads" -c"$3" -d1s "$2" >/dev/null 2>&1 || true
  local line
  line="$(wrk -t"$threads" -c"$3" -d"$duration" --latency -s "$root/bench/wrk-report.lua" "$2" | grep '^RESULT')"
  echo "$1 $3 ${line#RESULT }"
}
for url in "$base/az/" "$base$article" "$base/az/feed.rss" "http://127.0.0.1:$nginx_port/front.html"; do
  wrk -t2 -c64 -d"$warmup" "$url" >/dev/null 2>&1 || true
done
results="$work/results.txt"
: >"$results"
for c in 1 64; do
  run ortaq-front "$base/az/" "$c" >>"$results"
  run nginx-front "http://127.0.0.1:$nginx_port/front.html" "$c" >>"$results"
  run ortaq-article "$base$article" "$c" >>"$results"
  run nginx-article "http://127.0.0.1:$nginx_port/article.html" "$c" >>"$results"
  run ortaq-rss "$base/az/feed.rss" "$c" >>"$results"
done
publish="$(python3 "$root/bench/publish-latency.py" 127.0.0.1 "$port" "$token" sample-baku-diaspora-center 20 2>/dev/null \
  || python3 "$root/bench/publish-latency.py" 127.0.0.1 "$port" "$token" "$organization" 20)"
rss_kb="$(awk '/VmHWM/ {print $2}' "/proc/$java_pid/status" 2>/dev/null || echo 0)"

echo "Ortaq HTTP benchmark: $articles articles, wrk $duration per row after $warmup warm-up per URL, heap -Xmx256m, $(nproc) cores"
printf '%-14s %4s %10s %9s %9s %7s %10s\n' page c "req/s" "p50 ms" "p99 ms" errors "vs nginx"
awk '
  { key = $1 " " $2; rps[key] = $3; line[NR] = $0 }
  END {
    for (i = 1; i <= NR; i++) {
      split(line[i], f, " ");
      ratio = "";
      if (f[1] ~ /^ortaq-(front|article)$/) { other = f[1]; sub("ortaq", "nginx", other); ratio = sprintf("%.2fx", f[3] / rps[other " " f[2]]) }
      printf "%-14s %4s %10s %9s %9s %7s %10s\n", f[1], f[2], f[3], f[4], f[5], f[6], ratio
    }
  }' "$results"
echo "$publish"
echo "peak RSS of the Ortaq JVM: $(( rss_kb / 1024 )) MiB"
