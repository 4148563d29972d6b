package org.sunshine.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.micronaut.context.annotation.Prototype;
import jakarta.servlet.http.HttpServletResponse;

/** No page at this address (HTTP 404). */
@Prototype
@AnonymousAllowed
@ParentLayout(PublicLayout.class)
public class NotFoundView extends Div implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        setId("not-found");
        addClassName("error-page");
        add(new H2(getTranslation("error.notFound.title")), new Paragraph(getTranslation("error.notFound.text")),
                new Anchor("/", getTranslation("error.backHome")));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
