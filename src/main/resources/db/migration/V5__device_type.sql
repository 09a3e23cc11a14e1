-- The kind of device a session runs on (Mobile, Tablet, PC, Bot, Other), detected at login; null for older sessions.
ALTER TABLE LOGIN_SESSION ADD COLUMN DEVICE_TYPE VARCHAR(8);
