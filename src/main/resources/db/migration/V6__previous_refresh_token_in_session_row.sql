-- A rotation keeps the token it replaced in the session row instead of inserting a RETIRED_REFRESH_TOKEN row: one
-- write per refresh. Rows of RETIRED_REFRESH_TOKEN written before this version are no longer read; tokens retired
-- before the upgrade are refused as unknown rather than as reuse.
ALTER TABLE LOGIN_SESSION ADD COLUMN PREVIOUS_REFRESH_HASH VARCHAR(64);
ALTER TABLE LOGIN_SESSION ADD COLUMN REFRESH_ROTATED_AT TIMESTAMP;
CREATE INDEX LOGIN_SESSION_PREVIOUS_REFRESH ON LOGIN_SESSION (PREVIOUS_REFRESH_HASH);
DROP TABLE RETIRED_REFRESH_TOKEN;
