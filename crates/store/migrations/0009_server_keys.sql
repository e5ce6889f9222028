-- 0009: keys every server process shares, made once at random by the first that needs one
-- (servers are stateless: any number behind a load balancer read the same key). The sign-in
-- form's CSRF token is signed with `csrf`.
CREATE TABLE server_keys (
    name TEXT PRIMARY KEY,
    key_hex TEXT NOT NULL
);
