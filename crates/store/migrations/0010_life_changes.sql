-- "Activity" names a toolkit activity (seeds 001, 005); the tables that mark CoP life as
-- changed, for the KPI cache, are named for CoP life instead.
ALTER TABLE activity_version RENAME TO life_version;
ALTER TABLE activity_changes RENAME TO life_changes;
