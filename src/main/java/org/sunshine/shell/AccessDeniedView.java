package org.sunshine.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.micronaut.context.annotation.Prototype;
import jakarta.servlet.http.HttpServletResponse;

/** A signed-in user opened a screen their role may not: say so plainly (HTTP 403), inside the staff layout. */
@Prototype
@AnonymousAllowed
@ParentLayout(MainLayout.class)
public class AccessDeniedView extends Div implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        removeAll();
        setId("access-denied");
        addClassName("error-page");
        add(new H2(getTranslation("error.accessDenied.title")), new Paragraph(getTranslation("error.accessDenied.text")),
                new Anchor("/workbench", getTranslation("error.backToWorkbench")));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
