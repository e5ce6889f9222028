-- 0004: the study's survey rounds and what teachers answer in them (seed 000, Table 2: the CoP
-- Survey Tool, TSES and KAP, at baseline and endline). Instruments live in the repository as
-- XLSForm; here only their codes and the answers, one row per item, as the form's value.

CREATE TABLE survey_rounds (
    id UUID PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    programme_id UUID NOT NULL REFERENCES programmes (id),
    kind TEXT NOT NULL CHECK (kind IN ('baseline', 'midline', 'endline')),
    held_on DATE NOT NULL
);

-- One teacher's answers to one instrument in one round; re-importing replaces them.
CREATE TABLE survey_responses (
    id UUID PRIMARY KEY,
    round_id UUID NOT NULL REFERENCES survey_rounds (id),
    instrument TEXT NOT NULL,
    person_id UUID NOT NULL REFERENCES people (id),
    -- The school the teacher answered for (their school at the time of the round).
    school_id UUID NOT NULL REFERENCES schools (id),
    UNIQUE (round_id, instrument, person_id)
);
CREATE INDEX survey_responses_school ON survey_responses (school_id);

CREATE TABLE survey_answers (
    response_id UUID NOT NULL REFERENCES survey_responses (id),
    item TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (response_id, item)
);
