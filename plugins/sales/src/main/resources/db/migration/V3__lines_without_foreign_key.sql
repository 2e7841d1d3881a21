-- A receipt's lines are written only by the statement that writes the receipt (a post's one
-- statement, an import's batch), from the row that statement inserted, and are never deleted; the
-- foreign key only checked each line again against that row — an index probe and a row lock per
-- line, about a quarter of the database's work for a post of five lines (docs/PERFORMANCE.md).
-- The primary key (tenant_id, transaction_id, line_number) still finds a receipt's lines.
ALTER TABLE transaction_lines DROP CONSTRAINT transaction_lines_tenant_id_transaction_id_fkey;
