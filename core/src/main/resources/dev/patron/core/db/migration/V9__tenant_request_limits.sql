-- The host admin's override of a restaurant's request rate limits (requests per minute, for the
-- restaurant and for each of its API keys); NULL where the host's default applies.
ALTER TABLE tenants
    ADD COLUMN requests_per_minute     int CHECK (requests_per_minute > 0),
    ADD COLUMN key_requests_per_minute int CHECK (key_requests_per_minute > 0);
