-- Warroom schema 6 (SQLite): alert intake (warroomd). One row per alert group that opened an
-- incident, and one per alert seen in that group. Times are INTEGER milliseconds since the
-- Unix epoch, UTC. Labels and annotations are JSON objects as text.

CREATE TABLE alert_groups (
    id TEXT PRIMARY KEY,
    source TEXT NOT NULL,                -- 'alertmanager', 'grafana', 'generic'
    group_key TEXT NOT NULL,
    incident_id TEXT NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    opened_at INTEGER NOT NULL,
    last_delivery_at INTEGER NOT NULL,
    deliveries INTEGER NOT NULL DEFAULT 1,
    resolved_at INTEGER,                 -- every alert of the group has resolved
    closed_at INTEGER,                   -- the incident ended: the next firing opens a new one
    version INTEGER NOT NULL DEFAULT 1
);
-- At most one group per key still attached to an open incident.
CREATE UNIQUE INDEX alert_groups_open ON alert_groups (source, group_key) WHERE closed_at IS NULL;
CREATE INDEX alert_groups_incident ON alert_groups (incident_id);

CREATE TABLE alert_group_alerts (
    id TEXT PRIMARY KEY,
    alert_group_id TEXT NOT NULL REFERENCES alert_groups (id) ON DELETE CASCADE,
    fingerprint TEXT NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL CHECK (state IN ('firing', 'resolved')),
    labels TEXT NOT NULL DEFAULT '{}',
    annotations TEXT NOT NULL DEFAULT '{}',
    starts_at INTEGER,
    ends_at INTEGER,
    first_seen_at INTEGER NOT NULL,
    last_seen_at INTEGER NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (alert_group_id, fingerprint)
);
