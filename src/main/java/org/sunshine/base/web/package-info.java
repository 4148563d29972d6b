/**
 * What every HTTP answer carries, whichever servlet wrote it: the security headers (Content-Security-Policy and the
 * rest, {@link org.sunshine.base.web.SecurityHeaders}), HTTPS recognised behind a trusted proxy (so that the session
 * cookie is {@code Secure} and HSTS is sent), Tomcat's error pages without the server's name and version, and the
 * API's errors in the API's own JSON format ({@link org.sunshine.base.web.ApiErrors}).
 */
package org.sunshine.base.web;
