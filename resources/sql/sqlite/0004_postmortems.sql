-- Warroom schema 4 (SQLite): postmortems, one per incident (docs/postmortems.md).
-- Times are INTEGER milliseconds since the Unix epoch, UTC. The list-valued parts (five whys,
-- narrative timeline, role history, linked action items, ticked checklist items) are JSON
-- arrays in TEXT columns: the document is saved and versioned as a whole.

CREATE TABLE postmortems (
    id TEXT PRIMARY KEY,
    incident_id TEXT NOT NULL UNIQUE REFERENCES incidents (id) ON DELETE CASCADE,
    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'in_review', 'published')),
    summary TEXT NOT NULL DEFAULT '',
    impact TEXT NOT NULL DEFAULT '',
    detection TEXT NOT NULL DEFAULT '',
    root_causes TEXT NOT NULL DEFAULT '',
    contributing_factors TEXT NOT NULL DEFAULT '',
    went_well TEXT NOT NULL DEFAULT '',
    went_badly TEXT NOT NULL DEFAULT '',
    lucky TEXT NOT NULL DEFAULT '',
    lessons TEXT NOT NULL DEFAULT '',
    five_whys TEXT NOT NULL DEFAULT '[]',
    narrative TEXT NOT NULL DEFAULT '[]',
    roles TEXT NOT NULL DEFAULT '[]',
    action_item_ids TEXT NOT NULL DEFAULT '[]',
    checklist TEXT NOT NULL DEFAULT '[]',
    created_at INTEGER NOT NULL,
    created_by TEXT NOT NULL,
    updated_at INTEGER NOT NULL,
    updated_by TEXT NOT NULL,
    published_at INTEGER,
    version INTEGER NOT NULL DEFAULT 1
);

CREATE TRIGGER postmortems_changes_insert AFTER INSERT ON postmortems BEGIN
    INSERT INTO changes (table_name, row_id, incident_id, op, actor, changed_at)
    VALUES ('postmortems', NEW.id, NEW.incident_id, 'insert', (SELECT actor FROM change_actor),
            CAST(ROUND((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER));
END;
CREATE TRIGGER postmortems_changes_update AFTER UPDATE ON postmortems BEGIN
    INSERT INTO changes (table_name, row_id, incident_id, op, actor, changed_at)
    VALUES ('postmortems', NEW.id, NEW.incident_id, 'update', (SELECT actor FROM change_actor),
            CAST(ROUND((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER));
END;
CREATE TRIGGER postmortems_changes_delete AFTER DELETE ON postmortems BEGIN
    INSERT INTO changes (table_name, row_id, incident_id, op, actor, changed_at)
    VALUES ('postmortems', OLD.id, OLD.incident_id, 'delete', (SELECT actor FROM change_actor),
            CAST(ROUND((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER));
END;
