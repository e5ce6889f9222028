-- 0008: API tokens expire and can be listed and revoked; failed sign-ins are counted by the
-- client's address as well as by username, so that one address cannot lock anyone out.

-- When the token stops working (90 days after it is made unless asked otherwise). A token
-- made before this migration has none, and expires 90 days after it was made.
ALTER TABLE api_tokens ADD COLUMN expires_at TIMESTAMPTZ;
CREATE INDEX api_tokens_user ON api_tokens (user_id);

-- The address the attempt came from; old rows are pruned as new ones are written.
ALTER TABLE sign_in_failures ADD COLUMN client TEXT NOT NULL DEFAULT '';
CREATE INDEX sign_in_failures_client ON sign_in_failures (client, failed_at);
CREATE INDEX sign_in_failures_failed_at ON sign_in_failures (failed_at);
