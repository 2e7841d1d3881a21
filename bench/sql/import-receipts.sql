-- Writes :count receipts of 5 lines as NDJSON (one POST /transactions body per line) to standard
-- output, for the history import benchmark. Each names one of the loaded customers by reference
-- ('REF-<n>', as load-customers.sql writes them), so the import matches :customers customers.
\set ON_ERROR_STOP on
COPY (
  SELECT json_build_object(
      'receiptId', 'IMP-' || g,
      'customerReferenceId', 'REF-' || (1 + g % :customers),
      'closedAt', to_char(now() AT TIME ZONE 'UTC' - make_interval(mins => g), 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
      'location', CASE WHEN g % 3 = 0 THEN 'Graz' ELSE 'Wien 1' END,
      'register', 'Till 1',
      'lines', (SELECT json_agg(json_build_object('productId', 'P' || l, 'name', 'Product ' || l, 'category', 'Food',
                  'quantity', 1, 'unitPrice', json_build_object('amount', 100 * l), 'taxRate', 10) ORDER BY l)
                FROM generate_series(1, 5) l),
      'taxes', json_build_array(json_build_object('rate', 10, 'amount', json_build_object('amount', 136))),
      'total', json_build_object('amount', 1500),
      'payments', json_build_array(json_build_object('method', 'CARD', 'amount', json_build_object('amount', 1500))))
  FROM generate_series(1, :count) g
) TO STDOUT;
