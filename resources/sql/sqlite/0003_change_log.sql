-- Warroom schema 3 (SQLite): the change log, as on PostgreSQL (docs/sync.md). Written by the
-- triggers below; SQLite serialises writers, so sequence numbers appear in commit order.
-- The actor comes from the one-row table change_actor, which a transaction of the
-- application sets to the acting person's handle and clears again before it commits
-- (Database::setActor); a change made outside such a transaction records ''.
-- changed_at is INTEGER milliseconds since the Unix epoch, UTC, like every time here.

CREATE TABLE changes (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    table_name TEXT NOT NULL,
    row_id TEXT NOT NULL,
    incident_id TEXT,
    op TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete')),
    actor TEXT NOT NULL DEFAULT '',
    db_user TEXT NOT NULL DEFAULT '',
    changed_at INTEGER NOT NULL
);
CREATE INDEX changes_incident ON changes (incident_id, seq);

CREATE TABLE change_actor (
    actor TEXT NOT NULL
);
INSERT INTO change_actor (actor) VALUES ('');

CREATE TRIGGER incidents_changes_insert AFTER INSERT ON incidents BEGIN
    INSERT INTO changes (table_name, row_id, incident_id, op, actor, changed_at)
    VALUES ('incidents', NEW.id, NEW.id, 'insert', (SELECT actor FROM change_actor),
            CAST(ROUND((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER));
END;
CREATE TRIGGER incidents_changes_update AFTER UPDATE ON incidents BEGIN
    INSERT INTO changes (table_name, row_id, incident_id, op, actor, changed_at)
    VALUES ('incidents', NEW.id, NEW.id, 'update', (SELECT actor FROM change_actor),
            CAST(ROUND((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER));
END;
CREATE TRIGGER incidents_changes_delete AFTER DELETE ON incidents BEGIN
    INSERT INTO changes (table_name, row_id, incident_id, op, actor, changed_at)
    VALUES ('incidents', OLD.id, OLD.id, 'delete', (SELECT actor FROM change_actor),
            CAST(ROUND((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER));
END;
CREATE TRIGGER timeline_entries_changes_insert AFTER INSERT ON timeline_entries BEGIN
    INSERT INTO changes (table_name, row_id, incident_id, op, actor, changed_at)
    VALUES ('timeline_entries', NEW.id, NEW.incident_id, 'insert', (SELECT actor FROM change_actor),
            CAST(ROUND((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER));
END;
CREATE TRIGGER timeline_entries_changes_update AFTER UPDATE ON timeline_entries BEGIN
    INSERT INTO changes (table_name, row_id, incident_id, op, actor, changed_at)
    VALUES ('timeline_entries', NEW.id, NEW.incident_id, 'update', (SELECT actor FROM change_actor),
            CAST(ROUND((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER));
END;
CREATE TRIGGER timeline_entries_changes_delete AFTER DELETE ON timeline_entries BEGIN
    INSERT INTO changes (table_name, row_id, incident_id, op, actor, changed_at)
    VALUES ('timeline_entries', OLD.id, OLD.incident_id, 'delete', (SELECT actor FROM change_actor),
            CAST(ROUND((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER));
END;
CREATE TRIGGER role_assignments_changes_insert AFTER INSERT ON role_assignments BEGIN
    INSERT INTO changes (table_name, row_id, incident_id, op, actor, changed_at)
    VALUES ('role_assignments', NEW.id, NEW.incident_id, 'insert', (SELECT actor FROM change_actor),
            CAST(ROUND((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER));
END;
CREATE TRIGGER role_assignments_changes_update AFTER UPDATE ON role_assignments BEGIN
    INSERT INTO changes (table_name, row_id, incident_id, op, actor, changed_at)
    VALUES ('role_assignments', NEW.id, NEW.incident_id, 'update', (SELECT actor FROM change_actor),
            CAST(ROUND((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER));
END;
CREATE TRIGGER role_assignments_changes_delete AFTER DELETE ON role_assignments BEGIN
    INSERT INTO changes (table_name, row_id, incident_id, op, actor, changed_at)
    VALUES ('role_assignments', OLD.id, OLD.incident_id, 'delete', (SELECT actor FROM change_actor),
            CAST(ROUND((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER));
END;
CREATE TRIGGER hand_offs_changes_insert AFTER INSERT ON hand_offs BEGIN
    INSERT INTO changes (table_name, row_id, incident_id, op, actor, changed_at)
    VALUES ('hand_offs', NEW.id, NEW.incident_id, 'insert', (SELECT actor FROM change_actor),
            CAST(ROUND((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER));
END;
CREATE TRIGGER hand_offs_changes_update AFTER UPDATE ON hand_offs BEGIN
    INSERT INTO changes (table_name, row_id, incident_id, op, actor, changed_at)
    VALUES ('hand_offs', NEW.id, NEW.incident_id, 'update', (SELECT actor FROM change_actor),
            CAST(ROUND((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER));
END;
CREATE TRIGGER hand_offs_changes_delete AFTER DELETE ON hand_offs BEGIN
    INSERT INTO changes (table_name, row_id, incident_id, op, actor, changed_at)
    VALUES ('hand_offs', OLD.id, OLD.incident_id, 'delete', (SELECT actor FROM change_actor),
            CAST(ROUND((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER));
END;
CREATE TRIGGER action_items_changes_insert AFTER INSERT ON action_items BEGIN
    INSERT INTO changes (table_name, row_id, incident_id, op, actor, changed_at)
    VALUES ('action_items', NEW.id, NEW.incident_id, 'insert', (SELECT actor FROM change_actor),
            CAST(ROUND((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER));
END;
CREATE TRIGGER action_items_changes_update AFTER UPDATE ON action_items BEGIN
    INSERT INTO changes (table_name, row_id, incident_id, op, actor, changed_at)
    VALUES ('action_items', NEW.id, NEW.incident_id, 'update', (SELECT actor FROM change_actor),
            CAST(ROUND((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER));
END;
CREATE TRIGGER action_items_changes_delete AFTER DELETE ON action_items BEGIN
    INSERT INTO changes (table_name, row_id, incident_id, op, actor, changed_at)
    VALUES ('action_items', OLD.id, OLD.incident_id, 'delete', (SELECT actor FROM change_actor),
            CAST(ROUND((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER));
END;
CREATE TRIGGER people_changes_insert AFTER INSERT ON people BEGIN
    INSERT INTO changes (table_name, row_id, incident_id, op, actor, changed_at)
    VALUES ('people', NEW.id, NULL, 'insert', (SELECT actor FROM change_actor),
            CAST(ROUND((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER));
END;
CREATE TRIGGER people_changes_update AFTER UPDATE ON people BEGIN
    INSERT INTO changes (table_name, row_id, incident_id, op, actor, changed_at)
    VALUES ('people', NEW.id, NULL, 'update', (SELECT actor FROM change_actor),
            CAST(ROUND((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER));
END;
CREATE TRIGGER people_changes_delete AFTER DELETE ON people BEGIN
    INSERT INTO changes (table_name, row_id, incident_id, op, actor, changed_at)
    VALUES ('people', OLD.id, NULL, 'delete', (SELECT actor FROM change_actor),
            CAST(ROUND((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER));
END;
