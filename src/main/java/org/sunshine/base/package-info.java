/**
 * What every feature builds on and that knows no feature: the business clock, DomainException, the office's
 * settings, the client address of a request and rate limiting, the app shell.
 */
package org.sunshine.base;
