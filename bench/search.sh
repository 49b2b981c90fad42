#!/usr/bin/env bash
# Search benchmark (issue 7, item 4): for each size, generates that many articles (once; reused),
# rebuilds the Lucene index with `ortaq reindex` (rate, index size), times Ortaq's search over the
# 100 queries of bench/search-queries.txt, loads the same articles into PostgreSQL 'turkish'
# full-text search and times the same queries there; then scores both engines on the 30 judged
# queries of bench/search-judgments.tsv. Every JVM runs with -Xmx$HEAP. Prints one table.
# Usage: bench/search.sh [SIZE...]      (default: 100000 1000000)
#        bench/search.sh clean          (drops the PostgreSQL databases, deletes bench/out/search)
# Env: HEAP=512m ROUNDS=5 WARMUP_SECONDS=30 PG_ROUNDS=3 PG_WARMUP_ROUNDS=1 PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$root/bench/out/search"
heap="${HEAP:-512m}"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
jdbc() { echo "jdbc:postgresql://$PGHOST:$PGPORT/$1?user=$PGUSER"; }

if [ "${1:-}" = "clean" ]; then
  for database in $(psql -d postgres -Atc "SELECT datname FROM pg_database WHERE datname LIKE 'searchbench\_%'"); do
    dropdb "$database"
  done
  rm -rf "$work"
  exit 0
fi
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(100000 1000000)

java_home="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
java="$java_home/bin/java"
jar="$root/bench/target/benchmarks.jar"
if [ ! -f "$jar" ] || [ -n "$(find "$root/bench/src" "$root/server/src/main" -newer "$jar" -print -quit)" ]; then
  echo "bench: building" >&2
  (cd "$root" && JAVA_HOME="$java_home" ./mvnw -q -B -ntp -Pbench -pl template,server,bench -am package -DskipTests) >&2
fi
export JAVA_HOME="$java_home" ORTAQ_LOG_LEVEL=WARN
harness() { "$java" "-Xmx$heap" --enable-native-access=ALL-UNNAMED -cp "$jar" "$@" 2>/dev/null; }
field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" | tail -n 1; }  # key=value from a RESULT line
load() { awk '{print $1}' /proc/loadavg; }
mkdir -p "$work"
summary="$work/summary.txt"
: >"$summary"

for n in "${sizes[@]}"; do
  data="$work/data-$n"
  if [ ! -f "$data/generated" ]; then
    rm -rf "$data"
    echo "bench: generating $n articles into $data" >&2
    ORTAQ_DATA_DIR="$data" "$root/ortaq" demo-data --articles "$n" >&2
    touch "$data/generated"
  fi
  if [ ! -f "$work/reindex-$n.txt" ]; then
    echo "bench: indexing $n articles (ortaq reindex, -Xmx$heap)" >&2
    rm -rf "$data/index"
    # CPU seconds too (user + sys, all JVM threads): on a shared machine wall time alone says little
    ORTAQ_DATA_DIR="$data" ORTAQ_JAVA_OPTS="-Xmx$heap" /usr/bin/time -f "cpu_seconds %U %S" -o "$work/reindex-$n.cpu" \
      "$root/ortaq" reindex | tee "$work/reindex-$n.txt" >&2
    awk '{print $1, $2 + $3}' "$work/reindex-$n.cpu" >>"$work/reindex-$n.txt"
    echo "load $(load)" >>"$work/reindex-$n.txt"
  fi
  rate="$(sed -n 's/.*(\([0-9]*\)\/s).*/\1/p' "$work/reindex-$n.txt")"
  cpu_rate="$(awk -v n="$n" '/^cpu_seconds/ {printf "%.0f", n / $2}' "$work/reindex-$n.txt")"
  index_mib="$(du -sm "$data/index" | cut -f1)"

  echo "bench: Lucene latency, $n articles" >&2
  before="$(load)"
  harness org.ortaq.bench.LuceneLatency "$data/index" "$root/bench/search-queries.txt" "${ROUNDS:-5}" \
    "${WARMUP_SECONDS:-30}" | tee "$work/lucene-$n.txt" >&2
  echo "load before $before after $(load)" | tee -a "$work/lucene-$n.txt" >&2
  lucene="$(grep '^RESULT engine=lucene ' "$work/lucene-$n.txt")"
  reader="$(grep '^RESULT engine=lucene-reader ' "$work/lucene-$n.txt" || true)"

  database="searchbench_$n"
  if ! psql -d "$database" -Atc "SELECT 1 FROM search_article LIMIT 1" >/dev/null 2>&1 ||
      [ ! -f "$work/postgres-index-$n.txt" ]; then
    echo "bench: loading $n articles into PostgreSQL database $database" >&2
    psql -d postgres -Atc "SELECT 1 FROM pg_database WHERE datname = '$database'" | grep -q 1 || createdb "$database"
    psql -q -d "$database" -f "$root/bench/src/main/resources/org/ortaq/bench/search-postgres-schema.sql"
    sqlite3 -csv "$data/ortaq.db" \
      "SELECT id, slug, language, title, full_story FROM article WHERE status = 'published'" |
      psql -q -d "$database" -c "\copy search_article (id, slug, language, title, html) FROM STDIN WITH (FORMAT csv)"
    started="$(date +%s.%N)"
    psql -q -d "$database" -f "$root/bench/src/main/resources/org/ortaq/bench/search-postgres-index.sql"
    echo "seconds $(echo "$(date +%s.%N) - $started" | bc)" >"$work/postgres-index-$n.txt"
  fi
  pg_seconds="$(awk '/^seconds/ {print $2}' "$work/postgres-index-$n.txt")"
  pg_sizes="$(psql -d "$database" -Atc "SELECT pg_relation_size('search_article_document') >> 20,
      pg_total_relation_size('search_article') >> 20")"
  echo "bench: PostgreSQL latency, $n articles" >&2
  before="$(load)"
  harness org.ortaq.bench.PostgresLatency "$(jdbc "$database")" "$root/bench/search-queries.txt" \
    "${PG_ROUNDS:-3}" "${PG_WARMUP_ROUNDS:-1}" | tee "$work/postgres-$n.txt" >&2
  echo "load before $before after $(load)" | tee -a "$work/postgres-$n.txt" >&2
  postgres="$(grep '^RESULT' "$work/postgres-$n.txt")"

  {
    printf '%s articles\n' "$n"
    printf '  %-10s index %s docs/s wall (%s per CPU second), %s MiB; p50 %s ms, p99 %s ms, mean %s ms, %s q/s; CPU p50 %s ms, p99 %s ms; heap after GC %s MiB (-Xmx%s)\n' \
      ortaq "$rate" "${cpu_rate:-?}" "$index_mib" "$(field p50_ms <<<"$lucene")" "$(field p99_ms <<<"$lucene")" \
      "$(field mean_ms <<<"$lucene")" "$(field qps <<<"$lucene")" "$(field cpu_p50_ms <<<"$lucene")" \
      "$(field cpu_p99_ms <<<"$lucene")" "$(field heap_mib <<<"$lucene")" "$heap"
    printf '  %-10s as the search page asks (reader az, translations folded): p50 %s ms, p99 %s ms, mean %s ms, %s q/s\n' \
      ortaq "$(field p50_ms <<<"$reader")" "$(field p99_ms <<<"$reader")" "$(field mean_ms <<<"$reader")" \
      "$(field qps <<<"$reader")"
    printf '  %-10s index %.0f docs/s (tsvector + GIN: %.0f s), GIN %s MiB, table+index %s MiB; p50 %s ms, p99 %s ms, mean %s ms, %s q/s\n' \
      postgres "$(echo "$n / $pg_seconds" | bc -l)" "$pg_seconds" "${pg_sizes%%|*}" "${pg_sizes##*|}" \
      "$(field p50_ms <<<"$postgres")" "$(field p99_ms <<<"$postgres")" "$(field mean_ms <<<"$postgres")" \
      "$(field qps <<<"$postgres")"
  } >>"$summary"
done

echo "bench: relevance (30 judged queries, top 5)" >&2
psql -d postgres -Atc "SELECT 1 FROM pg_database WHERE datname = 'searchbench_relevance'" | grep -q 1 ||
  createdb searchbench_relevance
harness org.ortaq.bench.SearchRelevance "$work/relevance" "$(jdbc searchbench_relevance)" \
  "$root/bench/search-judgments.tsv" | tee "$work/relevance.txt" >&2
grep '^RESULT' "$work/relevance.txt" | sed 's/RESULT engine=\([a-z]*\) right=\([0-9]*\) of=\([0-9]*\)/relevance  \1: \2\/\3 right (all expected in top 5)/' >>"$summary"

echo "Ortaq search benchmark: $(nproc) cores (shared), JVM -Xmx$heap, $(date -u +%FT%TZ)"
cat "$summary"
