-- 0006: the audit trail. Every change to CoP life and to the registry is a
-- row (the demo's simulated acknowledgements and follow-ups are generated history, not changes,
-- and are not logged; its registry and meetings are, as the command line's): who made it (NULL: the operator at
-- the command line, or the demo), when, what, which record, and the record before and after as
-- JSON. It is kept at the record's place, so it is read with the same scope as the record.
CREATE TABLE audit_log (
    id UUID PRIMARY KEY,
    changed_at TIMESTAMPTZ NOT NULL,
    person_id UUID REFERENCES people (id),
    what TEXT NOT NULL,
    record TEXT NOT NULL,
    unit_path TEXT NOT NULL,
    school_id UUID,
    cluster_id UUID,
    before_value TEXT,
    after_value TEXT
);
CREATE INDEX audit_log_place ON audit_log (unit_path, changed_at);
-- The newest first, for a reader whose scope is the whole country.
CREATE INDEX audit_log_changed_at ON audit_log (changed_at);
