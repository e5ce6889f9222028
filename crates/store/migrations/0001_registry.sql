-- 0001: the registry, programmes, learning communities and access.
-- One file for SQLite and PostgreSQL: only types both accept (UUID, TEXT, BIGINT, BOOLEAN,
-- DATE, TIMESTAMPTZ), no auto-increment (ids are UUID v7, made by the application so bulk
-- inserts need no round trip), CHECKs for every enumerated value.
-- Append-only: never edit this file once released; add 0002_… instead.

-- The levels of the administrative hierarchy, configurable per country:
-- country/province/district/sector (Rwanda), country/county/sub-county (Kenya).
CREATE TABLE unit_levels (
    depth BIGINT PRIMARY KEY CHECK (depth >= 0),
    slug TEXT NOT NULL UNIQUE
);

-- Administrative units. `path` is the materialised path of codes from the root
-- ('/RW/RW-E/RW-E-01/'), so "everything under a district" is one indexed prefix match.
CREATE TABLE units (
    id UUID PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    depth BIGINT NOT NULL REFERENCES unit_levels (depth),
    parent_id UUID REFERENCES units (id),
    path TEXT NOT NULL UNIQUE
);
CREATE INDEX units_parent ON units (parent_id);

CREATE TABLE schools (
    id UUID PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    unit_id UUID NOT NULL REFERENCES units (id),
    ownership TEXT NOT NULL CHECK (ownership IN ('public', 'private')),
    locality TEXT NOT NULL CHECK (locality IN ('rural', 'urban'))
);
CREATE INDEX schools_unit ON schools (unit_id);

-- A programme and its delivery model (seed 000, Table 1).
CREATE TABLE programmes (
    id UUID PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    model TEXT NOT NULL CHECK (model IN ('school-based', 'cluster-based')),
    meetings_per_term BIGINT NOT NULL CHECK (meetings_per_term BETWEEN 1 AND 12),
    subjects TEXT NOT NULL, -- ';'-separated subject slugs
    toolkit TEXT,
    continues_remotely BOOLEAN NOT NULL
);

-- Clusters of adjacent schools, formed by a programme.
CREATE TABLE clusters (
    id UUID PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    programme_id UUID NOT NULL REFERENCES programmes (id),
    unit_id UUID NOT NULL REFERENCES units (id)
);
-- The primary key is the rule "a school belongs to at most one cluster per programme".
CREATE TABLE cluster_schools (
    programme_id UUID NOT NULL REFERENCES programmes (id),
    school_id UUID NOT NULL REFERENCES schools (id),
    cluster_id UUID NOT NULL REFERENCES clusters (id),
    PRIMARY KEY (programme_id, school_id)
);
CREATE INDEX cluster_schools_cluster ON cluster_schools (cluster_id);

CREATE TABLE people (
    id UUID PRIMARY KEY,
    code TEXT NOT NULL UNIQUE, -- the ministry's staff number
    name TEXT NOT NULL,
    gender TEXT NOT NULL CHECK (gender IN ('female', 'male', 'other')),
    birth_year BIGINT,
    age_band TEXT CHECK (age_band IN ('under-25', '25-34', '35-44', '45-54', '55-plus')),
    subjects TEXT NOT NULL, -- ';'-separated subject slugs, '' for none
    qualification TEXT,
    started_teaching BIGINT,
    phone TEXT,
    unit_id UUID NOT NULL REFERENCES units (id),
    school_id UUID REFERENCES schools (id)
);
CREATE INDEX people_unit ON people (unit_id);
CREATE INDEX people_school ON people (school_id);

-- A role held at a place for a period. Exactly one of unit, school and cluster is set;
-- `place_key` ('school:S-014') makes a natural key so re-importing a file is idempotent.
-- Posts are ended (`ends_on`), never deleted: history is kept.
CREATE TABLE posts (
    id UUID PRIMARY KEY,
    person_id UUID NOT NULL REFERENCES people (id),
    role TEXT NOT NULL,
    unit_id UUID NOT NULL REFERENCES units (id), -- the unit the place sits under
    school_id UUID REFERENCES schools (id),
    cluster_id UUID REFERENCES clusters (id),
    place_key TEXT NOT NULL,
    subject TEXT NOT NULL, -- '' unless the role is subject-leader
    starts_on DATE NOT NULL,
    ends_on DATE,
    CHECK (ends_on IS NULL OR ends_on >= starts_on),
    CHECK (school_id IS NULL OR cluster_id IS NULL),
    UNIQUE (person_id, role, place_key, subject, starts_on)
);
CREATE INDEX posts_person ON posts (person_id);
CREATE INDEX posts_unit ON posts (unit_id);
CREATE INDEX posts_school ON posts (school_id);

-- Academic years, their terms and closure periods (e.g. the 2020 COVID-19 closures).
CREATE TABLE academic_years (
    id UUID PRIMARY KEY,
    label TEXT NOT NULL UNIQUE,
    starts_on DATE NOT NULL,
    ends_on DATE NOT NULL CHECK (ends_on > starts_on)
);
CREATE TABLE terms (
    id UUID PRIMARY KEY,
    year_id UUID NOT NULL REFERENCES academic_years (id),
    number BIGINT NOT NULL CHECK (number >= 1),
    starts_on DATE NOT NULL,
    ends_on DATE NOT NULL CHECK (ends_on > starts_on),
    UNIQUE (year_id, number)
);
CREATE TABLE closures (
    id UUID PRIMARY KEY,
    year_id UUID NOT NULL REFERENCES academic_years (id),
    name TEXT NOT NULL,
    starts_on DATE NOT NULL,
    ends_on DATE NOT NULL CHECK (ends_on >= starts_on)
);

-- Rollout: the waves in which schools join, and the phases of the approach
-- (seed 000: "CoP roll out in Rwanda is designed to happen in 3 waves ... A second
-- implementation phase in Year 2 will then deliver a more reflective approach").
CREATE TABLE waves (
    id UUID PRIMARY KEY,
    programme_id UUID NOT NULL REFERENCES programmes (id),
    number BIGINT NOT NULL CHECK (number >= 1),
    starts_on DATE NOT NULL,
    UNIQUE (programme_id, number)
);
CREATE TABLE phases (
    id UUID PRIMARY KEY,
    programme_id UUID NOT NULL REFERENCES programmes (id),
    number BIGINT NOT NULL CHECK (number >= 1),
    name TEXT NOT NULL,
    starts_on DATE NOT NULL,
    ends_on DATE,
    UNIQUE (programme_id, number)
);
-- Which schools take part in a programme, in which arm and wave. Control schools
-- (Kenya's 36) take part in the research but get no CoP.
CREATE TABLE programme_schools (
    programme_id UUID NOT NULL REFERENCES programmes (id),
    school_id UUID NOT NULL REFERENCES schools (id),
    arm TEXT NOT NULL CHECK (arm IN ('treatment', 'control')),
    wave BIGINT,
    PRIMARY KEY (programme_id, school_id)
);

-- Learning communities: a teacher CoP, a sector PLC of head teachers, a district PLC of
-- LLLs. One table; the kind and the place differ, not the machinery.
CREATE TABLE communities (
    id UUID PRIMARY KEY,
    programme_id UUID NOT NULL REFERENCES programmes (id),
    kind TEXT NOT NULL CHECK (kind IN ('cop', 'sector-plc', 'district-plc')),
    name TEXT NOT NULL,
    unit_id UUID NOT NULL REFERENCES units (id),
    school_id UUID REFERENCES schools (id),
    cluster_id UUID REFERENCES clusters (id),
    place_key TEXT NOT NULL,
    subject TEXT NOT NULL, -- '' for a mixed-subject community
    UNIQUE (programme_id, place_key, subject)
);
CREATE INDEX communities_unit ON communities (unit_id);
CREATE INDEX communities_school ON communities (school_id);

CREATE TABLE community_members (
    community_id UUID NOT NULL REFERENCES communities (id),
    person_id UUID NOT NULL REFERENCES people (id),
    role TEXT NOT NULL CHECK (role IN ('member', 'facilitator')),
    joined_on DATE NOT NULL,
    left_on DATE,
    PRIMARY KEY (community_id, person_id)
);
CREATE INDEX community_members_person ON community_members (person_id);

-- Sign-in: a user is a person; rights come from the person's posts.
CREATE TABLE users (
    id UUID PRIMARY KEY,
    username TEXT NOT NULL UNIQUE,
    person_id UUID NOT NULL UNIQUE REFERENCES people (id),
    password_hash TEXT NOT NULL, -- argon2id PHC string
    created_at TIMESTAMPTZ NOT NULL
);
-- API bearer tokens, stored as SHA-256 of the token: the token itself is shown once.
CREATE TABLE api_tokens (
    id UUID PRIMARY KEY,
    user_id UUID NOT NULL REFERENCES users (id),
    token_hash TEXT NOT NULL UNIQUE,
    created_at TIMESTAMPTZ NOT NULL,
    revoked_at TIMESTAMPTZ
);
