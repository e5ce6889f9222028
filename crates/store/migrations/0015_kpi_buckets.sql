-- 0015: KPI buckets. What every KPI counts of a meeting, kept beside it in the writer's
-- transaction (life/buckets.rs), so figures for any period and place are sums over narrow rows
-- rather than joins over the raw tables. Filled from the raw tables when this migration runs.

-- One row per meeting. `formats` and `teacher_decided` are bit sets: bit i is the i-th of
-- `Format::ALL` and of `DecisionAspect::ALL` (a test pins that order).
CREATE TABLE kpi_meetings (
    meeting_id UUID PRIMARY KEY REFERENCES meetings (id),
    community_id UUID NOT NULL REFERENCES communities (id),
    held_on DATE NOT NULL,
    expected BIGINT NOT NULL,
    present BIGINT NOT NULL,
    modality TEXT NOT NULL,
    facilitator_kind TEXT NOT NULL,
    formats BIGINT NOT NULL,
    teacher_decided BIGINT NOT NULL,
    reports BIGINT NOT NULL,
    reports_acknowledged BIGINT NOT NULL,
    action_points BIGINT NOT NULL,
    action_points_closed BIGINT NOT NULL
);
CREATE INDEX kpi_meetings_community ON kpi_meetings (community_id, held_on);

-- One row per person and meeting they were expected at as a member (`expected` 1, `present`
-- 1 if they came) or took a role in (`roles`, bit i the i-th of `MeetingRole::ALL`); a guest
-- who took no role has no row.
CREATE TABLE kpi_people (
    meeting_id UUID NOT NULL REFERENCES meetings (id),
    person_id UUID NOT NULL REFERENCES people (id),
    community_id UUID NOT NULL REFERENCES communities (id),
    held_on DATE NOT NULL,
    expected BIGINT NOT NULL,
    present BIGINT NOT NULL,
    roles BIGINT NOT NULL,
    PRIMARY KEY (meeting_id, person_id)
);
CREATE INDEX kpi_people_community ON kpi_people (community_id, held_on);
