# The customer file import's measurement (section "import" of bench/run, which sources this file and
# provides its helpers: sql, new_tenant, row, ratio, say, json_field, section, and SERVER_PID, PORT, OUT).
#
# The job (POST /api/v1/customers/imports, a CSV of CUSTOMER_IMPORT_ROWS new customers, into a tenant
# of its own) against psql \copy of the same rows into the same table for another tenant. The job's
# rate is its run, from its startedAt to its finishedAt (the times of its own JSON), as the sales
# history import's is in bench/sales.sh; the upload's time is shown beside it. The reference copies
# only patron.customers: the search terms (patron.customer_search_terms) and the outbox events
# (customer.created) are work the import does on top, which the reference leaves out ("psql \copy of
# the same rows into the same table"). Afterwards the section checks that the two tenants hold the same
# customers (every column but tenant, id and times), so the reference stays the import's rows.
#
#   BENCH_IMPORT_ROWS     rows of the file (100000)
#   BENCH_IMPORT_MATCH    the import's match parameter: referenceId (the API's default), email or none
#   BENCH_IMPORT_TIMEOUT  seconds the job may take before the section gives up on it (900)
# shellcheck shell=bash

CUSTOMER_IMPORT_MATCH=${BENCH_IMPORT_MATCH:-referenceId}
CUSTOMER_IMPORT_TIMEOUT=${BENCH_IMPORT_TIMEOUT:-900}

# The columns of patron.customers, in the order of the reference's file (CustomerRows.COLUMNS).
CUSTOMER_COLUMNS="tenant_id, id, reference_id, first_name, last_name, email, company, tax_id, language, primary_phone,
  primary_phone_e164, secondary_phone, secondary_phone_e164, email_notifications, notes, primary_address,
  secondary_address, extensions, sort_name, version, created_at, updated_at"
# What the two tenants' rows must agree on: every column but the tenant, the id and the times.
CUSTOMER_CONTENT="reference_id, first_name, last_name, email, company, tax_id, language, primary_phone,
  primary_phone_e164, secondary_phone, secondary_phone_e164, email_notifications, notes, primary_address,
  secondary_address, extensions, sort_name, version"

# json_number <field>: the first numeric value of that field in the JSON on standard input.
json_number() { grep -o "\"$1\":[0-9.]*" | head -1 | cut -d: -f2; }

# heap_after_gc: the server's heap after a full collection: "<used> MiB used of <committed> MiB".
heap_after_gc() {
  timeout 60 jcmd "$SERVER_PID" GC.run >/dev/null 2>&1 || { echo "n/a (jcmd failed)"; return 0; }
  timeout 60 jcmd "$SERVER_PID" GC.heap_info 2>/dev/null | awk '
    function kib(v) { n = v + 0; if (v ~ /^[0-9]+M/) n *= 1024; else if (v ~ /^[0-9]+G/) n *= 1048576; return n }
    / total / && / used / && !/Metaspace|class space/ {
      for (i = 1; i < NF; i++) { if ($i == "total") total += kib($(i + 1)); if ($i == "used") used += kib($(i + 1)) }
      found = 1
    }
    END { if (found) printf "%.0f MiB used of %.0f MiB committed\n", used / 1024, total / 1024; else print "n/a" }'
}

# import_outbox_drained [seconds]: waits until every plugin's event cursor has reached the outbox's
# last event (the import's customer.created events delivered), at most that long; prints the wait.
import_outbox_drained() {
  local limit=${1:-120} started=$(date +%s%N)
  until [[ $(sql -c "SELECT count(*) FROM patron.plugin_cursors c
                     WHERE (c.tx_id, c.seq) < (SELECT tx_id, seq FROM patron.outbox_events ORDER BY tx_id DESC, seq DESC LIMIT 1)") == 0 ]]; do
    (( ($(date +%s%N) - started) / 1000000000 < limit )) || { echo "WARNING: the plugins' event cursors are still behind after $limit s"; return 0; }
    sleep 0.5
  done
  echo "the plugins' event cursors reached the outbox's end $((($(date +%s%N) - started) / 1000000)) ms after the job"
}

# import_job <file> <key>: uploads the file, follows the job to its end. Sets IMPORT_UPLOAD_SECONDS,
# IMPORT_JOB_JSON (the file with the job's last JSON) and IMPORT_ERROR (why it failed, when it
# returns 1).
import_job() {
  local file=$1 key=$2 status upload location url state misses=0 started
  IMPORT_JOB_JSON=$OUT/customer-import-job.json
  IMPORT_ERROR=
  read -r status upload <<<"$(curl -s --max-time 600 -o "$IMPORT_JOB_JSON" -D "$OUT/customer-import-headers.txt" \
      -w '%{http_code} %{time_total}' -X POST -H "Authorization: Bearer $key" -H 'Content-Type: text/csv' \
      --data-binary @"$file" "$API/customers/imports?match=$CUSTOMER_IMPORT_MATCH&dryRun=false")" || true
  IMPORT_UPLOAD_SECONDS=$(awk -v s="${upload:-0}" 'BEGIN { printf "%.2f", s }')
  if [[ $status != 202 ]]; then
    IMPORT_ERROR="upload answered HTTP ${status:-none} (expected 202)"
    echo "ERROR: the import's upload answered HTTP ${status:-none} after ${IMPORT_UPLOAD_SECONDS} s, not 202: $(head -c 2000 "$IMPORT_JOB_JSON" 2>/dev/null)"
    return 1
  fi
  location=$(awk 'tolower($1) == "location:" { print $2 }' "$OUT/customer-import-headers.txt" | tr -d '\r' | tail -1)
  case $location in
    http://* | https://*) url=$location ;;
    /*) url=http://127.0.0.1:$PORT$location ;;
    *) url=$API/customers/imports/$(json_field id <"$IMPORT_JOB_JSON") ;;
  esac
  echo "uploaded in ${IMPORT_UPLOAD_SECONDS} s; following $url"
  started=$(date +%s)
  until state=$(json_field state <"$IMPORT_JOB_JSON"); [[ $state == SUCCEEDED || $state == FAILED || $state == CANCELLED ]]; do
    if (($(date +%s) - started > CUSTOMER_IMPORT_TIMEOUT)); then
      IMPORT_ERROR="job still ${state:-in an unknown state} after $CUSTOMER_IMPORT_TIMEOUT s"
      echo "ERROR: the import job is still ${state:-in an unknown state} after $CUSTOMER_IMPORT_TIMEOUT s: $(cat "$IMPORT_JOB_JSON")"
      # Best effort, so it does not weigh on the sections after this one (the kit's jobs have this route).
      curl -s --max-time 10 -o /dev/null -X POST -H "Authorization: Bearer $key" "$url/cancel" || true
      return 1
    fi
    sleep 0.5
    status=$(curl -s --max-time 10 -o "$OUT/customer-import-poll.json" -w '%{http_code}' -H "Authorization: Bearer $key" "$url") || true
    if [[ $status == 200 ]]; then
      misses=0
      mv "$OUT/customer-import-poll.json" "$IMPORT_JOB_JSON"
    elif ((++misses >= 10)); then
      IMPORT_ERROR="GET of the job answered HTTP ${status:-none} 10 times in a row"
      echo "ERROR: GET $url answered HTTP ${status:-none} 10 times in a row: $(head -c 2000 "$OUT/customer-import-poll.json" 2>/dev/null)"
      echo "the job's last JSON: $(cat "$IMPORT_JOB_JSON")"
      return 1
    fi
  done
  if [[ $state != SUCCEEDED ]]; then
    IMPORT_ERROR="job $state"
    echo "ERROR: the import job ended $state: $(cat "$IMPORT_JOB_JSON")"
    return 1
  fi
  echo "import: $(cat "$IMPORT_JOB_JSON")"
}

if section import; then
say "9. customer import: a CSV of $CUSTOMER_IMPORT_ROWS new customers (match=$CUSTOMER_IMPORT_MATCH) as a job, against psql \\copy of the same rows into patron.customers"
API=http://127.0.0.1:$PORT/api/v1

# The file: one line per row of bench.import_customers, canonical column names, UTF-8.
sql -v count="$CUSTOMER_IMPORT_ROWS" -f "$BENCH/sql/import-customers.sql" >/dev/null
CSV_SELECT="SELECT reference_id AS \"referenceId\", first_name AS \"firstName\", last_name AS \"lastName\", email,
  company, tax_id AS \"taxId\", language, primary_phone AS \"primaryPhone\", NULL AS \"secondaryPhone\",
  email_notifications::text AS \"emailNotifications\", notes, street AS \"primaryAddress.street\",
  postal_code AS \"primaryAddress.postalCode\", city AS \"primaryAddress.city\", NULL AS \"primaryAddress.state\",
  country AS \"primaryAddress.country\" FROM bench.import_customers ORDER BY n"
# (psql's \copy ends at the end of its line.)
sql -c "\\copy (${CSV_SELECT//$'\n'/}) TO '$OUT/customers.csv' WITH (FORMAT csv, HEADER)" >/dev/null
echo "the file: $CUSTOMER_IMPORT_ROWS rows, $(($(stat -c %s "$OUT/customers.csv") / 1024)) KiB; its first row: $(sed -n 2p "$OUT/customers.csv")"

# The job, on a freshly checkpointed database, into a tenant of its own.
read -r CI_TENANT CI_KEY <<<"$(new_tenant "Bench customer import")"
sql -c "CHECKPOINT" >/dev/null
echo "server heap before the import: $(heap_after_gc)"
import_ok=true
import_job "$OUT/customers.csv" "$CI_KEY" || import_ok=false
if $import_ok; then
  read -r ci_rows ci_seconds <<<"$(sql -F ' ' -c "SELECT $(json_number read <"$IMPORT_JOB_JSON" || echo 0),
    extract(epoch FROM '$(json_field finishedAt <"$IMPORT_JOB_JSON")'::timestamptz - '$(json_field startedAt <"$IMPORT_JOB_JSON")'::timestamptz)")"
  ci_rate=$(awk -v n="$ci_rows" -v s="$ci_seconds" 'BEGIN { printf "%.0f", (s > 0 ? n / s : 0) }')
  ci_rejected=$(json_number rejected <"$IMPORT_JOB_JSON" || true)
  ci_stored=$(sql -c "SELECT count(*) FROM patron.customers WHERE tenant_id = '$CI_TENANT'")
  [[ $ci_rows == "$CUSTOMER_IMPORT_ROWS" && ${ci_rejected:-0} == 0 && $ci_stored == "$CUSTOMER_IMPORT_ROWS" ]] \
    || echo "WARNING: of the file's $CUSTOMER_IMPORT_ROWS rows the job read $ci_rows and rejected ${ci_rejected:-?}, and the tenant has $ci_stored customers: $(cat "$IMPORT_JOB_JSON")"
  echo "server heap after the import: $(heap_after_gc)"
  import_outbox_drained 120
fi

# The reference: the rows the import stores (CustomerRows: the phone as given and in E.164, the
# address as JSON with every key, no extensions, the folded sort key "last first", version 1), for
# another tenant, with new ids, written to a file first; only the \copy FROM it is timed. created_at
# rises along the file, as the import's batches' times do.
read -r CI_COPY_TENANT _ <<<"$(new_tenant "Bench customer copy")"
COPY_SELECT="SELECT '$CI_COPY_TENANT'::uuid, gen_random_uuid(), reference_id, first_name, last_name, email, company,
  tax_id, language, primary_phone, primary_phone_e164, NULL, NULL, email_notifications, notes,
  jsonb_build_object('street', street, 'postalCode', postal_code, 'city', city, 'state', NULL, 'country', country),
  NULL, '{}'::jsonb, lower(last_name) || ' ' || lower(first_name), 1, now() + n * interval '10 microseconds',
  now() + n * interval '10 microseconds' FROM bench.import_customers ORDER BY n"
sql -c "\\copy (${COPY_SELECT//$'\n'/}) TO '$OUT/customers-copy.tsv'" >/dev/null
sql -c "CHECKPOINT" >/dev/null
copy_seconds=$(sql <<SQL
SELECT extract(epoch FROM clock_timestamp()) AS copy_started \\gset
\\copy patron.customers (${CUSTOMER_COLUMNS//$'\n'/}) FROM '$OUT/customers-copy.tsv'
SELECT round((extract(epoch FROM clock_timestamp()) - :copy_started)::numeric, 3);
SQL
)
copy_rate=$(awk -v n="$CUSTOMER_IMPORT_ROWS" -v s="$copy_seconds" 'BEGIN { printf "%.0f", (s > 0 ? n / s : 0) }')
rm -f "$OUT/customers-copy.tsv"

if $import_ok; then
  # The reference must have copied what the import stored: the same rows but for tenant, id and times.
  differing=$(sql -c "SELECT count(*) FROM (
      (SELECT ${CUSTOMER_CONTENT//$'\n'/} FROM patron.customers WHERE tenant_id = '$CI_TENANT'
       EXCEPT ALL SELECT ${CUSTOMER_CONTENT//$'\n'/} FROM patron.customers WHERE tenant_id = '$CI_COPY_TENANT')
      UNION ALL
      (SELECT ${CUSTOMER_CONTENT//$'\n'/} FROM patron.customers WHERE tenant_id = '$CI_COPY_TENANT'
       EXCEPT ALL SELECT ${CUSTOMER_CONTENT//$'\n'/} FROM patron.customers WHERE tenant_id = '$CI_TENANT')) d")
  if [[ $differing != 0 ]]; then
    echo "WARNING: $differing rows differ between the import's and the reference's customers, e.g.:"
    sql -x -c "WITH first_difference AS (SELECT reference_id FROM (
                 SELECT ${CUSTOMER_CONTENT//$'\n'/} FROM patron.customers WHERE tenant_id = '$CI_TENANT'
                 EXCEPT ALL SELECT ${CUSTOMER_CONTENT//$'\n'/} FROM patron.customers WHERE tenant_id = '$CI_COPY_TENANT') d
                 ORDER BY reference_id LIMIT 1)
               SELECT CASE tenant_id WHEN '$CI_TENANT' THEN 'import' ELSE 'reference' END AS side, ${CUSTOMER_CONTENT//$'\n'/}
               FROM patron.customers WHERE tenant_id IN ('$CI_TENANT', '$CI_COPY_TENANT')
                 AND reference_id = (SELECT reference_id FROM first_difference)"
  fi
  row "customer import of $CUSTOMER_IMPORT_ROWS rows (CSV): job vs psql \\copy (rows/s)" \
    "$ci_rate (run $(printf '%.1f' "$ci_seconds") s; upload ${IMPORT_UPLOAD_SECONDS} s)" "$copy_rate (${copy_seconds} s)" \
    "$(ratio "$ci_rate" "$copy_rate")" ">= 0.5"
  rm -f "$OUT/customers.csv"
else
  row "customer import of $CUSTOMER_IMPORT_ROWS rows (CSV): job vs psql \\copy (rows/s)" \
    "FAILED: $IMPORT_ERROR" "$copy_rate (${copy_seconds} s)" "-" ">= 0.5"
  FAILED_SECTIONS="${FAILED_SECTIONS:-}${FAILED_SECTIONS:+; }import: $IMPORT_ERROR"
fi
sql -c "DROP TABLE bench.import_customers" >/dev/null
fi
