-- Core schema. Every tenant-owned table leads its primary key with tenant_id, so the schema can be
-- distributed by tenant (Citus) without redesign, and every query filters by it.

CREATE TABLE tenants (
    id          uuid        PRIMARY KEY,
    name        text        NOT NULL,
    currency    text        NOT NULL,
    language    text        NOT NULL,
    time_zone   text        NOT NULL,
    disabled    boolean     NOT NULL DEFAULT false,
    version     bigint      NOT NULL,
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL
);
CREATE INDEX tenants_by_created ON tenants (created_at, id);

-- API keys are stored only as SHA-256 hashes of 256-bit random secrets.
CREATE TABLE api_keys (
    tenant_id   uuid        NOT NULL REFERENCES tenants (id),
    id          uuid        NOT NULL,
    name        text,
    key_prefix  text        NOT NULL,
    key_hash    bytea       NOT NULL,
    created_at  timestamptz NOT NULL,
    revoked_at  timestamptz,
    PRIMARY KEY (tenant_id, id)
);
CREATE UNIQUE INDEX api_keys_by_hash ON api_keys (key_hash);

CREATE TABLE customers (
    tenant_id             uuid        NOT NULL REFERENCES tenants (id),
    id                    uuid        NOT NULL,
    reference_id          text,
    first_name            text        NOT NULL,
    last_name             text        NOT NULL,
    email                 text,
    company               text,
    tax_id                text,
    language              text,
    primary_phone         text,
    primary_phone_e164    text,
    secondary_phone       text,
    secondary_phone_e164  text,
    email_notifications   boolean     NOT NULL,
    notes                 text,
    primary_address       jsonb,
    secondary_address     jsonb,
    extensions            jsonb       NOT NULL,
    -- Accent- and case-folded "last first", so sorting by name walks an index.
    sort_name             text        COLLATE "C" NOT NULL,
    version               bigint      NOT NULL,
    created_at            timestamptz NOT NULL,
    updated_at            timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, id)
);
CREATE UNIQUE INDEX customers_reference_id_key ON customers (tenant_id, reference_id);
CREATE INDEX customers_by_name ON customers (tenant_id, sort_name, id);
CREATE INDEX customers_by_created ON customers (tenant_id, created_at, id);
CREATE INDEX customers_by_updated ON customers (tenant_id, updated_at, id);
CREATE INDEX customers_by_email ON customers (tenant_id, lower(email)) WHERE email IS NOT NULL;

-- The search index: accent- and case-folded terms (names, email, company, phone digits,
-- reference), so a prefix search is a range scan of the primary key, ordered by term.
CREATE TABLE customer_search_terms (
    tenant_id    uuid NOT NULL,
    term         text COLLATE "C" NOT NULL,
    customer_id  uuid NOT NULL,
    PRIMARY KEY (tenant_id, term, customer_id),
    FOREIGN KEY (tenant_id, customer_id) REFERENCES customers (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX customer_search_terms_by_customer ON customer_search_terms (tenant_id, customer_id, term);

-- Ids of archived customers: nothing personal, only proof the id is spent.
CREATE TABLE archived_customers (
    tenant_id    uuid        NOT NULL,
    id           uuid        NOT NULL,
    archived_at  timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, id)
);

-- The transactional outbox. Rows become visible in (tx_id, seq) order only once every older
-- transaction has ended (tx_id below the snapshot's xmin), so a reader never skips an event that
-- commits late.
CREATE SEQUENCE outbox_seq;
CREATE TABLE outbox_events (
    tenant_id    uuid        NOT NULL,
    id           uuid        NOT NULL,
    tx_id        bigint      NOT NULL DEFAULT (pg_current_xact_id()::text::bigint),
    seq          bigint      NOT NULL DEFAULT nextval('outbox_seq'),
    type         text        NOT NULL,
    customer_id  uuid        NOT NULL,
    occurred_at  timestamptz NOT NULL,
    -- json, not jsonb: kept byte for byte, so events read back exactly as written.
    payload      json,
    PRIMARY KEY (tenant_id, id)
);
CREATE INDEX outbox_events_by_position ON outbox_events (tx_id, seq);
CREATE INDEX outbox_events_by_tenant_position ON outbox_events (tenant_id, tx_id, seq);
CREATE INDEX outbox_events_by_customer ON outbox_events (tenant_id, customer_id);

-- Responses of writes sent with an Idempotency-Key, replayed for 24 hours.
CREATE TABLE idempotency_keys (
    tenant_id     uuid        NOT NULL,
    scope         text        NOT NULL,
    key           text        NOT NULL,
    request_hash  bytea       NOT NULL,
    status        int,
    body          json,
    headers       json,
    created_at    timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, scope, key)
);
CREATE INDEX idempotency_keys_by_created ON idempotency_keys (created_at);
