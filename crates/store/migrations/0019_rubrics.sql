-- Observation rubrics as data (issue 14; DESIGN.md §3b): every version of a rubric kept whole,
-- as `domain::rubric::Rubric`'s JSON, so an observation scored with one keeps it. The
-- Teach-structured default is written as version 1 when this migration runs.
CREATE TABLE rubrics (
    id UUID PRIMARY KEY,
    code TEXT NOT NULL,
    version BIGINT NOT NULL CHECK (version >= 1),
    name TEXT NOT NULL,
    body TEXT NOT NULL,
    written_on DATE NOT NULL,
    UNIQUE (code, version)
);
