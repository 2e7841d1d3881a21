# The webhooks plugin's measurement (section "webhooks" of bench/run, which sources this file and
# provides its helpers: sql, new_tenant, wrk_run, row, ratio, say, admin).
#
#   Delivery lag under the POST customer load: every create of a tenant with one endpoint for
#   customer.created is pushed to a receiver on loopback (bench/receiver), which notes how long after
#   the event's occurredAt (taken just before the create commits) it arrived: p50, p99 and max.
#   Beside it, POST customer throughput with those pushes against a tenant without webhooks.
# shellcheck shell=bash

if section webhooks; then
say "9. webhooks: delivery lag under $LAG_SECONDS s of POST customer load, to a receiver on loopback"
RECEIVER_PORT=${BENCH_RECEIVER_PORT:-18070}
java "$BENCH/receiver/WebhookReceiver.java" "$RECEIVER_PORT" >"$OUT/receiver.log" 2>&1 &
RECEIVER_PID=$!
until curl -sf -o /dev/null "http://127.0.0.1:$RECEIVER_PORT/stats"; do
  kill -0 "$RECEIVER_PID" 2>/dev/null || { echo "the receiver died; see $OUT/receiver.log"; exit 1; }
  sleep 0.1
done
read -r PLAIN_TENANT PLAIN_KEY <<<"$(new_tenant "Bench no webhooks")"
read -r HOOK_TENANT HOOK_KEY <<<"$(new_tenant "Bench webhooks" webhooks)"
curl -sf -H "Authorization: Bearer $HOOK_KEY" -H 'Content-Type: application/json' \
  -d "{\"url\":\"http://127.0.0.1:$RECEIVER_PORT/hook\",\"eventTypes\":[\"customer.created\"]}" \
  "http://127.0.0.1:$PORT/api/v1/plugins/webhooks/endpoints" >"$OUT/webhook-endpoint.json"

PATRON_KEY=$PLAIN_KEY wrk_run 8 "$WARMUP_SECONDS" post-customer.lua >/dev/null
read -r plain_rps _ _ _ <<<"$(PATRON_KEY=$PLAIN_KEY wrk_run 8 "$SECONDS_PER_RUN" post-customer.lua)"
read -r hook_rps _ hook_p99 hook_bad <<<"$(PATRON_KEY=$HOOK_KEY wrk_run 8 "$LAG_SECONDS" post-customer.lua)"
[[ $hook_bad == 0 ]] || echo "WARNING: $hook_bad non-2xx answers to POST customer"
load_ended=$(date +%s%N)
created=$(sql -c "SELECT count(*) FROM patron.customers WHERE tenant_id = '$HOOK_TENANT'")
backlog=$((created - $(curl -sf "http://127.0.0.1:$RECEIVER_PORT/stats" | cut -d' ' -f1)))
until [[ $(curl -sf "http://127.0.0.1:$RECEIVER_PORT/stats" | cut -d' ' -f1) -ge $created ]]; do
  (( ($(date +%s%N) - load_ended) / 1000000000 < 120 )) || { echo "WARNING: webhooks still undelivered 120 s after the load"; break; }
  sleep 0.1
done
drained_ms=$((($(date +%s%N) - load_ended) / 1000000))
read -r received wlag50 wlag99 wlagmax <<<"$(curl -sf "http://127.0.0.1:$RECEIVER_PORT/stats")"
kill "$RECEIVER_PID" 2>/dev/null || true
failed=$(sql -c "SELECT count(*) FROM webhooks.deliveries WHERE tenant_id = '$HOOK_TENANT' AND state <> 'SUCCEEDED'")
row "webhook delivery under POST load ($hook_rps creates/s for $LAG_SECONDS s): commit to receiver" \
  "p50 $wlag50 ms, p99 $wlag99 ms, max $wlagmax ms ($received of $created received; $failed not succeeded)" "-" "-" "keeps up"
row "webhooks: backlog when the load stopped, and time to deliver it" "$backlog deliveries, all received in $drained_ms ms" \
  "-" "-" "-"
row "POST customer with every create pushed to a webhook vs without webhooks (req/s)" "$hook_rps (p99 $hook_p99 ms)" \
  "$plain_rps" "$(ratio "$hook_rps" "$plain_rps")" "-"
fi
