-- Warroom schema 3 (PostgreSQL): the change log clients follow to stay live (docs/sync.md).
-- Append-only; written only by the trigger function below, in the order of commit: every
-- writer takes the transaction-scoped advisory lock 33602666402639725 (the bytes of
-- "warroom") before its first change, so a sequence number becomes visible only after every
-- smaller one has committed or rolled back, and a reader that applies "seq > last" never
-- skips one. Each change notifies channel warroom_changes with its sequence number only
-- (payloads are visible to every listener whatever its privileges).

CREATE TABLE changes (
    seq bigserial PRIMARY KEY,
    table_name text NOT NULL,
    row_id uuid NOT NULL,
    incident_id uuid,
    op text NOT NULL CHECK (op IN ('insert', 'update', 'delete')),
    actor text NOT NULL,
    db_user text NOT NULL DEFAULT session_user,
    changed_at timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX changes_incident ON changes (incident_id, seq);

-- SECURITY DEFINER: nobody else needs (or gets) a privilege on `changes` besides SELECT, so
-- the log cannot be forged by hand. The search path is pinned for safety; the log table is
-- addressed in the schema of the table that changed.
-- actor: the handle the application set for the transaction (SET LOCAL warroom.actor), else
-- the login role (session_user: current_user here would be the function's owner).
CREATE FUNCTION warroom_log_change() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    r record;
    incident uuid;
    new_seq bigint;
BEGIN
    IF TG_OP = 'DELETE' THEN
        r := OLD;
    ELSE
        r := NEW;
    END IF;
    IF TG_TABLE_NAME = 'incidents' THEN
        incident := r.id;
    ELSIF TG_TABLE_NAME <> 'people' THEN
        incident := r.incident_id;
    END IF;
    PERFORM pg_advisory_xact_lock(33602666402639725);
    EXECUTE format('INSERT INTO %I.changes (table_name, row_id, incident_id, op, actor) '
                   'VALUES ($1, $2, $3, $4, $5) RETURNING seq', TG_TABLE_SCHEMA)
        INTO new_seq
        USING TG_TABLE_NAME::text, r.id, incident, lower(TG_OP),
              COALESCE(NULLIF(current_setting('warroom.actor', true), ''), session_user::text);
    PERFORM pg_notify('warroom_changes', new_seq::text);
    RETURN NULL;
END;
$$;

-- Each writing statement takes the same lock before it touches a row. Otherwise a statement
-- could lock a row and then wait in the row trigger for the advisory lock, while the holder
-- of the advisory lock waits for that row: a deadlock between two clients editing the same
-- incident. Taking the advisory lock first orders every writer the same way.
CREATE FUNCTION warroom_lock_changes() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(33602666402639725);
    RETURN NULL;
END;
$$;

CREATE TRIGGER incidents_changes_lock BEFORE INSERT OR UPDATE OR DELETE ON incidents FOR EACH STATEMENT EXECUTE FUNCTION warroom_lock_changes();
CREATE TRIGGER timeline_entries_changes_lock BEFORE INSERT OR UPDATE OR DELETE ON timeline_entries FOR EACH STATEMENT EXECUTE FUNCTION warroom_lock_changes();
CREATE TRIGGER role_assignments_changes_lock BEFORE INSERT OR UPDATE OR DELETE ON role_assignments FOR EACH STATEMENT EXECUTE FUNCTION warroom_lock_changes();
CREATE TRIGGER hand_offs_changes_lock BEFORE INSERT OR UPDATE OR DELETE ON hand_offs FOR EACH STATEMENT EXECUTE FUNCTION warroom_lock_changes();
CREATE TRIGGER action_items_changes_lock BEFORE INSERT OR UPDATE OR DELETE ON action_items FOR EACH STATEMENT EXECUTE FUNCTION warroom_lock_changes();
CREATE TRIGGER people_changes_lock BEFORE INSERT OR UPDATE OR DELETE ON people FOR EACH STATEMENT EXECUTE FUNCTION warroom_lock_changes();

CREATE TRIGGER incidents_changes AFTER INSERT OR UPDATE OR DELETE ON incidents FOR EACH ROW EXECUTE FUNCTION warroom_log_change();
CREATE TRIGGER timeline_entries_changes AFTER INSERT OR UPDATE OR DELETE ON timeline_entries FOR EACH ROW EXECUTE FUNCTION warroom_log_change();
CREATE TRIGGER role_assignments_changes AFTER INSERT OR UPDATE OR DELETE ON role_assignments FOR EACH ROW EXECUTE FUNCTION warroom_log_change();
CREATE TRIGGER hand_offs_changes AFTER INSERT OR UPDATE OR DELETE ON hand_offs FOR EACH ROW EXECUTE FUNCTION warroom_log_change();
CREATE TRIGGER action_items_changes AFTER INSERT OR UPDATE OR DELETE ON action_items FOR EACH ROW EXECUTE FUNCTION warroom_log_change();
CREATE TRIGGER people_changes AFTER INSERT OR UPDATE OR DELETE ON people FOR EACH ROW EXECUTE FUNCTION warroom_log_change();
