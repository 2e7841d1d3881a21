-- Loads :count receipts of 5 lines for customer :'customer' of tenant :'tenant' straight into the
-- sales tables (not through the API), one every 2 hours back from now (about 2.3 years for 10,000),
-- at two locations. The statistics are not written here: the plugin's rebuild route writes them
-- from these rows afterwards, as it would repair them.
\set ON_ERROR_STOP on
BEGIN;
INSERT INTO sales.transactions (tenant_id, id, receipt_id, fingerprint, customer_id, closed_at, closed_on,
    location, register, staff, order_profile_id, prices_include_tax, currency, line_count, discounts,
    service_charge, taxes, total, tip, payments, created_at)
SELECT :'tenant'::uuid, md5('bench-tx-' || g)::uuid, 'LOAD-' || g, sha256(('LOAD-' || g)::bytea),
       :'customer'::uuid, t.closed_at, (t.closed_at AT TIME ZONE 'Europe/Vienna')::date,
       CASE WHEN g % 3 = 0 THEN 'Graz' ELSE 'Wien 1' END, 'Till 1', 'Eva', NULL, true, 'EUR', 5, '[]'::jsonb,
       0, '[{"rate": "10", "amount": 136}]'::jsonb, 1500, 100,
       '[{"method": "CARD", "amount": 1600, "reference": null}]'::jsonb, t.closed_at
FROM generate_series(1, :count) g, LATERAL (SELECT now() - make_interval(hours => 2 * g) AS closed_at) t;

INSERT INTO sales.transaction_lines (tenant_id, transaction_id, line_number, product_id, name, category, quantity,
    unit_price, line_discount, tax_rate, amount, total_share)
SELECT :'tenant'::uuid, md5('bench-tx-' || g)::uuid, l, 'P' || l, 'Product ' || l, 'Food', 1, 100 * l, 0, 10,
       100 * l, 100 * l
FROM generate_series(1, :count) g, generate_series(1, 5) l;
COMMIT;
ANALYZE sales.transactions;
ANALYZE sales.transaction_lines;
