-- Warroom schema 2 (SQLite): people, roles and hand-offs, action items, timeline revisions.
-- Times are INTEGER milliseconds since the Unix epoch, UTC.

CREATE TABLE people (
    id TEXT PRIMARY KEY,
    handle TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL DEFAULT '',
    team TEXT NOT NULL DEFAULT '',
    contact TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE role_assignments (
    id TEXT PRIMARY KEY,
    incident_id TEXT NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('commander', 'scribe', 'communications', 'operations', 'planning',
                                       'customer-liaison', 'executive', 'sme')),
    holder TEXT NOT NULL,
    started_at INTEGER NOT NULL,
    ended_at INTEGER,
    assigned_by TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX role_assignments_incident ON role_assignments (incident_id, started_at);
-- One current holder per single-holder role; one current span per person as subject-matter expert.
CREATE UNIQUE INDEX role_assignments_current ON role_assignments (incident_id, role)
    WHERE ended_at IS NULL AND role <> 'sme';
CREATE UNIQUE INDEX role_assignments_current_sme ON role_assignments (incident_id, holder)
    WHERE ended_at IS NULL AND role = 'sme';

CREATE TABLE hand_offs (
    id TEXT PRIMARY KEY,
    incident_id TEXT NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    from_holder TEXT NOT NULL,
    to_holder TEXT NOT NULL,
    objectives TEXT NOT NULL DEFAULT '',
    open_action_items TEXT NOT NULL DEFAULT '',
    next_update_due INTEGER,
    notes TEXT NOT NULL DEFAULT '',
    requested_at INTEGER NOT NULL,
    requested_by TEXT NOT NULL,
    accepted_at INTEGER,
    cancelled_at INTEGER,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX hand_offs_incident ON hand_offs (incident_id);

CREATE TABLE action_items (
    id TEXT PRIMARY KEY,
    incident_id TEXT NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    owner TEXT,
    priority TEXT NOT NULL CHECK (priority IN ('high', 'medium', 'low')),
    due_at INTEGER,
    state TEXT NOT NULL CHECK (state IN ('open', 'in_progress', 'done', 'cancelled')),
    created_at INTEGER NOT NULL,
    created_by TEXT NOT NULL,
    source_entry_id TEXT,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX action_items_incident ON action_items (incident_id);
CREATE INDEX action_items_owner ON action_items (owner, state);

CREATE TABLE timeline_revisions (
    entry_id TEXT NOT NULL REFERENCES timeline_entries (id) ON DELETE CASCADE,
    revision INTEGER NOT NULL,
    editor TEXT NOT NULL,
    edited_at INTEGER NOT NULL,
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    occurred_at INTEGER NOT NULL,
    pinned INTEGER NOT NULL,
    is_public INTEGER NOT NULL,
    deleted INTEGER NOT NULL,
    PRIMARY KEY (entry_id, revision)
);
