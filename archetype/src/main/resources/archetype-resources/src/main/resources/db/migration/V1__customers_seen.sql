#set( $schema = $pluginId.replace('-', '_') )
-- Runs in the plugin's own schema (${schema}): unqualified names land there. Queries at run time
-- name it (${schema}.customers_seen). Every key leads with the tenant: restaurants never share rows.
CREATE TABLE customers_seen (
    tenant_id    uuid        NOT NULL,
    customer_id  uuid        NOT NULL,
    seen_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, customer_id)
);
