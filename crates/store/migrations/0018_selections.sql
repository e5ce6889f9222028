-- Choosing leaders of learning (seed 002; seed 003's District Selection Committee): the rules
-- a candidate must meet, set once for the country; a selection for each open seat (an LLL's
-- sector, an NLL's district), its committee taken from posts when it opens, its nominations
-- with the evidence of the rules as it stood, the committee's visit, interview and scores, and
-- the decision with its reason and the post it created.
CREATE TABLE selection_rules (
    id BIGINT PRIMARY KEY CHECK (id = 1),
    head_years BIGINT NOT NULL CHECK (head_years BETWEEN 0 AND 40),
    results_years BIGINT NOT NULL CHECK (results_years BETWEEN 2 AND 10),
    high_pct BIGINT NOT NULL CHECK (high_pct BETWEEN 0 AND 100),
    gain_pts BIGINT NOT NULL CHECK (gain_pts BETWEEN 0 AND 100)
);
INSERT INTO selection_rules (id, head_years, results_years, high_pct, gain_pts) VALUES (1, 3, 3, 70, 5);

CREATE TABLE selections (
    id UUID PRIMARY KEY,
    role TEXT NOT NULL CHECK (role IN ('lll', 'nll')),
    unit_id UUID NOT NULL REFERENCES units (id),
    opened_on DATE NOT NULL,
    vacancy TEXT NOT NULL CHECK (vacancy IN ('ended', 'ending', 'none-in-post')),
    -- The day the leaving leader's post ended or ends.
    vacated_on DATE,
    decided_on DATE,
    appointed_id UUID REFERENCES people (id),
    post_id UUID REFERENCES posts (id),
    reason TEXT
);
-- One selection open at a time for a seat's unit and role: opening again finds it.
CREATE UNIQUE INDEX selections_open ON selections (unit_id, role) WHERE decided_on IS NULL;

CREATE TABLE selection_committee (
    selection_id UUID NOT NULL REFERENCES selections (id),
    person_id UUID NOT NULL REFERENCES people (id),
    part TEXT NOT NULL CHECK (part IN ('chair', 'nll', 'sei')),
    PRIMARY KEY (selection_id, person_id)
);

CREATE TABLE nominations (
    selection_id UUID NOT NULL REFERENCES selections (id),
    person_id UUID NOT NULL REFERENCES people (id),
    nominated_on DATE NOT NULL,
    -- The rules' evidence on the day of nomination (JSON, as the API shows it).
    evidence TEXT NOT NULL,
    visited_on DATE,
    visit_notes TEXT,
    interviewed_on DATE,
    interview_notes TEXT,
    PRIMARY KEY (selection_id, person_id)
);

CREATE TABLE nomination_scores (
    selection_id UUID NOT NULL REFERENCES selections (id),
    person_id UUID NOT NULL REFERENCES people (id),
    criterion TEXT NOT NULL CHECK (criterion IN ('school-practice', 'collaborative-leadership', 'appetite-to-learn', 'use-of-data')),
    score BIGINT NOT NULL CHECK (score BETWEEN 1 AND 4),
    PRIMARY KEY (selection_id, person_id, criterion)
);
