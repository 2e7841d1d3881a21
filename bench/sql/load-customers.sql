-- Loads :count customers into tenant :'tenant' straight into the tables (not through the API),
-- with ids md5(<n>)::uuid so load generators can address them, and the same search terms and sort
-- key the server writes (ASCII names: folding is lower-casing).
\set ON_ERROR_STOP on
BEGIN;
INSERT INTO patron.customers (tenant_id, id, reference_id, first_name, last_name, email, company, tax_id, language,
    primary_phone, primary_phone_e164, secondary_phone, secondary_phone_e164, email_notifications, notes,
    primary_address, secondary_address, extensions, sort_name, version, created_at, updated_at)
SELECT :'tenant'::uuid, md5(g::text)::uuid, 'REF-' || g, f.name, l.name,
       lower(f.name) || '.' || lower(l.name) || g || '@example.com', NULL, NULL, 'de-AT',
       '+43 660 ' || lpad(g::text, 7, '0'), '+43660' || lpad(g::text, 7, '0'), NULL, NULL, g % 2 = 0,
       NULL, jsonb_build_object('street', 'Hauptstrasse ' || (g % 200), 'postalCode', '1010', 'city', 'Wien',
       'state', NULL, 'country', 'AT'), NULL, '{}'::jsonb,
       lower(l.name) || ' ' || lower(f.name), 1,
       now() - make_interval(secs => :count - g), now() - make_interval(secs => :count - g)
FROM generate_series(1, :count) g
JOIN bench.first_names f ON f.n = g % (SELECT count(*) FROM bench.first_names)
JOIN bench.last_names l ON l.n = (g / 7) % (SELECT count(*) FROM bench.last_names);

INSERT INTO patron.customer_search_terms (tenant_id, term, customer_id)
SELECT DISTINCT c.tenant_id, t.term, c.id
FROM patron.customers c,
     LATERAL unnest(ARRAY[lower(c.first_name) || ' ' || lower(c.last_name),
                          lower(c.last_name) || ' ' || lower(c.first_name),
                          lower(c.email),
                          regexp_replace(c.primary_phone, '[^0-9]', '', 'g'),
                          lower(c.reference_id)]) AS t(term)
WHERE c.tenant_id = :'tenant'::uuid;
COMMIT;
ANALYZE patron.customers;
ANALYZE patron.customer_search_terms;
