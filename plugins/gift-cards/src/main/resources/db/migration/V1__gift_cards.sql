-- Runs in the plugin's own schema (gift_cards); runtime queries name it explicitly.
-- Every primary key leads with tenant_id: one restaurant never sees another's rows.

-- A gift card. The code is a bearer credential (whoever knows it can spend the card), so only a
-- SHA-256 hash of it is kept, for look-ups and uniqueness, plus the masked form shown in answers.
-- balance always equals the sum of the card's activities: both change in one transaction, under
-- the card's row lock.
CREATE TABLE cards (
    tenant_id    uuid        NOT NULL,
    id           uuid        NOT NULL,
    code_hash    bytea       NOT NULL,
    masked_code  text        NOT NULL,
    type         text        NOT NULL CHECK (type IN ('PHYSICAL', 'DIGITAL')),
    state        text        NOT NULL CHECK (state IN ('PENDING', 'ACTIVE', 'DEACTIVATED')),
    balance      bigint      NOT NULL CHECK (balance >= 0),
    currency     text        NOT NULL,
    expires_on   date,
    version      bigint      NOT NULL,
    created_at   timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, id),
    CONSTRAINT cards_code_key UNIQUE (tenant_id, code_hash)
);

-- Lists walk these in (created_at, id) order, with or without the state filter.
CREATE INDEX cards_by_created ON cards (tenant_id, created_at, id);
CREATE INDEX cards_by_state ON cards (tenant_id, state, created_at, id);

-- The only customer data the plugin keeps: which customers a card is linked to.
CREATE TABLE card_customers (
    tenant_id    uuid        NOT NULL,
    card_id      uuid        NOT NULL,
    customer_id  uuid        NOT NULL,
    linked_at    timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, card_id, customer_id),
    FOREIGN KEY (tenant_id, card_id) REFERENCES cards (tenant_id, id)
);

CREATE INDEX card_customers_by_customer ON card_customers (tenant_id, customer_id);

-- The ledger: one row per change of value (or state), never updated or deleted.
-- amount is the signed change to the balance; card_version is the card's version after the
-- activity, which orders a card's activities.
CREATE TABLE activities (
    tenant_id             uuid        NOT NULL,
    id                    uuid        NOT NULL,
    card_id               uuid        NOT NULL,
    card_version          bigint      NOT NULL,
    type                  text        NOT NULL CHECK (type IN ('ACTIVATE', 'LOAD', 'REDEEM', 'ADJUST_INCREMENT',
                                                           'ADJUST_DECREMENT', 'REFUND', 'DEACTIVATE', 'REVERSE')),
    amount                bigint      NOT NULL,
    balance_after         bigint      NOT NULL CHECK (balance_after >= 0),
    reason                text,
    reverses_activity_id  uuid,
    created_at            timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, id),
    CONSTRAINT activities_card_version_key UNIQUE (tenant_id, card_id, card_version),
    FOREIGN KEY (tenant_id, card_id) REFERENCES cards (tenant_id, id),
    CHECK ((type = 'REVERSE') = (reverses_activity_id IS NOT NULL))
);

-- A redeem is reversed at most once, whatever the application does.
CREATE UNIQUE INDEX activities_reversed_once ON activities (tenant_id, reverses_activity_id)
    WHERE reverses_activity_id IS NOT NULL;

-- Append-only, enforced by the database.
CREATE FUNCTION activities_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'gift card activities are append-only';
END;
$$;

CREATE TRIGGER activities_append_only BEFORE UPDATE OR DELETE ON activities
    FOR EACH ROW EXECUTE FUNCTION activities_append_only();
