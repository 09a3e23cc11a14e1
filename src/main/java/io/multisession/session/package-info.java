/**
 * Login sessions, the product's core: the seed's six endpoints, the login/refresh/logout and list/end use cases,
 * session types and their policies (re-read at run time, and shown to admins as in force), the limit and single-session
 * admission, refresh-token rotation and the cleanup job.
 */
package io.multisession.session;
