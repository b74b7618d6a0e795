-- Warroom schema 4 (PostgreSQL): postmortems, one per incident (docs/postmortems.md).
-- The list-valued parts (five whys, narrative timeline, role history, linked action items,
-- ticked checklist items) are JSON arrays in text columns: the document is saved and
-- versioned as a whole. Changes go to the change log like every other table (0003).

CREATE TABLE postmortems (
    id uuid PRIMARY KEY,
    incident_id uuid NOT NULL UNIQUE REFERENCES incidents (id) ON DELETE CASCADE,
    status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'in_review', 'published')),
    summary text NOT NULL DEFAULT '',
    impact text NOT NULL DEFAULT '',
    detection text NOT NULL DEFAULT '',
    root_causes text NOT NULL DEFAULT '',
    contributing_factors text NOT NULL DEFAULT '',
    went_well text NOT NULL DEFAULT '',
    went_badly text NOT NULL DEFAULT '',
    lucky text NOT NULL DEFAULT '',
    lessons text NOT NULL DEFAULT '',
    five_whys text NOT NULL DEFAULT '[]',
    narrative text NOT NULL DEFAULT '[]',
    roles text NOT NULL DEFAULT '[]',
    action_item_ids text NOT NULL DEFAULT '[]',
    checklist text NOT NULL DEFAULT '[]',
    created_at timestamptz NOT NULL,
    created_by text NOT NULL,
    updated_at timestamptz NOT NULL,
    updated_by text NOT NULL,
    published_at timestamptz,
    version integer NOT NULL DEFAULT 1
);

CREATE TRIGGER postmortems_changes_lock BEFORE INSERT OR UPDATE OR DELETE ON postmortems FOR EACH STATEMENT EXECUTE FUNCTION warroom_lock_changes();
CREATE TRIGGER postmortems_changes AFTER INSERT OR UPDATE OR DELETE ON postmortems FOR EACH ROW EXECUTE FUNCTION warroom_log_change();
