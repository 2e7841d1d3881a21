-- Runs in the plugin's own schema ("hello"); runtime queries name it explicitly.
CREATE TABLE greetings (
    tenant_id    uuid        NOT NULL,
    customer_id  uuid        NOT NULL,
    first_name   text        NOT NULL,
    greeted_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, customer_id)
);
