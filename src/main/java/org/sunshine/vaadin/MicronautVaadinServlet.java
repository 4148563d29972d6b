package org.sunshine.vaadin;

import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinServlet;
import com.vaadin.flow.server.VaadinServletService;
import io.micronaut.context.ApplicationContext;

/** Vaadin's servlet, with a service whose instances come from Micronaut's bean context. */
public class MicronautVaadinServlet extends VaadinServlet {

    private final transient ApplicationContext applicationContext;

    public MicronautVaadinServlet(ApplicationContext applicationContext) {
        this.applicationContext = applicationContext;
    }

    @Override
    protected VaadinServletService createServletService(DeploymentConfiguration deploymentConfiguration)
            throws ServiceException {
        MicronautVaadinServletService service =
                new MicronautVaadinServletService(this, deploymentConfiguration, applicationContext);
        service.init();
        return service;
    }
}
