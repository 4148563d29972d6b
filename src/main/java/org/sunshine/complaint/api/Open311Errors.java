package org.sunshine.complaint.api;

import jakarta.inject.Singleton;
import org.sunshine.base.web.ApiErrorFormat;

import java.util.List;

/**
 * Open311's error format for the errors the controller never sees (an unknown address, a wrong method or content
 * type, an unexpected failure): the spec's list {@code [{"code": 405, "description": "…"}]}.
 */
@Singleton
public class Open311Errors implements ApiErrorFormat {

    @Override
    public String pathPrefix() {
        return "/api/open311/";
    }

    @Override
    public Object body(int status, String message) {
        return List.of(new Open311Controller.Error(status, message));
    }
}
