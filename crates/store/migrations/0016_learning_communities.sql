-- Learning communities at every level (DESIGN.md §3b): a sector PLC of head teachers and a
-- district PLC of leaders of learning sit at their unit, their people come from posts, and
-- they meet termly unless the programme says otherwise (seed 002: "facilitate a PLC
-- termly"). Whether a sector PLC also holds the deputy head teachers is the programme's
-- choice. The vocabularies of who facilitates, decides and attends as a guest grow by the
-- middle tier's roles (widened in `migrate.rs`, the one step the dialects write apart), and a
-- community gains officials: the sector's SEI and SLF, the district's DEO.
ALTER TABLE programmes ADD COLUMN plc_meetings_per_term BIGINT NOT NULL DEFAULT 1 CHECK (plc_meetings_per_term BETWEEN 1 AND 12);
ALTER TABLE programmes ADD COLUMN plc_deputies BOOLEAN NOT NULL DEFAULT FALSE;
CREATE INDEX communities_kind ON communities (kind, unit_id);
