-- Runs in the plugin's own schema (order_profiles); runtime queries name it explicitly.

CREATE TABLE profiles (
    tenant_id              uuid         NOT NULL,
    id                     uuid         NOT NULL,
    -- "C" collation: codes sort and compare byte-wise, so keyset paging by code is exact.
    code                   text COLLATE "C" NOT NULL,
    name                   text         NOT NULL,
    mode                   text         NOT NULL CHECK (mode IN ('DINE_IN', 'TAKEAWAY', 'DELIVERY')),
    service_charge_percent numeric(5,2) CHECK (service_charge_percent BETWEEN 0 AND 100),
    customer_required      boolean      NOT NULL,
    active                 boolean      NOT NULL,
    tenant_default         boolean      NOT NULL,
    version                bigint       NOT NULL,
    created_at             timestamptz  NOT NULL,
    updated_at             timestamptz  NOT NULL,
    PRIMARY KEY (tenant_id, id),
    CONSTRAINT profiles_code_key UNIQUE (tenant_id, code),
    CONSTRAINT profiles_delivery_needs_customer CHECK (mode <> 'DELIVERY' OR customer_required),
    CONSTRAINT profiles_default_is_active CHECK (active OR NOT tenant_default)
);

-- At most one default profile per tenant: the fallback of /resolve.
CREATE UNIQUE INDEX profiles_tenant_default_key ON profiles (tenant_id) WHERE tenant_default;

-- Mirror of each customer's extensions["order-profiles"].defaultProfileId, kept in step by the
-- plugin's customer hooks, to count and find the customers using a profile. The foreign key makes
-- it impossible to delete a profile some customer still points to, even under concurrent writes.
CREATE TABLE customer_defaults (
    tenant_id   uuid NOT NULL,
    customer_id uuid NOT NULL,
    profile_id  uuid NOT NULL,
    PRIMARY KEY (tenant_id, customer_id),
    CONSTRAINT customer_defaults_profile_fkey FOREIGN KEY (tenant_id, profile_id) REFERENCES profiles (tenant_id, id)
);

CREATE INDEX customer_defaults_by_profile ON customer_defaults (tenant_id, profile_id, customer_id);
