-- A customer's search terms are written only by the statements that write the customer (create,
-- update, an import's batch), from the rows they insert, in the same transaction, and removed by
-- the archive's own delete (CustomerRepository.delete) in the archive's transaction. The foreign
-- key only checked each term again against the customer the same transaction had just written:
-- an index probe and a row lock per term — eight terms a customer, as much of the database's time
-- as inserting the terms themselves (docs/PERFORMANCE.md, the customer import).
ALTER TABLE customer_search_terms DROP CONSTRAINT customer_search_terms_tenant_id_customer_id_fkey;
