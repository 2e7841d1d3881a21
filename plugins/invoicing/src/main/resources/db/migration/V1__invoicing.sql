-- Runs in the plugin's own schema ("invoicing"); runtime queries name it explicitly.
-- Every primary key leads with tenant_id, and money is integer minor units of the tenant's currency.

-- A customer's billing account, mirrored from the customer's extensions.invoicing namespace.
CREATE TABLE accounts (
    tenant_id        uuid        NOT NULL,
    customer_id      uuid        NOT NULL,
    billing_enabled  boolean     NOT NULL,
    credit_limit     bigint      CHECK (credit_limit >= 0),
    version          bigint      NOT NULL,
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, customer_id)
);

-- One row per tenant: the last invoice number handed out. Taking the next number locks the row
-- until the invoice's transaction ends, and a rollback gives the number back: no gaps, no twins.
CREATE TABLE invoice_counters (
    tenant_id      uuid   NOT NULL,
    last_seq_no    bigint NOT NULL,
    PRIMARY KEY (tenant_id)
);

CREATE TABLE invoices (
    tenant_id      uuid        NOT NULL,
    id             uuid        NOT NULL,
    customer_id    uuid        NOT NULL,
    seq_no         bigint      NOT NULL,
    number         text        NOT NULL,
    status         text        NOT NULL CHECK (status IN ('OPEN', 'PARTIALLY_PAID', 'PAID', 'VOID')),
    currency       text        NOT NULL,
    subtotal       bigint      NOT NULL CHECK (subtotal >= 0),
    tax_rate_bp    integer     NOT NULL CHECK (tax_rate_bp BETWEEN 0 AND 10000),
    tax            bigint      NOT NULL CHECK (tax >= 0),
    total          bigint      NOT NULL CHECK (total = subtotal + tax),
    paid           bigint      NOT NULL CHECK (paid BETWEEN 0 AND total),
    issue_date     date        NOT NULL,
    due_date       date        NOT NULL,
    period_from    date,
    period_to      date,
    bill_to        jsonb       NOT NULL,
    version        bigint      NOT NULL,
    issued_at      timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL,
    voided_at      timestamptz,
    PRIMARY KEY (tenant_id, id),
    CONSTRAINT invoices_seq_no_key UNIQUE (tenant_id, seq_no)
);
CREATE INDEX invoices_by_customer ON invoices (tenant_id, customer_id, seq_no);

-- The invoice's lines as issued; they stay when a void returns the charges to pending.
CREATE TABLE invoice_lines (
    tenant_id        uuid        NOT NULL,
    invoice_id       uuid        NOT NULL,
    position         integer     NOT NULL,
    charge_id        uuid        NOT NULL,
    description      text        NOT NULL,
    order_reference  text        NOT NULL,
    occurred_at      timestamptz NOT NULL,
    amount           bigint      NOT NULL,
    PRIMARY KEY (tenant_id, invoice_id, position),
    FOREIGN KEY (tenant_id, invoice_id) REFERENCES invoices (tenant_id, id)
);

-- Orders put on a customer's account; pending while invoice_id is null.
CREATE TABLE charges (
    tenant_id        uuid        NOT NULL,
    id               uuid        NOT NULL,
    customer_id      uuid        NOT NULL,
    amount           bigint      NOT NULL CHECK (amount > 0),
    description      text        NOT NULL,
    order_reference  text        NOT NULL,
    occurred_at      timestamptz NOT NULL,
    invoice_id       uuid,
    version          bigint      NOT NULL,
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, id),
    CONSTRAINT charges_order_reference_key UNIQUE (tenant_id, order_reference),
    FOREIGN KEY (tenant_id, invoice_id) REFERENCES invoices (tenant_id, id)
);
CREATE INDEX charges_by_customer ON charges (tenant_id, customer_id, occurred_at, id);
CREATE INDEX charges_pending ON charges (tenant_id, customer_id, occurred_at, id) WHERE invoice_id IS NULL;
CREATE INDEX charges_by_invoice ON charges (tenant_id, invoice_id) WHERE invoice_id IS NOT NULL;

CREATE TABLE payments (
    tenant_id      uuid        NOT NULL,
    id             uuid        NOT NULL,
    invoice_id     uuid        NOT NULL,
    amount         bigint      NOT NULL CHECK (amount > 0),
    method         text        NOT NULL,
    reference      text,
    received_at    timestamptz NOT NULL,
    created_at     timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, invoice_id) REFERENCES invoices (tenant_id, id)
);
CREATE INDEX payments_by_invoice ON payments (tenant_id, invoice_id, received_at, id);
