-- People: a restaurant's staff users, their one-time links (invitations, password resets), their
-- server-side sessions (and the admin's), and the throttle on failed sign-ins. Events record who
-- made each change.

-- A short name people type to sign in, instead of the tenant's id.
ALTER TABLE tenants ADD COLUMN slug text;
CREATE UNIQUE INDEX tenants_by_slug ON tenants (slug);

CREATE TABLE staff_users (
    tenant_id       uuid        NOT NULL REFERENCES tenants (id),
    id              uuid        NOT NULL,
    email           text        NOT NULL,    -- as given; unique case-insensitively per tenant
    name            text        NOT NULL,
    language        text        NOT NULL,
    role            text        NOT NULL CHECK (role IN ('OWNER', 'MANAGER', 'STAFF')),
    state           text        NOT NULL CHECK (state IN ('INVITED', 'ACTIVE', 'DISABLED')),
    password_hash   text,                    -- Argon2id, PHC string; null until the invitation is taken
    version         bigint      NOT NULL,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    created_by      text        NOT NULL,    -- the actor, as in outbox_events.actor
    updated_by      text        NOT NULL,
    PRIMARY KEY (tenant_id, id)
);
CREATE UNIQUE INDEX staff_users_by_email ON staff_users (tenant_id, lower(email));

-- One-time links: only the SHA-256 of the 256-bit token is kept. Taking one spends it.
CREATE TABLE staff_links (
    token_hash  bytea       PRIMARY KEY,
    tenant_id   uuid        NOT NULL,
    staff_id    uuid        NOT NULL,
    purpose     text        NOT NULL CHECK (purpose IN ('INVITATION', 'PASSWORD_RESET')),
    created_at  timestamptz NOT NULL,
    expires_at  timestamptz NOT NULL,
    FOREIGN KEY (tenant_id, staff_id) REFERENCES staff_users (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX staff_links_by_staff ON staff_links (tenant_id, staff_id);
CREATE INDEX staff_links_by_expiry ON staff_links (expires_at);

-- Sessions of staff users (tenant_id and staff_id set) and of the host's admin (both null).
-- Only the SHA-256 of the cookie's 256-bit token is kept: a copy of this table signs no one in.
CREATE TABLE sessions (
    token_hash    bytea       PRIMARY KEY,
    tenant_id     uuid,
    staff_id      uuid,
    created_at    timestamptz NOT NULL,
    last_seen_at  timestamptz NOT NULL,
    expires_at    timestamptz NOT NULL,      -- the absolute lifetime's end
    FOREIGN KEY (tenant_id, staff_id) REFERENCES staff_users (tenant_id, id) ON DELETE CASCADE,
    CHECK ((tenant_id IS NULL) = (staff_id IS NULL))
);
CREATE INDEX sessions_by_staff ON sessions (tenant_id, staff_id);
CREATE INDEX sessions_by_expiry ON sessions (expires_at);

-- Failed sign-ins, counted per key (a hash of account and address, of the address, of the
-- account): each key is held back until blocked_until once it has failed too often.
CREATE TABLE sign_in_failures (
    key_hash         bytea       PRIMARY KEY,
    failures         integer     NOT NULL,
    last_failure_at  timestamptz NOT NULL,
    blocked_until    timestamptz
);
CREATE INDEX sign_in_failures_by_last ON sign_in_failures (last_failure_at);

-- Who made the change an event records (staff:<id>, api-key:<id>, admin, plugin:<id>).
ALTER TABLE outbox_events ADD COLUMN actor text;
