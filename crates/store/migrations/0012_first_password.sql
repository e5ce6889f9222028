-- A sign-in made, or a password reset, by someone else gets a password shown once; its owner
-- must choose their own at the first sign-in.
ALTER TABLE users ADD COLUMN must_change_password BOOLEAN NOT NULL DEFAULT FALSE;
