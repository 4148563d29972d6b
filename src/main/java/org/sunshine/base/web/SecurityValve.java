package org.sunshine.base.web;

import jakarta.servlet.ServletException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;

import java.io.IOException;

/**
 * First in Tomcat's host pipeline, before either servlet: marks a request forwarded as HTTPS by a trusted proxy as
 * secure (so Tomcat gives the session cookie the {@code Secure} flag and redirects stay on https), and puts the
 * security headers on the answer before and again after the servlets.
 */
final class SecurityValve extends ValveBase {

    private final SecurityHeaders headers;

    SecurityValve(SecurityHeaders headers) {
        super(true);
        this.headers = headers;
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        if (!request.isSecure() && headers.forwardedAsHttps(request)) {
            request.setSecure(true);
            request.getCoyoteRequest().scheme().setString("https");
            request.setServerPort(SecurityHeaders.forwardedPort(request));
        }
        headers.apply(request, response);
        getNext().invoke(request, response);
        headers.apply(request, response);
    }
}
