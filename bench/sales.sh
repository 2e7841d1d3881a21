# The sales plugin's measurements (section "sales" of bench/run, which sources this file and
# provides its helpers: sql, new_tenant, wrk_run, row, ratio, say, admin, json_field).
#
#   a. POST a 5-line transaction (with a customer) against POST /api/v1/customers, 8 connections;
#   b. the statistics of a customer with BENCH_SALES_HISTORY receipts, p99 at 8 connections;
#   c. a page of that customer's history, p99 at 8 connections;
#   d. the history import job's receipts per second against psql \copy of the same rows into the
#      same tables.
# shellcheck shell=bash

if section sales; then
say "8. sales: POST a transaction against POST customer; statistics and history of a customer with $SALES_HISTORY receipts; the import against psql \\copy"
API=http://127.0.0.1:$PORT/api/v1
read -r SALES_TENANT SALES_KEY <<<"$(new_tenant "Bench sales" sales)"
sql -v tenant="$SALES_TENANT" -v count="$SALES_CUSTOMERS" -f "$BENCH/sql/load-customers.sql" >/dev/null
sql -c "SELECT id FROM patron.customers WHERE tenant_id = '$SALES_TENANT'" >"$OUT/sales-ids.txt"

# One customer with a long history, loaded straight into the tables and analysed (load-transactions.sql),
# as a restaurant's tables are once in use: on empty tables the first posts' plans are made for empty
# tables. The rebuild route then writes their statistics from those rows (reporting the drift it
# repaired: all of it).
HEAVY=$(sql -c "SELECT md5('1')::uuid")
load_started=$(date +%s)
sql -v tenant="$SALES_TENANT" -v customer="$HEAVY" -v count="$SALES_HISTORY" -f "$BENCH/sql/load-transactions.sql" >/dev/null
curl -sf -X POST -H "Authorization: Bearer $SALES_KEY" -H 'Content-Type: application/json' \
  -d "{\"customerId\":\"$HEAVY\"}" "$API/plugins/sales/maintenance/statistics-rebuild" >"$OUT/sales-rebuild.json"
echo "loaded $SALES_HISTORY receipts for one customer and rebuilt their statistics in $(($(date +%s) - load_started)) s:" \
  "$(cat "$OUT/sales-rebuild.json")"
echo "their statistics: $(curl -sf -H "Authorization: Bearer $SALES_KEY" "$API/plugins/sales/customers/$HEAVY/statistics" \
  | grep -o '"visits":[0-9]*')"

# a. POST against POST customer, in alternating rounds, so the growing tables weigh on both sides alike.
PATRON_KEY=$SALES_KEY wrk_run 8 "$WARMUP_SECONDS" post-transaction.lua "$OUT/sales-ids.txt" >/dev/null
PATRON_KEY=$SALES_KEY wrk_run 8 "$WARMUP_SECONDS" post-customer.lua >/dev/null
tx_total=0; cu_total=0
for round in 1 2; do
  read -r t tp50 tp99 tbad <<<"$(PATRON_KEY=$SALES_KEY wrk_run 8 "$SECONDS_PER_RUN" post-transaction.lua "$OUT/sales-ids.txt")"
  read -r c cp50 cp99 _ <<<"$(PATRON_KEY=$SALES_KEY wrk_run 8 "$SECONDS_PER_RUN" post-customer.lua)"
  tx_total=$((tx_total + t)); cu_total=$((cu_total + c))
  [[ $tbad == 0 ]] || echo "WARNING: $tbad non-2xx answers to POST transaction"
done
row "POST transaction (5 lines, a customer), 8 connections: vs POST customer (req/s)" \
  "$((tx_total / 2)) (p50 $tp50 ms, p99 $tp99 ms)" "$((cu_total / 2)) (p50 $cp50 ms, p99 $cp99 ms)" \
  "$(ratio "$tx_total" "$cu_total")" ">= 0.8"

# b. The statistics of the customer with the long history, among the 10,000 with a visit or more
# now (the tables analysed, as autovacuum would have).
sql -c "ANALYZE sales.customer_statistics" -c "ANALYZE sales.customer_days" -c "ANALYZE sales.customer_favourites" \
  -c "ANALYZE sales.transactions" >/dev/null
echo "/api/v1/plugins/sales/customers/$HEAVY/statistics" >"$OUT/sales-statistics.txt"
PATRON_KEY=$SALES_KEY wrk_run 8 "$WARMUP_SECONDS" get-paths.lua "$OUT/sales-statistics.txt" >/dev/null
read -r srps sp50 sp99 sbad <<<"$(PATRON_KEY=$SALES_KEY wrk_run 8 "$SECONDS_PER_RUN" get-paths.lua "$OUT/sales-statistics.txt")"
row "sales statistics of a customer with $SALES_HISTORY receipts, 8 connections" \
  "p99 $sp99 ms (p50 $sp50 ms, $srps req/s)" "-" "-" "p99 < 5 ms"
[[ $sbad == 0 ]] || echo "WARNING: $sbad non-2xx answers to the statistics"

# c. History pages: the first page, one filtered by location, one by a 90-day period, and a later page.
HISTORY=/api/v1/plugins/sales/customers/$HEAVY/transactions
cursor=$(curl -sf -H "Authorization: Bearer $SALES_KEY" "$API/plugins/sales/customers/$HEAVY/transactions?limit=50" \
  | grep -o '"nextCursor":"[^"]*"' | cut -d'"' -f4)
{
  echo "$HISTORY?limit=50"
  echo "$HISTORY?limit=50&location=Graz"
  echo "$HISTORY?limit=50&from=$(date -u -d '-200 days' +%F)&to=$(date -u -d '-110 days' +%F)"
  echo "$HISTORY?limit=50&cursor=$cursor"
} >"$OUT/sales-history.txt"
PATRON_KEY=$SALES_KEY wrk_run 8 "$WARMUP_SECONDS" get-paths.lua "$OUT/sales-history.txt" >/dev/null
read -r hrps hp50 hp99 hbad <<<"$(PATRON_KEY=$SALES_KEY wrk_run 8 "$SECONDS_PER_RUN" get-paths.lua "$OUT/sales-history.txt")"
row "sales history page (50 of $SALES_HISTORY receipts), 8 connections" \
  "p99 $hp99 ms (p50 $hp50 ms, $hrps req/s)" "-" "-" "p99 < 10 ms"
[[ $hbad == 0 ]] || echo "WARNING: $hbad non-2xx answers to the history"

# d. The import: receipts naming the customers by referenceId, into a tenant of its own with the
# same customers. Its rate is the job's run, from its claim to its end (SQL on its row).
sql -v count="$IMPORT_RECEIPTS" -v customers="$SALES_CUSTOMERS" -f "$BENCH/sql/import-receipts.sql" >"$OUT/import.ndjson"
read -r IMPORT_TENANT IMPORT_KEY <<<"$(new_tenant "Bench import" sales)"
sql -v tenant="$IMPORT_TENANT" -v count="$SALES_CUSTOMERS" -f "$BENCH/sql/load-customers.sql" >/dev/null
upload=$(curl -sf -o "$OUT/import-job.json" -w '%{time_total}' -X POST -H "Authorization: Bearer $IMPORT_KEY" \
  -H 'Content-Type: application/x-ndjson' --data-binary @"$OUT/import.ndjson" "$API/plugins/sales/imports")
JOB=$(json_field id <"$OUT/import-job.json")
until grep -q '"state":"\(SUCCEEDED\|FAILED\|CANCELLED\)"' "$OUT/import-job.json"; do
  sleep 0.5
  curl -sf -H "Authorization: Bearer $IMPORT_KEY" "$API/plugins/sales/imports/$JOB" >"$OUT/import-job.json"
done
echo "import: $(cat "$OUT/import-job.json")"
read -r import_rows import_seconds <<<"$(sql -F ' ' -c "SELECT rows_read, extract(epoch FROM finished_at - run_started_at)
  FROM sales.import_jobs WHERE tenant_id = '$IMPORT_TENANT' AND id = '$JOB'")"
import_rate=$(awk -v n="$import_rows" -v s="$import_seconds" 'BEGIN { printf "%.0f", n / s }')

# The same rows, as the import stored them, copied by psql into the same tables for another tenant.
read -r COPY_TENANT _ <<<"$(new_tenant "Bench copy" sales)"
TX_COLUMNS="id, receipt_id, fingerprint, customer_id, customer_detached, closed_at, closed_on, location, register,
  staff, order_profile_id, prices_include_tax, currency, line_count, discounts, service_charge, taxes, total, tip,
  payments, refunded_total, refunded_tip, created_at"
LINE_COLUMNS="transaction_id, line_number, product_id, name, category, quantity, unit_price, line_discount, tax_rate,
  amount, total_share, refunded_quantity, refunded_amount"
sql -c "\\copy (SELECT '$COPY_TENANT'::uuid, ${TX_COLUMNS//$'\n'/} FROM sales.transactions WHERE tenant_id = '$IMPORT_TENANT') TO '$OUT/copy-transactions.tsv'"
sql -c "\\copy (SELECT '$COPY_TENANT'::uuid, ${LINE_COLUMNS//$'\n'/} FROM sales.transaction_lines WHERE tenant_id = '$IMPORT_TENANT') TO '$OUT/copy-lines.tsv'"
copy_started=$(date +%s%N)
sql <<SQL
\\copy sales.transactions (tenant_id, ${TX_COLUMNS//$'\n'/}) FROM '$OUT/copy-transactions.tsv'
\\copy sales.transaction_lines (tenant_id, ${LINE_COLUMNS//$'\n'/}) FROM '$OUT/copy-lines.tsv'
SQL
copy_seconds=$(awk -v ns="$(($(date +%s%N) - copy_started))" 'BEGIN { printf "%.3f", ns / 1e9 }')
copy_rate=$(awk -v n="$import_rows" -v s="$copy_seconds" 'BEGIN { printf "%.0f", n / s }')
row "history import of $import_rows receipts (5 lines, customer by referenceId): job vs psql \\copy (receipts/s)" \
  "$import_rate (run ${import_seconds%.*} s; upload ${upload} s)" "$copy_rate (${copy_seconds} s)" \
  "$(ratio "$import_rate" "$copy_rate")" "-"
fi
