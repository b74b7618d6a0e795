-- Warroom schema 1 (PostgreSQL). Times are timestamptz (UTC); ids are client-generated UUIDs.
-- Mutable rows carry `version`.

CREATE TABLE services (
    id uuid PRIMARY KEY,
    name text NOT NULL UNIQUE,
    version integer NOT NULL DEFAULT 1
);

CREATE TABLE incidents (
    id uuid PRIMARY KEY,
    number bigint NOT NULL UNIQUE CHECK (number > 0),
    title text NOT NULL,
    summary text NOT NULL DEFAULT '',
    severity integer NOT NULL CHECK (severity >= 1),
    status text NOT NULL CHECK (status IN ('triggered', 'acknowledged', 'investigating', 'identified',
                                           'mitigated', 'resolved', 'postmortem', 'closed')),
    commander text,
    started_at timestamptz,
    detected_at timestamptz,
    declared_at timestamptz,
    acknowledged_at timestamptz,
    identified_at timestamptz,
    mitigated_at timestamptz,
    resolved_at timestamptz,
    closed_at timestamptz,
    source text,
    source_id text,
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL,
    version integer NOT NULL DEFAULT 1,
    UNIQUE (source, source_id)
);
CREATE INDEX incidents_started_at ON incidents (started_at);
CREATE INDEX incidents_status ON incidents (status);

CREATE TABLE incident_services (
    incident_id uuid NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    service_id uuid NOT NULL REFERENCES services (id),
    position integer NOT NULL DEFAULT 0,
    PRIMARY KEY (incident_id, service_id)
);
CREATE INDEX incident_services_service ON incident_services (service_id);

CREATE TABLE timeline_entries (
    id uuid PRIMARY KEY,
    incident_id uuid NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    occurred_at timestamptz NOT NULL,
    recorded_at timestamptz NOT NULL,
    author text NOT NULL,
    kind text NOT NULL CHECK (kind IN ('note', 'decision', 'action', 'status_change', 'stakeholder_update',
                                       'alert', 'hand_off')),
    text text NOT NULL,
    pinned boolean NOT NULL DEFAULT false,
    is_public boolean NOT NULL DEFAULT false,
    deleted boolean NOT NULL DEFAULT false,
    source_id text,
    version integer NOT NULL DEFAULT 1,
    UNIQUE (incident_id, source_id)
);
CREATE INDEX timeline_entries_incident ON timeline_entries (incident_id, occurred_at);
