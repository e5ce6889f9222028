-- 0007: one meeting per CoP per day, held by the database and not only by the writer's checks,
-- so two processes (two servers, or a server and an import) cannot both write it. A repeat is
-- answered with the first meeting's id (409). The unique index replaces the plain one on the
-- same columns.
CREATE UNIQUE INDEX meetings_one_a_day ON meetings (community_id, held_on);
DROP INDEX meetings_community;
