-- The SQL transaction the server runs for one PATCH /api/v1/customers/{id} of the notes (tenant
-- without plugins), statement for statement: CustomerRepository's findForUpdate and update (every
-- column written; the search terms are left alone because no searched field changed) and
-- Outbox.appendAll with the customer as the event's payload. As pgbench -M prepared runs it.
\set n random(1, :customers)
BEGIN;
SELECT tenant_id, id, reference_id, first_name, last_name, email, company, tax_id, language, primary_phone,
       primary_phone_e164, secondary_phone, secondary_phone_e164, email_notifications, notes, primary_address,
       secondary_address, extensions, sort_name, version, created_at, updated_at
FROM patron.customers WHERE tenant_id = :tenant AND id = md5(:n::text)::uuid FOR UPDATE;
UPDATE patron.customers SET reference_id = reference_id, first_name = first_name, last_name = last_name,
       email = email, company = company, tax_id = tax_id, language = language, primary_phone = primary_phone,
       primary_phone_e164 = primary_phone_e164, secondary_phone = secondary_phone,
       secondary_phone_e164 = secondary_phone_e164, email_notifications = email_notifications,
       notes = 'Prefers the terrace; visit ' || :n || '.', primary_address = primary_address,
       secondary_address = secondary_address, extensions = extensions, sort_name = sort_name, version = version + 1,
       created_at = created_at, updated_at = now()
WHERE tenant_id = :tenant AND id = md5(:n::text)::uuid;
INSERT INTO patron.outbox_events (tenant_id, id, type, subject_id, occurred_at, payload)
SELECT tenant_id, id, type, subject_id, occurred_at, payload::json
FROM unnest(ARRAY[:tenant]::uuid[], ARRAY[gen_random_uuid()], ARRAY['customer.updated'],
       ARRAY[md5(:n::text)::uuid], ARRAY[now()],
       ARRAY[json_build_object('id', md5(:n::text)::uuid, 'referenceId', NULL, 'firstName', 'Bench' || :n,
         'lastName', 'Loader', 'email', 'bench' || :n || '@example.com', 'company', NULL, 'taxId', NULL,
         'language', NULL, 'primaryPhone', '+43 660 1234567', 'secondaryPhone', NULL, 'emailNotifications', true,
         'notes', 'Prefers the terrace; visit ' || :n || '.', 'primaryAddress', json_build_object('street', 'Ring 1',
         'postalCode', '1010', 'city', 'Wien', 'state', NULL, 'country', 'AT'), 'secondaryAddress', NULL,
         'extensions', json_build_object(), 'primaryPhoneE164', '+436601234567', 'secondaryPhoneE164', NULL,
         'version', 2, 'createdAt', now(), 'updatedAt', now())::text])
  AS e (tenant_id, id, type, subject_id, occurred_at, payload);
END;
