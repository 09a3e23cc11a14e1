-- Every ended session, in the order of a cursor, until its access tokens have expired: instances that share the
-- database follow it to refuse each other's revoked tokens without a shared cache.
CREATE TABLE REVOCATION_LOG (
    ID                 BIGINT      NOT NULL PRIMARY KEY,
    SESSION_ID         VARCHAR(32) NOT NULL,
    REVOKED_AT         TIMESTAMP   NOT NULL,
    TOKENS_VALID_UNTIL TIMESTAMP   NOT NULL
);
-- the followers read what was revoked recently; the cleanup deletes what no token can need any more
CREATE INDEX REVOCATION_LOG_REVOKED_AT ON REVOCATION_LOG (REVOKED_AT);
CREATE INDEX REVOCATION_LOG_VALID_UNTIL ON REVOCATION_LOG (TOKENS_VALID_UNTIL);
-- EclipseLink pre-allocates 50 ids and takes the value it reads as the top of its block, hence START WITH 50
CREATE SEQUENCE REVOCATION_LOG_SEQ START WITH 50 INCREMENT BY 50;
