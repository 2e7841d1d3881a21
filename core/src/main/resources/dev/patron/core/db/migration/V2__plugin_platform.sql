-- The plugin platform: per-tenant enablement and configuration (data, not class loading), and
-- reliable delivery of outbox events to plugins.

CREATE TABLE tenant_plugins (
    tenant_id   uuid        NOT NULL REFERENCES tenants (id),
    plugin_id   text        NOT NULL,
    enabled     boolean     NOT NULL,
    config      jsonb       NOT NULL,
    version     bigint      NOT NULL,
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, plugin_id)
);
CREATE INDEX tenant_plugins_by_plugin ON tenant_plugins (plugin_id) WHERE enabled;

-- How far each plugin's event listener has read the outbox (a position, as in outbox_events).
CREATE TABLE plugin_cursors (
    plugin_id   text        PRIMARY KEY,
    tx_id       bigint      NOT NULL,
    seq         bigint      NOT NULL,
    updated_at  timestamptz NOT NULL
);

-- Events a plugin has not taken yet: retrying after a failure (PENDING, with the next attempt's
-- time), waiting behind an earlier event of the same customer (PENDING), or given up on (DEAD)
-- until an admin retries them. Delivered events leave no row.
CREATE TABLE plugin_deliveries (
    tenant_id        uuid        NOT NULL,
    plugin_id        text        NOT NULL,
    event_id         uuid        NOT NULL,
    customer_id      uuid        NOT NULL,
    tx_id            bigint      NOT NULL,
    seq              bigint      NOT NULL,
    state            text        NOT NULL CHECK (state IN ('PENDING', 'DEAD')),
    attempts         int         NOT NULL,
    next_attempt_at  timestamptz NOT NULL,
    last_error       text,
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, plugin_id, event_id)
);
CREATE INDEX plugin_deliveries_due ON plugin_deliveries (plugin_id, next_attempt_at) WHERE state = 'PENDING';
CREATE INDEX plugin_deliveries_by_customer ON plugin_deliveries (plugin_id, tenant_id, customer_id, tx_id, seq)
    WHERE state = 'PENDING';
CREATE INDEX plugin_deliveries_dead ON plugin_deliveries (plugin_id, updated_at) WHERE state = 'DEAD';
