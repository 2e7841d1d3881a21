-- Plugins record events of their own in the outbox, beside the customer events: types
-- '<pluginId>.<name>' (e.g. 'gift-cards.activity.recorded'), each about a subject — the customer for
-- customer events, a card, an invoice ... for plugin events. Delivery to a plugin is ordered per
-- subject, so what was the customer becomes the subject, with the rows kept as they are.
ALTER TABLE outbox_events RENAME COLUMN customer_id TO subject_id;
ALTER INDEX outbox_events_by_customer RENAME TO outbox_events_by_subject;

ALTER TABLE plugin_deliveries RENAME COLUMN customer_id TO subject_id;
ALTER INDEX plugin_deliveries_by_customer RENAME TO plugin_deliveries_by_subject;

-- GET /api/v1/events?type=...: one tenant's events of one type, in position order.
CREATE INDEX outbox_events_by_tenant_type_position ON outbox_events (tenant_id, type, tx_id, seq);
