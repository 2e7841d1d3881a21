-- Runs in the plugin's own schema (webhooks); runtime queries name it explicitly.
-- Every primary key leads with tenant_id: one restaurant never sees another's rows.

-- A restaurant's receiver. The signing secret must be readable to sign with, so it is sealed
-- (AES-256-GCM under the plugin's host-derived key), never stored in the clear. During a rotation
-- the previous secret signs too, until previous_secret_expires_at.
CREATE TABLE endpoints (
    tenant_id                  uuid        NOT NULL,
    id                         uuid        NOT NULL,
    url                        text        NOT NULL,
    description                text,
    event_types                text[]      NOT NULL,
    enabled                    boolean     NOT NULL,
    disabled_reason            text,
    disabled_at                timestamptz,
    -- the failure streak: since when, how many attempts in a row, and when the next may go. A
    -- failing endpoint gets one attempt at a time, paced by its own backoff, not a burst per event.
    failing_since              timestamptz,
    consecutive_failures       integer     NOT NULL DEFAULT 0,
    retry_at                   timestamptz,
    secret_sealed              text        NOT NULL,
    previous_secret_sealed     text,
    previous_secret_expires_at timestamptz,
    version                    bigint      NOT NULL,
    created_at                 timestamptz NOT NULL,
    updated_at                 timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, id)
);

CREATE INDEX endpoints_by_created ON endpoints (tenant_id, created_at, id);

-- One event for one endpoint, queued once (in the host's delivery transaction, which runs once per
-- event): its webhook-id is id, the same on every attempt and replay. seq is
-- the queue order; per (endpoint, subject) a delivery waits while an earlier one is pending.
-- payload is the body as sent, byte for byte on every attempt; archiving a customer erases it.
CREATE TABLE deliveries (
    tenant_id       uuid        NOT NULL,
    id              uuid        NOT NULL,
    endpoint_id     uuid        NOT NULL,
    seq             bigint      GENERATED ALWAYS AS IDENTITY,
    event_id        uuid        NOT NULL,
    event_type      text        NOT NULL,
    subject_id      uuid        NOT NULL,
    payload         text        NOT NULL,
    state           text        NOT NULL CHECK (state IN ('PENDING', 'SUCCEEDED', 'FAILED')),
    attempts        integer     NOT NULL DEFAULT 0,
    -- attempts made before the last replay: the retry budget counts from there
    replayed_after  integer     NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL,
    leased_until    timestamptz,
    last_status     integer,
    last_error      text,
    created_at      timestamptz NOT NULL,
    finished_at     timestamptz,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, endpoint_id) REFERENCES endpoints ON DELETE CASCADE
);

-- A queue: rows come and go fast. Vacuum and analyze it long before the defaults would (20 % of
-- the table changed), so dead rows do not pile up in its indexes and plans see its real size.
ALTER TABLE deliveries SET (autovacuum_vacuum_scale_factor = 0.01, autovacuum_analyze_scale_factor = 0.01);

-- The sender's claims: one endpoint's due deliveries, oldest first. A disabled endpoint's waiting
-- deliveries are due at 'infinity' and a paced one's at its next attempt, so they stay out of it.
CREATE INDEX deliveries_endpoint_due ON deliveries (tenant_id, endpoint_id, next_attempt_at) WHERE state = 'PENDING';
-- Which endpoints have due deliveries, across restaurants (the sender's poll).
CREATE INDEX deliveries_due ON deliveries (next_attempt_at) WHERE state = 'PENDING';
-- What is in flight, per endpoint (its concurrency cap).
CREATE INDEX deliveries_leased ON deliveries (tenant_id, endpoint_id) WHERE state = 'PENDING' AND leased_until IS NOT NULL;
-- "Is an earlier delivery of this subject still pending?"
CREATE INDEX deliveries_pending_subject ON deliveries (tenant_id, endpoint_id, subject_id, seq) WHERE state = 'PENDING';
-- The delivery log, newest first, and archive's erasure.
CREATE INDEX deliveries_log ON deliveries (tenant_id, endpoint_id, created_at DESC, id DESC);
CREATE INDEX deliveries_by_subject ON deliveries (tenant_id, subject_id);
-- Every index here is written on every change of state (the partial ones make no update HOT), so
-- there are no more than the queue needs: retention's hourly sweep reads the table instead.

-- Every attempt: when, the HTTP status (null when none came), how long, and the start of the
-- receiver's answer.
CREATE TABLE attempts (
    tenant_id        uuid        NOT NULL,
    delivery_id      uuid        NOT NULL,
    attempt          integer     NOT NULL,
    attempted_at     timestamptz NOT NULL,
    status           integer,
    latency_ms       integer     NOT NULL,
    outcome          text        NOT NULL CHECK (outcome IN ('SUCCEEDED', 'RETRYING', 'FAILED')),
    error            text,
    response_excerpt text,
    PRIMARY KEY (tenant_id, delivery_id, attempt),
    FOREIGN KEY (tenant_id, delivery_id) REFERENCES deliveries ON DELETE CASCADE
);
