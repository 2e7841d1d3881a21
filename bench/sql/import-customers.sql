-- The customers of the customer file import benchmark (bench/import.sh): :count distinct customers
-- in bench.import_customers, one row per line of the file, in the file's order (n). bench/import.sh
-- writes the CSV upload from this table, and the reference's rows of patron.customers as the import
-- stores them. Every field is filled except the secondary phone and the address's state; referenceId
-- and email are unique. Names are ASCII (bench/sql/names.sql), so the server's folding of the sort
-- key is lower-casing; streets and notes carry umlauts and ß (UTF-8), and some notes a comma (quoted
-- in the CSV). primary_phone_e164 is what libphonenumber makes of the phone: Austrian mobile numbers.
\set ON_ERROR_STOP on
SET client_min_messages = warning;
DROP TABLE IF EXISTS bench.import_customers;
CREATE UNLOGGED TABLE bench.import_customers AS
SELECT g AS n,
       'CRM-' || lpad(g::text, 8, '0') AS reference_id,
       f.name AS first_name,
       l.name AS last_name,
       lower(f.name) || '.' || lower(l.name) || '.' || g || '@example.' || (ARRAY['com', 'org', 'net'])[1 + g % 3] AS email,
       CASE g % 4 WHEN 0 THEN l.name || ' GmbH' WHEN 1 THEN l.name || ' & ' || f.name || ' OG'
                  WHEN 2 THEN 'Gasthaus ' || l.name ELSE l.name || ' Handels KG' END AS company,
       'ATU' || lpad((g % 100000000)::text, 8, '0') AS tax_id,
       CASE g % 10 WHEN 0 THEN 'en' WHEN 1 THEN 'it' ELSE 'de' END AS language,
       '+43 ' || p.prefix || ' ' || lpad((g % 10000000)::text, 7, '0') AS primary_phone,
       '+43' || p.prefix || lpad((g % 10000000)::text, 7, '0') AS primary_phone_e164,
       g % 3 <> 0 AS email_notifications,
       CASE g % 4 WHEN 0 THEN 'Stammkunde seit ' || (2005 + g % 20) || ', bevorzugt den Tisch am Fenster'
                  WHEN 1 THEN 'Allergie: Nüsse und Sellerie'
                  WHEN 2 THEN 'Rechnungen bitte per E-Mail an die Buchhaltung'
                  ELSE 'Kommt meist mit Hund; Wasserschüssel bereitstellen' END AS notes,
       (ARRAY['Hauptstraße', 'Mariahilfer Straße', 'Herrengasse', 'Getreidegasse', 'Maria-Theresien-Straße',
              'Landstraßer Hauptstraße', 'Schönbrunner Straße', 'Linzer Gasse'])[1 + g % 8] || ' ' || (1 + g % 150) AS street,
       a.postal_code,
       a.city,
       'AT' AS country
FROM generate_series(1, :count) g
JOIN bench.first_names f ON f.n = g % (SELECT count(*) FROM bench.first_names)
JOIN bench.last_names l ON l.n = (g / 7) % (SELECT count(*) FROM bench.last_names)
CROSS JOIN LATERAL (SELECT (ARRAY['660', '664', '676', '699', '650'])[1 + g % 5] AS prefix) p
CROSS JOIN LATERAL (SELECT (ARRAY['1010', '1060', '8010', '4020', '5020', '6020'])[1 + g % 6] AS postal_code,
                           (ARRAY['Wien', 'Wien', 'Graz', 'Linz', 'Salzburg', 'Innsbruck'])[1 + g % 6] AS city) a;
