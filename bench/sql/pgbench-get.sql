-- The server's primary-key SELECT of one customer (CustomerRepository FIND), run by pgbench -M prepared.
\set n random(1, :customers)
SELECT tenant_id, id, reference_id, first_name, last_name, email, company, tax_id, language, primary_phone,
       primary_phone_e164, secondary_phone, secondary_phone_e164, email_notifications, notes, primary_address,
       secondary_address, extensions, sort_name, version, created_at, updated_at
FROM patron.customers WHERE tenant_id = :tenant AND id = md5(:n::text)::uuid;
