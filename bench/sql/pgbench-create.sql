-- The SQL transaction the server runs for one POST /api/v1/customers of a tenant without plugins,
-- statement for statement (CustomerRepository INSERT and search terms, Outbox append), with the
-- values bench/wrk/post-customer.lua sends, as pgbench -M prepared runs it: the write path's ceiling.
-- The server makes ids itself; here they come from one random number per transaction.
\set n random(1, 9000000000000000000)
BEGIN;
INSERT INTO patron.customers (tenant_id, id, reference_id, first_name, last_name, email, company, tax_id, language,
       primary_phone, primary_phone_e164, secondary_phone, secondary_phone_e164, email_notifications, notes,
       primary_address, secondary_address, extensions, sort_name, version, created_at, updated_at)
SELECT :tenant, md5(:n::text)::uuid, NULL, 'Bench' || :n, 'Loader', 'bench' || :n || '@example.com', NULL, NULL, NULL,
       '+43 660 1234567', '+436601234567', NULL, NULL, true, NULL,
       jsonb_build_object('street', 'Ring 1', 'postalCode', '1010', 'city', 'Wien', 'state', NULL, 'country', 'AT'),
       NULL, jsonb_build_object(),
       'loader bench' || :n, 1, now(), now()
WHERE NOT EXISTS (SELECT 1 FROM patron.archived_customers WHERE tenant_id = :tenant AND id = md5(:n::text)::uuid);
INSERT INTO patron.customer_search_terms (tenant_id, term, customer_id)
SELECT :tenant, unnest(ARRAY['bench' || :n || ' loader', 'loader bench' || :n, 'bench' || :n || '@example.com',
       '436601234567', '6601234567']::text[]), md5(:n::text)::uuid;
INSERT INTO patron.outbox_events (tenant_id, id, type, subject_id, occurred_at, payload)
VALUES (:tenant, md5(:n::text || 'event')::uuid, 'customer.created', md5(:n::text)::uuid, now(),
       json_build_object('id', md5(:n::text)::uuid, 'referenceId', NULL, 'firstName', 'Bench' || :n,
         'lastName', 'Loader', 'email', 'bench' || :n || '@example.com', 'company', NULL, 'taxId', NULL,
         'language', NULL, 'primaryPhone', '+43 660 1234567', 'secondaryPhone', NULL, 'emailNotifications', true,
         'notes', NULL, 'primaryAddress', json_build_object('street', 'Ring 1', 'postalCode', '1010', 'city', 'Wien',
         'state', NULL, 'country', 'AT'), 'secondaryAddress', NULL, 'extensions', json_build_object(),
         'primaryPhoneE164', '+436601234567', 'secondaryPhoneE164', NULL, 'version', 1, 'createdAt', now(),
         'updatedAt', now()));
END;
