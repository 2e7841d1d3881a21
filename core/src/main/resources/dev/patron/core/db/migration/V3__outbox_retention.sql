-- Old events are purged after the retention period (once every plugin has taken them).
CREATE INDEX outbox_events_by_occurred ON outbox_events (occurred_at);
