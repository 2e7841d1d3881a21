-- The SQL transaction the server runs for one POST /api/v1/customers of a tenant without plugins,
-- statement for statement (CustomerRepository's insert and search terms, Outbox.appendAll), with
-- the values bench/wrk/post-customer.lua sends, as pgbench -M prepared runs it: the ceiling of a
-- create that commits alone. (Under load the server puts creates that queue up into one such
-- transaction, each statement then carrying many rows.) The server makes ids itself; here they come
-- from one random number per transaction.
\set n random(1, 9000000000000000000)
BEGIN;
INSERT INTO patron.customers (tenant_id, id, reference_id, first_name, last_name, email, company, tax_id, language,
       primary_phone, primary_phone_e164, secondary_phone, secondary_phone_e164, email_notifications, notes,
       primary_address, secondary_address, extensions, sort_name, version, created_at, updated_at)
SELECT tenant_id, id, reference_id, first_name, last_name, email, company, tax_id, language,
       primary_phone, primary_phone_e164, secondary_phone, secondary_phone_e164, email_notifications, notes,
       primary_address, secondary_address, extensions, sort_name, version, created_at, updated_at
FROM json_populate_recordset(NULL::patron.customers, json_build_array(json_build_object(
       'tenant_id', :tenant::uuid, 'id', md5(:n::text)::uuid, 'reference_id', NULL, 'first_name', 'Bench' || :n,
       'last_name', 'Loader', 'email', 'bench' || :n || '@example.com', 'company', NULL, 'tax_id', NULL,
       'language', NULL, 'primary_phone', '+43 660 1234567', 'primary_phone_e164', '+436601234567',
       'secondary_phone', NULL, 'secondary_phone_e164', NULL, 'email_notifications', true, 'notes', NULL,
       'primary_address', json_build_object('street', 'Ring 1', 'postalCode', '1010', 'city', 'Wien', 'state', NULL,
         'country', 'AT'),
       'secondary_address', NULL, 'extensions', json_build_object(), 'sort_name', 'loader bench' || :n,
       'version', 1, 'created_at', now(), 'updated_at', now()))) r
WHERE NOT EXISTS (SELECT 1 FROM patron.archived_customers a WHERE a.tenant_id = r.tenant_id AND a.id = r.id OFFSET 0);
INSERT INTO patron.customer_search_terms (tenant_id, term, customer_id)
SELECT * FROM unnest(ARRAY[:tenant, :tenant, :tenant, :tenant, :tenant]::uuid[],
       ARRAY['bench' || :n || ' loader', 'loader bench' || :n, 'bench' || :n || '@example.com',
             '436601234567', '6601234567']::text[],
       ARRAY[md5(:n::text)::uuid, md5(:n::text)::uuid, md5(:n::text)::uuid, md5(:n::text)::uuid, md5(:n::text)::uuid]);
INSERT INTO patron.outbox_events (tenant_id, id, type, subject_id, occurred_at, payload)
SELECT tenant_id, id, type, subject_id, occurred_at, payload::json
FROM unnest(ARRAY[:tenant]::uuid[], ARRAY[md5(:n::text || 'event')::uuid], ARRAY['customer.created'],
       ARRAY[md5(:n::text)::uuid], ARRAY[now()],
       ARRAY[json_build_object('id', md5(:n::text)::uuid, 'referenceId', NULL, 'firstName', 'Bench' || :n,
         'lastName', 'Loader', 'email', 'bench' || :n || '@example.com', 'company', NULL, 'taxId', NULL,
         'language', NULL, 'primaryPhone', '+43 660 1234567', 'secondaryPhone', NULL, 'emailNotifications', true,
         'notes', NULL, 'primaryAddress', json_build_object('street', 'Ring 1', 'postalCode', '1010', 'city', 'Wien',
         'state', NULL, 'country', 'AT'), 'secondaryAddress', NULL, 'extensions', json_build_object(),
         'primaryPhoneE164', '+436601234567', 'secondaryPhoneE164', NULL, 'version', 1, 'createdAt', now(),
         'updatedAt', now())::text])
  AS e (tenant_id, id, type, subject_id, occurred_at, payload);
END;
