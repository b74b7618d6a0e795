-- Warroom schema 2 (PostgreSQL): people, roles and hand-offs, action items, timeline revisions.
-- Times are timestamptz (UTC).

CREATE TABLE people (
    id uuid PRIMARY KEY,
    handle text NOT NULL UNIQUE,
    name text NOT NULL DEFAULT '',
    team text NOT NULL DEFAULT '',
    contact text NOT NULL DEFAULT '',
    version integer NOT NULL DEFAULT 1
);

CREATE TABLE role_assignments (
    id uuid PRIMARY KEY,
    incident_id uuid NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    role text NOT NULL CHECK (role IN ('commander', 'scribe', 'communications', 'operations', 'planning',
                                       'customer-liaison', 'executive', 'sme')),
    holder text NOT NULL,
    started_at timestamptz NOT NULL,
    ended_at timestamptz,
    assigned_by text NOT NULL,
    version integer NOT NULL DEFAULT 1
);
CREATE INDEX role_assignments_incident ON role_assignments (incident_id, started_at);
-- One current holder per single-holder role; one current span per person as subject-matter expert.
CREATE UNIQUE INDEX role_assignments_current ON role_assignments (incident_id, role)
    WHERE ended_at IS NULL AND role <> 'sme';
CREATE UNIQUE INDEX role_assignments_current_sme ON role_assignments (incident_id, holder)
    WHERE ended_at IS NULL AND role = 'sme';

CREATE TABLE hand_offs (
    id uuid PRIMARY KEY,
    incident_id uuid NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    role text NOT NULL,
    from_holder text NOT NULL,
    to_holder text NOT NULL,
    objectives text NOT NULL DEFAULT '',
    open_action_items text NOT NULL DEFAULT '',
    next_update_due timestamptz,
    notes text NOT NULL DEFAULT '',
    requested_at timestamptz NOT NULL,
    requested_by text NOT NULL,
    accepted_at timestamptz,
    cancelled_at timestamptz,
    version integer NOT NULL DEFAULT 1
);
CREATE INDEX hand_offs_incident ON hand_offs (incident_id);

CREATE TABLE action_items (
    id uuid PRIMARY KEY,
    incident_id uuid NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    text text NOT NULL,
    owner text,
    priority text NOT NULL CHECK (priority IN ('high', 'medium', 'low')),
    due_at timestamptz,
    state text NOT NULL CHECK (state IN ('open', 'in_progress', 'done', 'cancelled')),
    created_at timestamptz NOT NULL,
    created_by text NOT NULL,
    source_entry_id uuid,
    version integer NOT NULL DEFAULT 1
);
CREATE INDEX action_items_incident ON action_items (incident_id);
CREATE INDEX action_items_owner ON action_items (owner, state);

CREATE TABLE timeline_revisions (
    entry_id uuid NOT NULL REFERENCES timeline_entries (id) ON DELETE CASCADE,
    revision integer NOT NULL,
    editor text NOT NULL,
    edited_at timestamptz NOT NULL,
    kind text NOT NULL,
    text text NOT NULL,
    occurred_at timestamptz NOT NULL,
    pinned boolean NOT NULL,
    is_public boolean NOT NULL,
    deleted boolean NOT NULL,
    PRIMARY KEY (entry_id, revision)
);
