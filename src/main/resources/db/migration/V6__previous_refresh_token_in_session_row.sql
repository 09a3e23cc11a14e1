-- A rotation keeps the token it replaced in the session row instead of inserting a RETIRED_REFRESH_TOKEN row: one
-- write per refresh. RETIRED_REFRESH_TOKEN is no longer read or written; it stays until a later migration, because
-- instances of the previous version running beside this one during a rolling upgrade still insert into it. Tokens
-- retired before the upgrade are recognised through the successors rotation derives from them.
ALTER TABLE LOGIN_SESSION ADD COLUMN PREVIOUS_REFRESH_HASH VARCHAR(64);
ALTER TABLE LOGIN_SESSION ADD COLUMN REFRESH_ROTATED_AT TIMESTAMP;
CREATE INDEX LOGIN_SESSION_PREVIOUS_REFRESH ON LOGIN_SESSION (PREVIOUS_REFRESH_HASH);
