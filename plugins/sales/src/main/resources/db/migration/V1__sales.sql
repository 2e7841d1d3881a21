-- Runs in the plugin's own schema (sales); runtime queries name it explicitly.
-- Every primary key leads with tenant_id: one restaurant never sees another's rows.
-- Money columns are minor units of the restaurant's currency.

-- A closed receipt from the POS. customer_id is NULL for walk-in guests and for receipts whose
-- customer was archived (customer_detached); the receipt itself stays, it is an accounting record.
-- fingerprint is a SHA-256 of the request as read (without customerId), so a re-post of the same
-- receipt is told apart from another body under the same receipt id.
-- refunded_total and refunded_tip are the sums of the receipt's refunds, written under the
-- receipt's row lock together with each refund.
CREATE TABLE transactions (
    tenant_id           uuid        NOT NULL,
    id                  uuid        NOT NULL,
    receipt_id          text        NOT NULL,
    fingerprint         bytea       NOT NULL,
    customer_id         uuid,
    customer_detached   boolean     NOT NULL DEFAULT false,
    closed_at           timestamptz NOT NULL,
    -- The restaurant's date at closed_at, fixed when recorded: the day bucket of the statistics.
    closed_on           date        NOT NULL,
    location            text,
    register            text,
    staff               text,
    order_profile_id    uuid,
    prices_include_tax  boolean     NOT NULL,
    currency            text        NOT NULL,
    line_count          int         NOT NULL CHECK (line_count > 0),
    discounts           jsonb       NOT NULL,
    service_charge      bigint      NOT NULL CHECK (service_charge >= 0),
    taxes               jsonb       NOT NULL,
    total               bigint      NOT NULL CHECK (total >= 0),
    tip                 bigint      NOT NULL CHECK (tip >= 0),
    payments            jsonb       NOT NULL,
    refunded_total      bigint      NOT NULL DEFAULT 0,
    refunded_tip        bigint      NOT NULL DEFAULT 0,
    created_at          timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, id),
    CONSTRAINT transactions_receipt_key UNIQUE (tenant_id, receipt_id),
    CHECK (refunded_total BETWEEN 0 AND total),
    CHECK (refunded_tip BETWEEN 0 AND tip),
    CHECK (customer_id IS NULL OR NOT customer_detached)
);

-- A customer's history, newest first, with and without the location filter.
CREATE INDEX transactions_by_customer ON transactions (tenant_id, customer_id, closed_at DESC, id DESC)
    WHERE customer_id IS NOT NULL;
CREATE INDEX transactions_by_customer_location ON transactions (tenant_id, customer_id, location, closed_at DESC, id DESC)
    WHERE customer_id IS NOT NULL AND location IS NOT NULL;

-- A receipt's lines. amount = round(quantity × unit_price) − line_discount; total_share is the
-- line's part of the receipt's total (the shares add up to the total exactly), which is what
-- refunding the line gives back.
CREATE TABLE transaction_lines (
    tenant_id          uuid          NOT NULL,
    transaction_id     uuid          NOT NULL,
    line_number        int           NOT NULL CHECK (line_number > 0),
    product_id         text COLLATE "C" NOT NULL,
    name               text          NOT NULL,
    category           text,
    quantity           numeric(12,3) NOT NULL CHECK (quantity > 0),
    unit_price         bigint        NOT NULL CHECK (unit_price >= 0),
    line_discount      bigint        NOT NULL CHECK (line_discount >= 0),
    tax_rate           numeric(6,3)  NOT NULL CHECK (tax_rate BETWEEN 0 AND 100),
    amount             bigint        NOT NULL CHECK (amount >= 0),
    total_share        bigint        NOT NULL CHECK (total_share >= 0),
    refunded_quantity  numeric(12,3) NOT NULL DEFAULT 0,
    refunded_amount    bigint        NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, transaction_id, line_number),
    FOREIGN KEY (tenant_id, transaction_id) REFERENCES transactions (tenant_id, id),
    CHECK (refunded_quantity BETWEEN 0 AND quantity),
    CHECK (refunded_amount BETWEEN 0 AND total_share)
);

-- A refund of a receipt, whole (whole = true, tip included) or of some of its lines. lines holds
-- [{lineNumber, quantity, amount}]. Never updated or deleted.
CREATE TABLE refunds (
    tenant_id       uuid        NOT NULL,
    id              uuid        NOT NULL,
    transaction_id  uuid        NOT NULL,
    amount          bigint      NOT NULL CHECK (amount >= 0),
    tip             bigint      NOT NULL CHECK (tip >= 0),
    whole           boolean     NOT NULL,
    lines           jsonb       NOT NULL,
    refunded_at     timestamptz NOT NULL,
    created_at      timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, transaction_id) REFERENCES transactions (tenant_id, id)
);

CREATE INDEX refunds_by_transaction ON refunds (tenant_id, transaction_id, created_at, id);

-- Statistics, maintained in the transaction of every sale and refund (and rebuilt from the tables
-- above by the maintenance route). Refunds count on the day of the sale they refund.

-- One row per customer with a sale: the totals, read in one index look-up.
CREATE TABLE customer_statistics (
    tenant_id       uuid        NOT NULL,
    customer_id     uuid        NOT NULL,
    visits          bigint      NOT NULL,
    spend           bigint      NOT NULL,
    refunds         bigint      NOT NULL,
    tips            bigint      NOT NULL,
    first_visit_at  timestamptz NOT NULL,
    last_visit_at   timestamptz NOT NULL,
    first_visit_on  date        NOT NULL,
    updated_at      timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, customer_id)
);

-- One row per customer and day with a sale: the rolling windows sum at most 365 of them, exactly.
CREATE TABLE customer_days (
    tenant_id    uuid   NOT NULL,
    customer_id  uuid   NOT NULL,
    day          date   NOT NULL,
    visits       int    NOT NULL,
    spend        bigint NOT NULL,
    refunds      bigint NOT NULL,
    PRIMARY KEY (tenant_id, customer_id, day)
);

-- The tenant reports walk a period's days.
CREATE INDEX customer_days_by_day ON customer_days (tenant_id, day);

-- Visits per customer and location (kind LOCATION) or order profile (ORDER_PROFILE): the favourite
-- is the first row in the index below (most visits, then the most recent, then the value).
CREATE TABLE customer_favourites (
    tenant_id      uuid        NOT NULL,
    customer_id    uuid        NOT NULL,
    kind           text        NOT NULL CHECK (kind IN ('LOCATION', 'ORDER_PROFILE')),
    value          text COLLATE "C" NOT NULL,
    visits         bigint      NOT NULL,
    last_visit_at  timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, customer_id, kind, value)
);

CREATE INDEX customer_favourites_ranked ON customer_favourites
    (tenant_id, customer_id, kind, visits DESC, last_visit_at DESC, value);
