# Fair shares (section "fairness" of bench/run, which sources this file and provides its helpers).
#
#   One restaurant (the hog) goes flat out with 16 connections — reading customers, then creating
#   them — while another (the victim) reads at its own pace with 2; the victim's p99 beside its p99
#   alone, first with the hog unlimited, then with the hog held to the default rate limits (6,000
#   a minute for the restaurant, 3,000 for its key), its excess refused with 429. The hog does not
#   back off (wrk sends again at once), so even refused it costs the server a request each. Both
#   wrk processes run at once, each on one thread.
# shellcheck shell=bash

if section fairness; then
say "10. fair shares: a victim restaurant's p99 while another hammers at full speed, without and with rate limits"
read -r HOG_TENANT HOG_KEY <<<"$(new_tenant "Bench hog")"
sql -v tenant="$HOG_TENANT" -v count="$GET_CUSTOMERS" -f "$BENCH/sql/load-customers.sql" >/dev/null
hog_limits() { admin -X PUT "http://127.0.0.1:$PORT/api/v1/admin/tenants/$HOG_TENANT/request-limits" -d "$1" >/dev/null; }

# victim_under <hog limits json|-> [hog script args] -> "victim_rps victim_p99 hog_rps hog_refused"
victim_under() {
  local hog_pid=
  if [[ $1 != - ]]; then
    hog_limits "$1"
    PATRON_KEY=$HOG_KEY WRK_TMP=hog wrk_run 16 "$((SECONDS_PER_RUN + 2))" "${@:2}" >"$OUT/hog.out" &
    hog_pid=$!
    sleep 1
  fi
  local vrps vp99
  read -r vrps _ vp99 _ <<<"$(PATRON_KEY=$GET_KEY WRK_TMP=victim wrk_run 2 "$SECONDS_PER_RUN" get-customer.lua "$OUT/ids.txt")"
  if [[ -n $hog_pid ]]; then
    wait "$hog_pid"
    local hrps hbad
    read -r hrps _ _ hbad <<<"$(cat "$OUT/hog.out")"
    echo "$vrps $vp99 $hrps $hbad"
  else
    echo "$vrps $vp99 - -"
  fi
}

PATRON_KEY=$GET_KEY wrk_run 2 "$WARMUP_SECONDS" get-customer.lua "$OUT/ids.txt" >/dev/null
read -r alone_rps alone_p99 _ _ <<<"$(victim_under -)"
HELD='{"requestsPerMinute": 6000, "keyRequestsPerMinute": 3000}'
for hog in "GET customer:get-customer.lua $OUT/ids.txt" "POST customer:post-customer.lua"; do
  what=${hog%%:*}
  read -r -a script <<<"${hog#*:}"
  read -r free_rps free_p99 freehog_rps _ <<<"$(victim_under '{}' "${script[@]}")"
  read -r held_rps held_p99 heldhog_rps heldhog_refused <<<"$(victim_under "$HELD" "${script[@]}")"
  hog_limits '{}'
  row "victim's GET p99 (2 connections) while a hog sends $what flat out (16), hog unlimited vs victim alone" \
    "p99 $free_p99 ms ($free_rps req/s; hog $freehog_rps req/s)" "p99 $alone_p99 ms ($alone_rps req/s)" \
    "$(ratio "$free_p99" "$alone_p99")" "-"
  row "... the hog held to 6,000/min ($heldhog_refused of its answers 429) vs victim alone" \
    "p99 $held_p99 ms ($held_rps req/s; hog $heldhog_rps answers/s)" "p99 $alone_p99 ms" \
    "$(ratio "$held_p99" "$alone_p99")" "-"
done
fi
