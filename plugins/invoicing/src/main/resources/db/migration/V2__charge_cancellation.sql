-- A pending charge can be cancelled, with a reason, instead of being invoiced (e.g. one put on the
-- wrong customer or with a wrong date). Charges are never deleted: the cancelled row is the record
-- of what happened. A charge is pending while it is neither invoiced nor cancelled.
ALTER TABLE charges
    ADD COLUMN cancelled_at  timestamptz,
    ADD COLUMN cancel_reason text,
    ADD CONSTRAINT charges_cancelled_with_reason CHECK ((cancelled_at IS NULL) = (cancel_reason IS NULL)),
    -- Only a pending charge can be cancelled, and a cancelled one is never invoiced.
    ADD CONSTRAINT charges_cancelled_not_invoiced CHECK (cancelled_at IS NULL OR invoice_id IS NULL);

DROP INDEX charges_pending;
CREATE INDEX charges_pending ON charges (tenant_id, customer_id, occurred_at, id)
    WHERE invoice_id IS NULL AND cancelled_at IS NULL;

-- A cancelled charge gives its order reference back, so the order can be billed again correctly;
-- every charge that is not cancelled still holds its reference. The index keeps the constraint's
-- name, which the application recognises in a unique violation.
ALTER TABLE charges DROP CONSTRAINT charges_order_reference_key;
CREATE UNIQUE INDEX charges_order_reference_key ON charges (tenant_id, order_reference)
    WHERE cancelled_at IS NULL;
