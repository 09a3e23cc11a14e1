-- OpenID back-channel logout: one row per ended session and realm client with a backchannel_logout_uri, written in
-- the transaction that ends the session and deleted once the client acknowledged its logout token (or gave up on).
CREATE TABLE PENDING_LOGOUT (
    ID              BIGINT       NOT NULL PRIMARY KEY,
    CLIENT_ID       VARCHAR(100) NOT NULL,
    SESSION_ID      VARCHAR(32)  NOT NULL,
    SUBJECT         VARCHAR(150) NOT NULL,
    CREATED_AT      TIMESTAMP    NOT NULL,
    NEXT_ATTEMPT_AT TIMESTAMP    NOT NULL,
    ATTEMPTS        INTEGER      NOT NULL,
    LAST_ERROR      VARCHAR(200)
);
-- the senders read what is due
CREATE INDEX PENDING_LOGOUT_DUE ON PENDING_LOGOUT (NEXT_ATTEMPT_AT);
-- EclipseLink pre-allocates 50 ids and takes the value it reads as the top of its block, hence START WITH 50
CREATE SEQUENCE PENDING_LOGOUT_SEQ START WITH 50 INCREMENT BY 50;
