-- Event dispatch is partitioned by tenant, so several server instances share a plugin's delivery
-- work: each plugin reads the outbox in 8 partitions, each with its own cursor (and, in the
-- server, its own advisory lock). All of a tenant's events fall in one partition, so they keep
-- their order. The partition is the low bits of the tenant's random id: cheap, and the same in SQL
-- and in Java (DispatchPartitions).
CREATE FUNCTION dispatch_partition(tenant uuid) RETURNS smallint
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN (get_byte(uuid_send(tenant), 15) % 8)::smallint;

ALTER TABLE outbox_events
    ADD COLUMN dispatch_partition smallint NOT NULL GENERATED ALWAYS AS (dispatch_partition(tenant_id)) STORED;
-- One partition's events after its cursor, in position order: each partition's scan reads only its own.
CREATE INDEX outbox_events_by_partition_position ON outbox_events (dispatch_partition, tx_id, seq);

-- Each plugin's one cursor becomes one per partition, all where it was: nothing is delivered twice
-- or skipped by the change.
ALTER TABLE plugin_cursors DROP CONSTRAINT plugin_cursors_pkey;
ALTER TABLE plugin_cursors ADD COLUMN dispatch_partition smallint;
INSERT INTO plugin_cursors (plugin_id, dispatch_partition, tx_id, seq, updated_at)
    SELECT c.plugin_id, p, c.tx_id, c.seq, c.updated_at FROM plugin_cursors c, generate_series(0, 7) p;
DELETE FROM plugin_cursors WHERE dispatch_partition IS NULL;
ALTER TABLE plugin_cursors ALTER COLUMN dispatch_partition SET NOT NULL;
ALTER TABLE plugin_cursors ADD PRIMARY KEY (plugin_id, dispatch_partition);
