-- A school's exam results, for its PLC to discuss (seed 002: "What makes school A's pass rate
-- 70 per cent, and the other 30 per cent?"): candidates and passes per subject and year, so a
-- sector's rate is its schools' passes over their candidates. Imported from files like the
-- registry; written again, a result replaces what was there (the audit trail keeps both).
CREATE TABLE school_results (
    school_id UUID NOT NULL REFERENCES schools (id),
    year BIGINT NOT NULL CHECK (year BETWEEN 2000 AND 2200),
    subject TEXT NOT NULL,
    candidates BIGINT NOT NULL CHECK (candidates BETWEEN 1 AND 100000),
    passed BIGINT NOT NULL CHECK (passed >= 0 AND passed <= candidates),
    PRIMARY KEY (school_id, year, subject)
);
