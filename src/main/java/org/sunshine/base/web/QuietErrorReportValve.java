package org.sunshine.base.web;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's own error page (a malformed address, a path no servlet answers with a body) with the status only: no
 * message, no stack trace, no server name or version; and with the security headers, which it would otherwise lack
 * when the request never reached the pipeline.
 */
final class QuietErrorReportValve extends ErrorReportValve {

    private final SecurityHeaders headers;

    QuietErrorReportValve(SecurityHeaders headers) {
        this.headers = headers;
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        headers.apply(request, response);
        super.report(request, response, throwable);
    }
}
