-- 0005: sign-in sessions for the web pages, and failed sign-ins for rate limiting.

-- A browser session. The cookie holds a random token; only its SHA-256 is kept here, as with
-- API tokens. `csrf` is the token every form of the session must send back.
CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    user_id UUID NOT NULL REFERENCES users (id),
    csrf TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

-- Each failed sign-in, by the username tried; recent ones slow the next attempts down.
CREATE TABLE sign_in_failures (
    username TEXT NOT NULL,
    failed_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX sign_in_failures_username ON sign_in_failures (username, failed_at);
