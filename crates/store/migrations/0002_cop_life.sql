-- 0002: CoP life. Toolkit activities; held meetings with their agenda, formats, roles,
-- attendance, guests, decisions and topics; the reports sent to head teachers; action points
-- and the classroom visits that follow them up.

-- When a community starts meeting: its rollout wave's start. Nothing is planned before it.
ALTER TABLE communities ADD COLUMN starts_on DATE;

-- The programme's toolkit (BLF's guided activities); agenda items may name one.
CREATE TABLE toolkit_activities (
    id UUID PRIMARY KEY,
    programme_id UUID NOT NULL REFERENCES programmes (id),
    code TEXT NOT NULL,
    title TEXT NOT NULL,
    UNIQUE (programme_id, code)
);

CREATE TABLE meetings (
    id UUID PRIMARY KEY,
    community_id UUID NOT NULL REFERENCES communities (id),
    term_id UUID NOT NULL REFERENCES terms (id),
    held_on DATE NOT NULL,
    modality TEXT NOT NULL CHECK (modality IN ('in-person', 'whatsapp', 'phone', 'hybrid')),
    venue TEXT,
    facilitator_id UUID NOT NULL REFERENCES people (id),
    -- Who facilitated, as seed 000's Table 3 counts it, fixed when the meeting is recorded.
    facilitator_kind TEXT NOT NULL CHECK (facilitator_kind IN ('teacher', 'subject-leader', 'head-teacher', 'coach', 'slf', 'other')),
    duration_minutes BIGINT,
    summary TEXT,
    -- Kept with the meeting so the attendance KPI reads one row per meeting.
    members_expected BIGINT NOT NULL,
    members_present BIGINT NOT NULL,
    recorded_by UUID REFERENCES people (id),
    recorded_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX meetings_community ON meetings (community_id, held_on);
CREATE INDEX meetings_held_on ON meetings (held_on);

CREATE TABLE meeting_agenda (
    meeting_id UUID NOT NULL REFERENCES meetings (id),
    position BIGINT NOT NULL,
    activity_id UUID REFERENCES toolkit_activities (id),
    challenge TEXT,
    CHECK ((activity_id IS NULL) <> (challenge IS NULL)),
    PRIMARY KEY (meeting_id, position)
);

CREATE TABLE meeting_formats (
    meeting_id UUID NOT NULL REFERENCES meetings (id),
    format TEXT NOT NULL CHECK (format IN ('whole-group', 'small-groups', 'lesson-modelling', 'mock-lesson', 'practical-workshop', 'instructional-material')),
    PRIMARY KEY (meeting_id, format)
);

CREATE TABLE meeting_roles (
    meeting_id UUID NOT NULL REFERENCES meetings (id),
    role TEXT NOT NULL CHECK (role IN ('chair', 'note-taker', 'timekeeper', 'presenter', 'reporter')),
    person_id UUID NOT NULL REFERENCES people (id),
    PRIMARY KEY (meeting_id, role)
);

-- One row per member (present, absent or excused) and per registered guest.
CREATE TABLE attendance (
    meeting_id UUID NOT NULL REFERENCES meetings (id),
    person_id UUID NOT NULL REFERENCES people (id),
    status TEXT NOT NULL CHECK (status IN ('present', 'absent', 'excused')),
    remote BOOLEAN NOT NULL,
    guest_role TEXT CHECK (guest_role IN ('head-teacher', 'subject-leader', 'slf', 'coach', 'parent', 'remedial-teacher', 'other')),
    PRIMARY KEY (meeting_id, person_id)
);
CREATE INDEX attendance_person ON attendance (person_id);

-- Guests who are not registered people (parents, say): how many came.
CREATE TABLE meeting_guests (
    meeting_id UUID NOT NULL REFERENCES meetings (id),
    role TEXT NOT NULL,
    count BIGINT NOT NULL CHECK (count > 0),
    PRIMARY KEY (meeting_id, role)
);

-- Who took part in deciding the agenda, topics, duration and organisation (Table 5).
CREATE TABLE meeting_decisions (
    meeting_id UUID NOT NULL REFERENCES meetings (id),
    aspect TEXT NOT NULL CHECK (aspect IN ('agenda', 'topics', 'duration', 'organisation')),
    decider TEXT NOT NULL CHECK (decider IN ('teachers', 'subject-leader', 'head-teacher', 'coach', 'slf')),
    PRIMARY KEY (meeting_id, aspect, decider)
);

CREATE TABLE meeting_topics (
    meeting_id UUID NOT NULL REFERENCES meetings (id),
    topic TEXT NOT NULL,
    PRIMARY KEY (meeting_id, topic)
);

-- The report of a meeting goes to the HT of each school concerned: the CoP's school, or for a
-- cluster the school of each member present. The HT acknowledges it.
CREATE TABLE meeting_reports (
    meeting_id UUID NOT NULL REFERENCES meetings (id),
    school_id UUID NOT NULL REFERENCES schools (id),
    acknowledged_by UUID REFERENCES people (id),
    acknowledged_at TIMESTAMPTZ,
    PRIMARY KEY (meeting_id, school_id)
);
CREATE INDEX meeting_reports_school ON meeting_reports (school_id);

CREATE TABLE action_points (
    id UUID PRIMARY KEY,
    meeting_id UUID NOT NULL REFERENCES meetings (id),
    position BIGINT NOT NULL,
    description TEXT NOT NULL,
    owner_id UUID NOT NULL REFERENCES people (id),
    due_on DATE NOT NULL,
    -- Set by the follow-up visit that closes it.
    closed_on DATE,
    UNIQUE (meeting_id, position)
);
CREATE INDEX action_points_owner ON action_points (owner_id);

-- A classroom visit that follows an action point up; recording it closes the action point.
CREATE TABLE follow_ups (
    id UUID PRIMARY KEY,
    action_point_id UUID NOT NULL UNIQUE REFERENCES action_points (id),
    visited_by UUID NOT NULL REFERENCES people (id),
    visited_on DATE NOT NULL,
    finding TEXT NOT NULL CHECK (finding IN ('done', 'in-progress', 'not-started')),
    note TEXT
);

-- Bumped by every write to CoP life, in the same transaction: readers that cache figures
-- derived from it (the KPIs) know when to recompute, whichever process wrote.
CREATE TABLE activity_version (
    id BIGINT PRIMARY KEY CHECK (id = 1),
    version BIGINT NOT NULL
);
INSERT INTO activity_version (id, version) VALUES (1, 0);
