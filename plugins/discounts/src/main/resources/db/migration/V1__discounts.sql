-- Runs in the plugin's own schema (discounts); runtime queries name it explicitly.

CREATE TABLE discounts (
    tenant_id    uuid         NOT NULL,
    id           uuid         NOT NULL,
    -- "C" collation: codes sort and compare byte-wise, so keyset paging by code is exact.
    code         text COLLATE "C" NOT NULL,
    name         text         NOT NULL,
    -- Exactly one of: a percentage of the subtotal, or a fixed amount in minor units.
    percentage   numeric(5,2) CHECK (percentage BETWEEN 0 AND 100),
    amount_off   bigint       CHECK (amount_off > 0),
    currency     text,
    valid_from   timestamptz,
    valid_until  timestamptz,
    active       boolean      NOT NULL,
    version      bigint       NOT NULL,
    created_at   timestamptz  NOT NULL,
    updated_at   timestamptz  NOT NULL,
    PRIMARY KEY (tenant_id, id),
    CONSTRAINT discounts_code_key UNIQUE (tenant_id, code),
    CONSTRAINT discounts_one_kind CHECK ((percentage IS NULL) <> (amount_off IS NULL)),
    CONSTRAINT discounts_amount_has_currency CHECK ((amount_off IS NULL) = (currency IS NULL)),
    CONSTRAINT discounts_window CHECK (valid_from IS NULL OR valid_until IS NULL OR valid_from < valid_until)
);

-- Mirror of each customer's extensions.discounts.defaultDiscountId, kept in step by the plugin's
-- customer hooks, to count and find the customers using a discount. The foreign key makes it
-- impossible to delete a discount some customer still points to, even under concurrent writes.
CREATE TABLE customer_defaults (
    tenant_id   uuid NOT NULL,
    customer_id uuid NOT NULL,
    discount_id uuid NOT NULL,
    PRIMARY KEY (tenant_id, customer_id),
    CONSTRAINT customer_defaults_discount_fkey FOREIGN KEY (tenant_id, discount_id) REFERENCES discounts (tenant_id, id)
);

CREATE INDEX customer_defaults_by_discount ON customer_defaults (tenant_id, discount_id, customer_id);
