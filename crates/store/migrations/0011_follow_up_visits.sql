-- A follow-up visit that finds an action point not started or in progress leaves it open with
-- a new due date, so a point may be visited again (once a day). The point keeps its latest
-- finding; it is closed only by a visit that finds it done.
CREATE TABLE follow_up_visits (
    id UUID PRIMARY KEY,
    action_point_id UUID NOT NULL REFERENCES action_points (id),
    visited_by UUID NOT NULL REFERENCES people (id),
    visited_on DATE NOT NULL,
    finding TEXT NOT NULL CHECK (finding IN ('done', 'in-progress', 'not-started')),
    note TEXT,
    -- The new due date a visit that did not find the point done sets.
    due_on DATE,
    UNIQUE (action_point_id, visited_on)
);
INSERT INTO follow_up_visits (id, action_point_id, visited_by, visited_on, finding, note)
    SELECT id, action_point_id, visited_by, visited_on, finding, note FROM follow_ups;
DROP TABLE follow_ups;
ALTER TABLE follow_up_visits RENAME TO follow_ups;
ALTER TABLE action_points ADD COLUMN finding TEXT CHECK (finding IN ('done', 'in-progress', 'not-started'));
UPDATE action_points SET finding = (SELECT f.finding FROM follow_ups f WHERE f.action_point_id = action_points.id);
-- Points a visit found not done were closed before; they are open again.
UPDATE action_points SET closed_on = NULL WHERE finding IS NOT NULL AND finding <> 'done';
