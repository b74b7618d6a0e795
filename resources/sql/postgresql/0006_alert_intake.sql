-- Warroom schema 6 (PostgreSQL): alert intake (warroomd). One row per alert group that opened
-- an incident, and one per alert seen in that group. Labels and annotations are JSON objects.
-- The intake serialises its deliveries with the change-log advisory lock (0003), so two
-- deliveries for a new group never open two incidents.

CREATE TABLE alert_groups (
    id uuid PRIMARY KEY,
    source text NOT NULL,                -- 'alertmanager', 'grafana', 'generic'
    group_key text NOT NULL,
    incident_id uuid NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    opened_at timestamptz NOT NULL,
    last_delivery_at timestamptz NOT NULL,
    deliveries integer NOT NULL DEFAULT 1,
    resolved_at timestamptz,             -- every alert of the group has resolved
    closed_at timestamptz,               -- the incident ended: the next firing opens a new one
    version integer NOT NULL DEFAULT 1
);
-- At most one group per key still attached to an open incident.
CREATE UNIQUE INDEX alert_groups_open ON alert_groups (source, group_key) WHERE closed_at IS NULL;
CREATE INDEX alert_groups_incident ON alert_groups (incident_id);

CREATE TABLE alert_group_alerts (
    id uuid PRIMARY KEY,
    alert_group_id uuid NOT NULL REFERENCES alert_groups (id) ON DELETE CASCADE,
    fingerprint text NOT NULL,
    name text NOT NULL DEFAULT '',
    state text NOT NULL CHECK (state IN ('firing', 'resolved')),
    labels text NOT NULL DEFAULT '{}',
    annotations text NOT NULL DEFAULT '{}',
    starts_at timestamptz,
    ends_at timestamptz,
    first_seen_at timestamptz NOT NULL,
    last_seen_at timestamptz NOT NULL,
    version integer NOT NULL DEFAULT 1,
    UNIQUE (alert_group_id, fingerprint)
);
