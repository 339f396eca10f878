-- User names are unique without regard to case or character width: username_key holds the NFKC
-- form in lower case (computed by the application for new names). Existing names are ASCII (the
-- name pattern has always been ASCII-only), for which that key is simply LOWER(username).
ALTER TABLE users ADD COLUMN username_key VARCHAR(200);
UPDATE users SET username_key = LOWER(username);

-- Existing names that differ only in case ('admin' and 'ADMIN') must not stop the upgrade. The
-- oldest account keeps the name; each younger look-alike is disabled (it may be an impersonation)
-- and gets a key no typed name can produce ('~' is not allowed in names), so no login reaches it
-- until an administrator deletes it and creates the account again under a distinct name.
UPDATE users SET username_key = LOWER(username) || '~' || CAST(id AS VARCHAR(36)), enabled = FALSE
WHERE EXISTS (SELECT 1 FROM users older
              WHERE LOWER(older.username) = LOWER(users.username)
                AND (older.created_at < users.created_at
                     OR (older.created_at = users.created_at
                         AND CAST(older.id AS VARCHAR(36)) < CAST(users.id AS VARCHAR(36)))));
UPDATE refresh_tokens SET revoked_at = CURRENT_TIMESTAMP
WHERE revoked_at IS NULL AND user_id IN (SELECT id FROM users WHERE username_key LIKE '%~%');

ALTER TABLE users ALTER COLUMN username_key SET NOT NULL;
ALTER TABLE users ADD CONSTRAINT uq_users_username_key UNIQUE (username_key);

-- Ending all sessions of a user looks its refresh tokens up by user.
CREATE INDEX ix_refresh_tokens_user ON refresh_tokens (user_id);
