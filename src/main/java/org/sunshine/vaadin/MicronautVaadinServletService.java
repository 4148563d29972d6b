package org.sunshine.vaadin;

import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinServlet;
import com.vaadin.flow.server.VaadinServletService;
import io.micronaut.context.BeanContext;

import java.io.InputStream;
import java.net.URL;
import java.util.Optional;

/**
 * Vaadin's service for Micronaut: instantiates through {@link MicronautInstantiator}, ends session-scoped beans
 * with their session, and serves static resources only from {@code META-INF/resources} on the classpath.
 */
public class MicronautVaadinServletService extends VaadinServletService {

    private static final String WEB_RESOURCES = "META-INF/resources";

    private final transient BeanContext beanContext;

    public MicronautVaadinServletService(VaadinServlet servlet, DeploymentConfiguration configuration,
                                         BeanContext beanContext) {
        super(servlet, configuration);
        this.beanContext = beanContext;
    }

    @Override
    public void init() throws ServiceException {
        super.init();
        VaadinSessionBeanScope sessionScope = beanContext.getBean(VaadinSessionBeanScope.class);
        addSessionDestroyListener(event -> sessionScope.destroy(event.getSession()));
        beanContext.getBean(VaadinWarmUp.class).started(this);
    }

    @Override
    protected Optional<Instantiator> loadInstantiators() throws ServiceException {
        return Optional.of(new MicronautInstantiator(this, beanContext));
    }

    /*
     * Tomcat's embedded context has the file system root as its document base, so the servlet context's
     * resources must never be served: a static file is one on the classpath under META-INF/resources.
     */
    @Override
    public URL getStaticResource(String path) {
        return classpathResource(path);
    }

    @Override
    public URL getResource(String path) {
        return classpathResource(resolveResource(path));
    }

    @Override
    public URL getResourceInServletContext(String path) {
        return classpathResource(path);
    }

    @Override
    public InputStream getResourceAsStream(String path) {
        URL url = getResource(path);
        try {
            return url == null ? null : url.openStream();
        } catch (java.io.IOException e) {
            return null;
        }
    }

    private URL classpathResource(String path) {
        if (path == null || !path.startsWith("/") || path.contains("..") || path.contains("\\")) {
            return null;
        }
        return getClassLoader().getResource(WEB_RESOURCES + path);
    }
}
