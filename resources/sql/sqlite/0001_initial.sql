-- Warroom schema 1 (SQLite). Times are INTEGER milliseconds since the Unix epoch, UTC.
-- Ids are client-generated UUIDs (text, no braces). Mutable rows carry `version`.

CREATE TABLE services (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE incidents (
    id TEXT PRIMARY KEY,
    number INTEGER NOT NULL UNIQUE CHECK (number > 0),
    title TEXT NOT NULL,
    summary TEXT NOT NULL DEFAULT '',
    severity INTEGER NOT NULL CHECK (severity >= 1),
    status TEXT NOT NULL CHECK (status IN ('triggered', 'acknowledged', 'investigating', 'identified',
                                           'mitigated', 'resolved', 'postmortem', 'closed')),
    commander TEXT,
    started_at INTEGER,
    detected_at INTEGER,
    declared_at INTEGER,
    acknowledged_at INTEGER,
    identified_at INTEGER,
    mitigated_at INTEGER,
    resolved_at INTEGER,
    closed_at INTEGER,
    source TEXT,
    source_id TEXT,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (source, source_id)
);
CREATE INDEX incidents_started_at ON incidents (started_at);
CREATE INDEX incidents_status ON incidents (status);

CREATE TABLE incident_services (
    incident_id TEXT NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    service_id TEXT NOT NULL REFERENCES services (id),
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (incident_id, service_id)
);
CREATE INDEX incident_services_service ON incident_services (service_id);

CREATE TABLE timeline_entries (
    id TEXT PRIMARY KEY,
    incident_id TEXT NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    occurred_at INTEGER NOT NULL,
    recorded_at INTEGER NOT NULL,
    author TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('note', 'decision', 'action', 'status_change', 'stakeholder_update',
                                       'alert', 'hand_off')),
    text TEXT NOT NULL,
    pinned INTEGER NOT NULL DEFAULT 0,
    is_public INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0,
    source_id TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (incident_id, source_id)
);
CREATE INDEX timeline_entries_incident ON timeline_entries (incident_id, occurred_at);
