-- People a CoP invites to its meetings as registered guests, by role (the head teacher, an SLF,
-- a coach): not members, not counted among those expected; the meeting form offers them to be
-- ticked as present. Removing one deletes the row (the audit trail keeps it).
CREATE TABLE community_guests (
    community_id UUID NOT NULL REFERENCES communities (id),
    person_id UUID NOT NULL REFERENCES people (id),
    guest_role TEXT NOT NULL CHECK (guest_role IN ('head-teacher', 'subject-leader', 'slf', 'coach', 'parent', 'remedial-teacher', 'other')),
    PRIMARY KEY (community_id, person_id)
);
