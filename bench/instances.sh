# Several instances (section "instances" of bench/run, which sources this file and provides its
# helpers): event delivery throughput with one server and with two on the same PostgreSQL.
#
#   A backlog of BENCH_BACKLOG customer.created events over 32 restaurants (so every dispatch
#   partition has work) is written straight into the outbox, and the example plugin's listener
#   (one insert per event) takes it: the time until the last greeting is written, with one
#   instance delivering, then with a second instance sharing the partitions. Both instances, the
#   database and nothing else share the machine's cores.
# shellcheck shell=bash

if section instances; then
BACKLOG=${BENCH_BACKLOG:-100000}
SECOND_PORT=${BENCH_SECOND_PORT:-18081}
say "11. event delivery throughput: a backlog of $BACKLOG events, one instance vs two on one PostgreSQL"
stop_server
cp "$HELLO_JAR" "$OUT/plugins/"
start_server
tenants=()
for i in $(seq 1 32); do
  read -r tenant _ <<<"$(new_tenant "Bench instances $i" hello)"
  tenants+=("'$tenant'")
done
tenant_list=$(IFS=,; echo "${tenants[*]}")

# drain <label> -> events per second until every event of the backlog is greeted
drain() {
  sql -c "TRUNCATE hello.greetings" >/dev/null
  local started=$(date +%s%N)
  sql -c "INSERT INTO patron.outbox_events (tenant_id, id, type, subject_id, occurred_at, payload, actor)
          SELECT t, gen_random_uuid(), 'customer.created', gen_random_uuid(), now(),
                 json_build_object('firstName', 'Backlog ' || i), 'admin'
          FROM generate_series(1, $BACKLOG / 32) i, unnest(ARRAY[$tenant_list]::uuid[]) t" >/dev/null
  until [[ $(sql -c "SELECT count(*) >= $BACKLOG / 32 * 32 FROM hello.greetings") == t ]]; do
    (( ($(date +%s%N) - started) / 1000000000 < 300 )) || { echo "WARNING: backlog not delivered in 300 s"; break; }
    sleep 0.2
  done
  local ms=$((($(date +%s%N) - started) / 1000000))
  awk -v n="$((BACKLOG / 32 * 32))" -v ms="$ms" 'BEGIN { printf "%.0f\n", n * 1000 / ms }'
}
held_by() { curl -sf -H "Authorization: Bearer $ADMIN_TOKEN" "http://127.0.0.1:$1/metrics" \
  | awk '/^patron_events_partitions_held\{plugin="hello"\}/ { printf "%d", $2 }'; }

one=$(drain one)
PATRON_DATABASE_URL=postgresql://postgres@127.0.0.1:$PG_PORT/patron PATRON_PORT=$SECOND_PORT \
  PATRON_EVENT_LOOPS=$EVENT_LOOPS PATRON_DATA_DIR=$OUT/data-second PATRON_PLUGINS_DIR=$OUT/plugins \
  PATRON_ADMIN_TOKEN=$ADMIN_TOKEN java -jar "$JAR" >>"$OUT/server-second.log" 2>&1 &
SECOND_PID=$!
until curl -sf -o /dev/null "http://127.0.0.1:$SECOND_PORT/health/ready"; do
  kill -0 "$SECOND_PID" 2>/dev/null || { echo "the second server died; see $OUT/server-second.log"; exit 1; }
  sleep 0.1
done
until [[ $(held_by "$PORT") == 4 && $(held_by "$SECOND_PORT") == 4 ]]; do sleep 0.2; done
two=$(drain two)
kill "$SECOND_PID" 2>/dev/null && wait "$SECOND_PID" 2>/dev/null || true
row "event delivery throughput, $BACKLOG-event backlog to one listener: two instances vs one (events/s)" \
  "$two" "$one" "$(ratio "$two" "$one")" "-"
fi
