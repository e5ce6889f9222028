-- 0003: which CoPs each change of CoP life touched, so cached KPI facts are brought up to date
-- for just those CoPs instead of the whole country. A NULL community means "recompute
-- everything" (a bulk load, a new term, a programme's frequency changed).
CREATE TABLE activity_changes (
    version BIGINT NOT NULL,
    community_id UUID
);
CREATE INDEX activity_changes_version ON activity_changes (version);
