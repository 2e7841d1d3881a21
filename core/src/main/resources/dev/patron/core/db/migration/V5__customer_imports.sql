-- The customer import's jobs (POST /api/v1/customers/imports): the tables of the kit's job
-- machinery (dev.patron.kit.jobs), copied from JobTables("patron", "customer_import_").ddl() as
-- below, so a test can hold the two to each other (CustomerImportTablesTest).

-- The tables of dev.patron.kit.jobs for one kind of job, as JobTables.ddl() writes them with the
-- user's table prefix filled in. Copy that text into your own migration: Flyway runs it in your
-- schema, so the names stay unqualified. Every key leads with tenant_id.

-- A job: its state, its file's size, how far it got (rows_read: the rows settled by committed
-- batches, the cursor it resumes from), and who runs it (lease_token until lease_until; a lapsed
-- lease may be claimed by any instance). outcomes counts rows by the user's labels ("recorded",
-- "unchanged", ...); rows_rejected counts those with errors, each in the rejections table.
CREATE TABLE customer_import_jobs (
    tenant_id         uuid        NOT NULL,
    id                uuid        NOT NULL,
    format            text        NOT NULL,
    options           jsonb       NOT NULL,
    state             text        NOT NULL CHECK (state IN ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED')),
    cancel_requested  boolean     NOT NULL DEFAULT false,
    file_bytes        bigint      NOT NULL,
    file_chunks       int         NOT NULL,
    rows_total        bigint      NOT NULL,
    rows_read         bigint      NOT NULL DEFAULT 0,
    rows_rejected     bigint      NOT NULL DEFAULT 0,
    outcomes          jsonb       NOT NULL DEFAULT '{}',
    attempts          int         NOT NULL DEFAULT 0,
    lease_token       uuid,
    lease_until       timestamptz,
    run_started_at    timestamptz,
    run_started_rows  bigint,
    error             text,
    created_at        timestamptz NOT NULL,
    started_at        timestamptz,
    updated_at        timestamptz NOT NULL,
    finished_at       timestamptz,
    PRIMARY KEY (tenant_id, id),
    CHECK (rows_read BETWEEN 0 AND rows_total),
    CHECK (rows_rejected BETWEEN 0 AND rows_read)
);

-- A restaurant's jobs, newest first.
CREATE INDEX customer_import_jobs_by_created ON customer_import_jobs (tenant_id, created_at DESC, id DESC);
-- The queue the workers claim from, oldest first, across restaurants: a background worker serves
-- them all, as event delivery does. Only unfinished jobs are in it.
CREATE INDEX customer_import_jobs_waiting ON customer_import_jobs (created_at, id) WHERE state IN ('QUEUED', 'RUNNING');

-- The uploaded file, in chunks, until the job finishes. Stored uncompressed (EXTERNAL): a chunk is
-- written once and read once, and compressing it would only cost the upload time.
CREATE TABLE customer_import_job_chunks (
    tenant_id  uuid  NOT NULL,
    job_id     uuid  NOT NULL,
    chunk      int   NOT NULL CHECK (chunk >= 0),
    data       bytea NOT NULL,
    PRIMARY KEY (tenant_id, job_id, chunk),
    FOREIGN KEY (tenant_id, job_id) REFERENCES customer_import_jobs (tenant_id, id) ON DELETE CASCADE
);
ALTER TABLE customer_import_job_chunks ALTER COLUMN data SET STORAGE EXTERNAL;

-- Each rejected row: its number in the file (1 for the first row of data), the row as it was
-- (as the user keeps it, e.g. the line, or the fields as a JSON array), and its errors
-- ([{"field", "message"}]). Written in the transaction of the row's batch, so exactly once.
CREATE TABLE customer_import_job_rejections (
    tenant_id   uuid   NOT NULL,
    job_id      uuid   NOT NULL,
    row_number  bigint NOT NULL CHECK (row_number > 0),
    original    text   NOT NULL,
    errors      jsonb  NOT NULL,
    PRIMARY KEY (tenant_id, job_id, row_number),
    FOREIGN KEY (tenant_id, job_id) REFERENCES customer_import_jobs (tenant_id, id) ON DELETE CASCADE
);
