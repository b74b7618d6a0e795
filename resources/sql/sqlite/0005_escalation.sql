-- Warroom schema 5 (SQLite): escalation policies and the pages sent under them
-- (docs/escalation.md). Times are INTEGER milliseconds since the Unix epoch, UTC; delays and
-- intervals are seconds.

CREATE TABLE escalation_policies (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    repeat_count INTEGER NOT NULL DEFAULT 0 CHECK (repeat_count >= 0),
    repeat_interval_s INTEGER NOT NULL DEFAULT 0 CHECK (repeat_interval_s >= 0),
    min_severity INTEGER NOT NULL DEFAULT 0 CHECK (min_severity >= 0),
    service TEXT NOT NULL DEFAULT '',
    is_default INTEGER NOT NULL DEFAULT 0,
    version INTEGER NOT NULL DEFAULT 1
);
-- At most one default policy.
CREATE UNIQUE INDEX escalation_policies_default ON escalation_policies (is_default) WHERE is_default = 1;

CREATE TABLE escalation_steps (
    policy_id TEXT NOT NULL REFERENCES escalation_policies (id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 0),
    delay_s INTEGER NOT NULL CHECK (delay_s >= 0),
    target_kind TEXT NOT NULL CHECK (target_kind IN ('person', 'role', 'webhook')),
    target TEXT NOT NULL,
    PRIMARY KEY (policy_id, position)
);

-- One row per notification sent. The unique key (incident, step, round) is what makes a
-- page happen at most once, whoever evaluates and however often.
CREATE TABLE escalation_pages (
    id TEXT PRIMARY KEY,
    incident_id TEXT NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    policy_id TEXT NOT NULL,
    policy_name TEXT NOT NULL,
    step_index INTEGER NOT NULL CHECK (step_index >= 0),
    round INTEGER NOT NULL CHECK (round >= 0),
    target_kind TEXT NOT NULL CHECK (target_kind IN ('person', 'role', 'webhook')),
    target TEXT NOT NULL,
    recipient TEXT NOT NULL DEFAULT '',
    due_at INTEGER NOT NULL,
    sent_at INTEGER NOT NULL,
    delivery TEXT NOT NULL DEFAULT 'recorded' CHECK (delivery IN ('recorded', 'pending', 'delivered', 'failed')),
    delivery_detail TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (incident_id, step_index, round)
);
CREATE INDEX escalation_pages_recipient ON escalation_pages (recipient, sent_at);

-- The end of an incident's escalation (acknowledged, or no longer open), written once.
CREATE TABLE escalation_stops (
    id TEXT PRIMARY KEY,
    incident_id TEXT NOT NULL UNIQUE REFERENCES incidents (id) ON DELETE CASCADE,
    stopped_at INTEGER NOT NULL,
    cancelled_count INTEGER NOT NULL DEFAULT 0,
    version INTEGER NOT NULL DEFAULT 1
);

CREATE TRIGGER escalation_pages_changes_insert AFTER INSERT ON escalation_pages BEGIN
    INSERT INTO changes (table_name, row_id, incident_id, op, actor, changed_at)
    VALUES ('escalation_pages', NEW.id, NEW.incident_id, 'insert', (SELECT actor FROM change_actor),
            CAST(ROUND((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER));
END;
CREATE TRIGGER escalation_pages_changes_update AFTER UPDATE ON escalation_pages BEGIN
    INSERT INTO changes (table_name, row_id, incident_id, op, actor, changed_at)
    VALUES ('escalation_pages', NEW.id, NEW.incident_id, 'update', (SELECT actor FROM change_actor),
            CAST(ROUND((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER));
END;
CREATE TRIGGER escalation_pages_changes_delete AFTER DELETE ON escalation_pages BEGIN
    INSERT INTO changes (table_name, row_id, incident_id, op, actor, changed_at)
    VALUES ('escalation_pages', OLD.id, OLD.incident_id, 'delete', (SELECT actor FROM change_actor),
            CAST(ROUND((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER));
END;
CREATE TRIGGER escalation_stops_changes_insert AFTER INSERT ON escalation_stops BEGIN
    INSERT INTO changes (table_name, row_id, incident_id, op, actor, changed_at)
    VALUES ('escalation_stops', NEW.id, NEW.incident_id, 'insert', (SELECT actor FROM change_actor),
            CAST(ROUND((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER));
END;
CREATE TRIGGER escalation_stops_changes_delete AFTER DELETE ON escalation_stops BEGIN
    INSERT INTO changes (table_name, row_id, incident_id, op, actor, changed_at)
    VALUES ('escalation_stops', OLD.id, OLD.incident_id, 'delete', (SELECT actor FROM change_actor),
            CAST(ROUND((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER));
END;
