-- The kind of device a session runs on (Mobile, Tablet, PC, Bot, Other), detected at login; null for older sessions.
ALTER TABLE LOGIN_SESSION ADD COLUMN DEVICE_TYPE VARCHAR(8);
-- Through which door the session came in (API, CONSOLE, JWT_DEVICES, TOKEN_MANAGER): the routes that take no client
-- secret refresh and end only their own sessions.
ALTER TABLE LOGIN_SESSION ADD COLUMN CHANNEL VARCHAR(16) DEFAULT 'API' NOT NULL;
