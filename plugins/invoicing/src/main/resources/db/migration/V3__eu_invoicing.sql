-- Invoicing as European restaurants need it: lines with their own VAT rates, prices with or without
-- VAT, the seller on every invoice, credit notes in their own gap-free series, overdue invoices and
-- reminders.

-- A charge's lines as the till rang them up: the amount is quantity × unit price, in the tenant's
-- tax mode (VAT included or not). The rate is fixed when the charge is recorded; it is null only for
-- charges recorded before lines existed, which take the tenant's default rate when invoiced.
CREATE TABLE charge_lines (
    tenant_id    uuid    NOT NULL,
    charge_id    uuid    NOT NULL,
    position     integer NOT NULL,
    description  text    NOT NULL,
    quantity     integer NOT NULL CHECK (quantity > 0),
    unit_price   bigint  NOT NULL CHECK (unit_price > 0),
    amount       bigint  NOT NULL CHECK (amount = quantity * unit_price),
    tax_rate_bp  integer CHECK (tax_rate_bp BETWEEN 0 AND 10000),
    PRIMARY KEY (tenant_id, charge_id, position),
    FOREIGN KEY (tenant_id, charge_id) REFERENCES charges (tenant_id, id)
);
INSERT INTO charge_lines (tenant_id, charge_id, position, description, quantity, unit_price, amount, tax_rate_bp)
    SELECT tenant_id, id, 1, description, 1, amount, amount, NULL FROM charges;

-- Invoice lines carry their rate and their net amount (equal to the amount when prices exclude VAT).
ALTER TABLE invoice_lines
    ADD COLUMN quantity    integer,
    ADD COLUMN unit_price  bigint,
    ADD COLUMN tax_rate_bp integer CHECK (tax_rate_bp BETWEEN 0 AND 10000),
    ADD COLUMN net_amount  bigint;
UPDATE invoice_lines l SET quantity = 1, unit_price = l.amount, net_amount = l.amount, tax_rate_bp = i.tax_rate_bp
    FROM invoices i WHERE i.tenant_id = l.tenant_id AND i.id = l.invoice_id;
ALTER TABLE invoice_lines
    ALTER COLUMN quantity SET NOT NULL,
    ALTER COLUMN unit_price SET NOT NULL,
    ALTER COLUMN tax_rate_bp SET NOT NULL,
    ALTER COLUMN net_amount SET NOT NULL;

-- Totals per VAT rate ([{"rateBp", "net", "tax"}]), the tax mode, the rounding that makes a
-- VAT-inclusive total equal what the till charged, what credit notes took off, the seller and the
-- date of supply as issued, when the invoice turns overdue and the last reminder's level.
ALTER TABLE invoices
    ADD COLUMN tax_mode       text        NOT NULL DEFAULT 'EXCLUSIVE' CHECK (tax_mode IN ('INCLUSIVE', 'EXCLUSIVE')),
    ADD COLUMN taxes          jsonb,
    ADD COLUMN rounding       bigint      NOT NULL DEFAULT 0,
    ADD COLUMN credited       bigint      NOT NULL DEFAULT 0 CHECK (credited >= 0),
    ADD COLUMN seller         jsonb,
    ADD COLUMN supply_from    date,
    ADD COLUMN supply_to      date,
    ADD COLUMN overdue_from   timestamptz,
    ADD COLUMN reminder_level integer     NOT NULL DEFAULT 0 CHECK (reminder_level BETWEEN 0 AND 3);
UPDATE invoices SET taxes = jsonb_build_array(jsonb_build_object('rateBp', tax_rate_bp, 'net', subtotal, 'tax', tax)),
    -- Invoices issued before knew no time zone here: the day after the due date, in UTC.
    overdue_from = (due_date + 1)::timestamp AT TIME ZONE 'UTC';
-- The checks on the total and the paid amount name two columns each, so PostgreSQL named them
-- itself (invoices_check, invoices_check1); find them by what they say.
DO $$
DECLARE
    old record;
BEGIN
    FOR old IN SELECT conname FROM pg_constraint
        WHERE conrelid = 'invoices'::regclass AND contype = 'c'
          AND (pg_get_constraintdef(oid) LIKE '%subtotal + tax%' OR pg_get_constraintdef(oid) LIKE '%paid >= 0%')
    LOOP
        EXECUTE format('ALTER TABLE invoices DROP CONSTRAINT %I', old.conname);
    END LOOP;
END $$;
ALTER TABLE invoices
    ALTER COLUMN taxes SET NOT NULL,
    ALTER COLUMN overdue_from SET NOT NULL,
    ALTER COLUMN tax_rate_bp DROP NOT NULL,
    DROP CONSTRAINT invoices_status_check,
    ADD CONSTRAINT invoices_status_check
        CHECK (status IN ('OPEN', 'PARTIALLY_PAID', 'OVERDUE', 'PAID', 'CREDITED', 'VOID')),
    ADD CONSTRAINT invoices_total_check CHECK (total = subtotal + tax + rounding),
    ADD CONSTRAINT invoices_paid_check CHECK (paid >= 0 AND paid + credited <= total);
-- What the overdue sweep looks for.
CREATE INDEX invoices_coming_due ON invoices (overdue_from) WHERE status IN ('OPEN', 'PARTIALLY_PAID');

-- Credit notes: one row per tenant holds the last number, as for invoices, so this series too has
-- no gaps and no twins.
CREATE TABLE credit_note_counters (
    tenant_id    uuid   NOT NULL,
    last_seq_no  bigint NOT NULL,
    PRIMARY KEY (tenant_id)
);

CREATE TABLE credit_notes (
    tenant_id    uuid        NOT NULL,
    id           uuid        NOT NULL,
    invoice_id   uuid        NOT NULL,
    customer_id  uuid        NOT NULL,
    seq_no       bigint      NOT NULL,
    number       text        NOT NULL,
    currency     text        NOT NULL,
    tax_mode     text        NOT NULL CHECK (tax_mode IN ('INCLUSIVE', 'EXCLUSIVE')),
    subtotal     bigint      NOT NULL CHECK (subtotal >= 0),
    tax          bigint      NOT NULL CHECK (tax >= 0),
    rounding     bigint      NOT NULL,
    total        bigint      NOT NULL CHECK (total > 0 AND total = subtotal + tax + rounding),
    taxes        jsonb       NOT NULL,
    reason       text        NOT NULL,
    issue_date   date        NOT NULL,
    seller       jsonb,
    bill_to      jsonb       NOT NULL,
    issued_at    timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, id),
    CONSTRAINT credit_notes_seq_no_key UNIQUE (tenant_id, seq_no),
    FOREIGN KEY (tenant_id, invoice_id) REFERENCES invoices (tenant_id, id)
);
CREATE INDEX credit_notes_by_invoice ON credit_notes (tenant_id, invoice_id, seq_no);
CREATE INDEX credit_notes_by_customer ON credit_notes (tenant_id, customer_id);

-- Each credited line names the invoice line it takes back (in part or whole).
CREATE TABLE credit_note_lines (
    tenant_id         uuid    NOT NULL,
    credit_note_id    uuid    NOT NULL,
    position          integer NOT NULL,
    invoice_position  integer NOT NULL,
    description       text    NOT NULL,
    amount            bigint  NOT NULL CHECK (amount > 0),
    tax_rate_bp       integer NOT NULL CHECK (tax_rate_bp BETWEEN 0 AND 10000),
    net_amount        bigint  NOT NULL,
    PRIMARY KEY (tenant_id, credit_note_id, position),
    FOREIGN KEY (tenant_id, credit_note_id) REFERENCES credit_notes (tenant_id, id)
);

-- Reminders sent for an overdue invoice: level 1 (first), 2 (second), 3 (final).
CREATE TABLE reminders (
    tenant_id    uuid        NOT NULL,
    invoice_id   uuid        NOT NULL,
    level        integer     NOT NULL CHECK (level BETWEEN 1 AND 3),
    open_amount  bigint      NOT NULL CHECK (open_amount > 0),
    pay_by       date        NOT NULL,
    issue_date   date        NOT NULL,
    issued_at    timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, invoice_id, level),
    FOREIGN KEY (tenant_id, invoice_id) REFERENCES invoices (tenant_id, id)
);
