-- Warroom schema 5 (PostgreSQL): escalation policies and the pages sent under them
-- (docs/escalation.md). Delays and intervals are seconds. Pages and stops belong to an
-- incident and go to the change log (0003), so every client sees them live; policies are
-- configuration, read when shown.

CREATE TABLE escalation_policies (
    id uuid PRIMARY KEY,
    name text NOT NULL UNIQUE,
    repeat_count integer NOT NULL DEFAULT 0 CHECK (repeat_count >= 0),
    repeat_interval_s bigint NOT NULL DEFAULT 0 CHECK (repeat_interval_s >= 0),
    min_severity integer NOT NULL DEFAULT 0 CHECK (min_severity >= 0),
    service text NOT NULL DEFAULT '',
    is_default boolean NOT NULL DEFAULT false,
    version integer NOT NULL DEFAULT 1
);
-- At most one default policy.
CREATE UNIQUE INDEX escalation_policies_default ON escalation_policies (is_default) WHERE is_default;

CREATE TABLE escalation_steps (
    policy_id uuid NOT NULL REFERENCES escalation_policies (id) ON DELETE CASCADE,
    position integer NOT NULL CHECK (position >= 0),
    delay_s bigint NOT NULL CHECK (delay_s >= 0),
    target_kind text NOT NULL CHECK (target_kind IN ('person', 'role', 'webhook')),
    target text NOT NULL,
    PRIMARY KEY (policy_id, position)
);

-- One row per notification sent. The unique key (incident, step, round) is what makes a
-- page happen at most once, whichever daemon evaluates and however often.
CREATE TABLE escalation_pages (
    id uuid PRIMARY KEY,
    incident_id uuid NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    policy_id uuid NOT NULL,
    policy_name text NOT NULL,
    step_index integer NOT NULL CHECK (step_index >= 0),
    round integer NOT NULL CHECK (round >= 0),
    target_kind text NOT NULL CHECK (target_kind IN ('person', 'role', 'webhook')),
    target text NOT NULL,
    recipient text NOT NULL DEFAULT '',
    due_at timestamptz NOT NULL,
    sent_at timestamptz NOT NULL,
    delivery text NOT NULL DEFAULT 'recorded' CHECK (delivery IN ('recorded', 'pending', 'delivered', 'failed')),
    delivery_detail text NOT NULL DEFAULT '',
    version integer NOT NULL DEFAULT 1,
    UNIQUE (incident_id, step_index, round)
);
CREATE INDEX escalation_pages_recipient ON escalation_pages (recipient, sent_at);

-- The end of an incident's escalation (acknowledged, or no longer open), written once.
CREATE TABLE escalation_stops (
    id uuid PRIMARY KEY,
    incident_id uuid NOT NULL UNIQUE REFERENCES incidents (id) ON DELETE CASCADE,
    stopped_at timestamptz NOT NULL,
    cancelled_count integer NOT NULL DEFAULT 0,
    version integer NOT NULL DEFAULT 1
);

CREATE TRIGGER escalation_pages_changes_lock BEFORE INSERT OR UPDATE OR DELETE ON escalation_pages FOR EACH STATEMENT EXECUTE FUNCTION warroom_lock_changes();
CREATE TRIGGER escalation_stops_changes_lock BEFORE INSERT OR UPDATE OR DELETE ON escalation_stops FOR EACH STATEMENT EXECUTE FUNCTION warroom_lock_changes();
CREATE TRIGGER escalation_pages_changes AFTER INSERT OR UPDATE OR DELETE ON escalation_pages FOR EACH ROW EXECUTE FUNCTION warroom_log_change();
CREATE TRIGGER escalation_stops_changes AFTER INSERT OR UPDATE OR DELETE ON escalation_stops FOR EACH ROW EXECUTE FUNCTION warroom_log_change();
