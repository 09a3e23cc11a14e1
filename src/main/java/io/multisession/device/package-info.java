/**
 * What a session knows about its device: browser, OS and device from the User-Agent, the client address behind
 * trusted proxies, and when a session's last use is worth writing.
 */
package io.multisession.device;
