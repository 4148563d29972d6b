/**
 * What every feature builds on and that knows no feature: the business clock, DomainException, the office's
 * settings, rate limiting, the app shell.
 */
package org.sunshine.base;
