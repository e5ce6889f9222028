-- A closure is added once: two requests sending the same one at the same moment keep one.
CREATE UNIQUE INDEX closures_once ON closures (year_id, name, starts_on, ends_on);
