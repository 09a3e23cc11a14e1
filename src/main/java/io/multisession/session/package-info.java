/**
 * Login sessions, the product's core: the seed's six endpoints, the login/refresh/logout and list/end use cases,
 * session types and their policies, the limit and single-session admission, refresh-token rotation and the cleanup job.
 */
package io.multisession.session;
