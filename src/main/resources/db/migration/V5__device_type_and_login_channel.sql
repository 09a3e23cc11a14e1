-- The kind of device a session runs on (Mobile, Tablet, PC, Bot, Other), detected at login; null for older sessions.
ALTER TABLE LOGIN_SESSION ADD COLUMN DEVICE_TYPE VARCHAR(8);
-- Sessions the web console started: only those refresh and end through the console's cookie endpoints.
ALTER TABLE LOGIN_SESSION ADD COLUMN STARTED_BY_CONSOLE BOOLEAN DEFAULT FALSE NOT NULL;
