package org.sunshine.vaadin;

import com.vaadin.flow.di.LookupInitializer;
import com.vaadin.flow.server.startup.AnnotationValidator;
import com.vaadin.flow.server.startup.ClassLoaderAwareServletContainerInitializer;
import com.vaadin.flow.server.startup.ErrorNavigationTargetInitializer;
import com.vaadin.flow.server.startup.LookupServletContainerInitializer;
import com.vaadin.flow.server.startup.RouteRegistryInitializer;
import com.vaadin.flow.server.startup.VaadinAppShellInitializer;
import io.micronaut.context.ApplicationContext;
import jakarta.inject.Singleton;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRegistration;
import jakarta.servlet.annotation.HandlesTypes;

import java.lang.annotation.Annotation;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Starts Vaadin inside Micronaut's servlet container (Micronaut Servlet hands every {@link ServletContainerInitializer}
 * bean to Tomcat). A servlet container would find Vaadin's initializers and their {@code @HandlesTypes} classes by
 * scanning the classpath; here they run with the types from {@link VaadinTypes}, and the Vaadin servlet is mapped
 * to {@code /*}, next to Micronaut's servlet on its own paths.
 */
@Singleton
public class VaadinServletInitializer implements ServletContainerInitializer {

    public static final String SERVLET_NAME = "vaadin";

    /** Present only in development builds (com.vaadin:vaadin-dev), so referenced by name. */
    static final String DEV_MODE_STARTUP_LISTENER = "com.vaadin.base.devserver.startup.DevModeStartupListener";
    private static final List<String> DEV_SERVER_SERVICES = List.of(
            "com.vaadin.base.devserver.DevModeHandlerManagerImpl",
            "com.vaadin.base.devserver.BrowserLiveReloadAccessorImpl");

    private final ApplicationContext applicationContext;
    private final VaadinTypes types;
    private final VaadinConfiguration configuration;

    public VaadinServletInitializer(ApplicationContext applicationContext, VaadinTypes types,
                                    VaadinConfiguration configuration) {
        this.applicationContext = applicationContext;
        this.types = types;
        this.configuration = configuration;
    }

    @Override
    public void onStartup(Set<Class<?>> ignored, ServletContext servletContext) throws ServletException {
        Set<Class<?>> lookupTypes = new LinkedHashSet<>();
        lookupTypes.add(LookupInitializer.class);
        DEV_SERVER_SERVICES.forEach(name -> load(name).ifPresent(lookupTypes::add));
        new LookupServletContainerInitializer().process(lookupTypes, servletContext);

        Set<Class<?>> appTypes = types.all();
        List<ClassLoaderAwareServletContainerInitializer> initializers = List.of(
                new RouteRegistryInitializer(),
                new ErrorNavigationTargetInitializer(),
                new VaadinAppShellInitializer(),
                new AnnotationValidator());
        for (ClassLoaderAwareServletContainerInitializer initializer : initializers) {
            initializer.process(handledTypes(initializer, appTypes), servletContext);
        }
        startDevelopmentMode(appTypes, servletContext);

        ServletRegistration.Dynamic registration = servletContext.addServlet(SERVLET_NAME,
                new MicronautVaadinServlet(applicationContext));
        registration.addMapping("/*");
        registration.setAsyncSupported(true);
        registration.setLoadOnStartup(1);
        // a government office's development machine does not report usage to the vendor
        registration.setInitParameter("devmode.usageStatistics.enabled", "false");
        configuration.initParameters().forEach(registration::setInitParameter);
    }

    /** Vaadin's development mode (dev bundle, live reload), when vaadin-dev is on the classpath. */
    private void startDevelopmentMode(Set<Class<?>> appTypes, ServletContext servletContext) throws ServletException {
        var listenerType = load(DEV_MODE_STARTUP_LISTENER);
        if (listenerType.isEmpty()) {
            return;
        }
        try {
            Object listener = listenerType.get().getDeclaredConstructor().newInstance();
            ((ClassLoaderAwareServletContainerInitializer) listener).process(appTypes, servletContext);
            // stops the development server with the servlet context
            servletContext.addListener((ServletContextListener) listener);
        } catch (ReflectiveOperationException e) {
            throw new ServletException("Cannot start Vaadin's development mode", e);
        }
    }

    /** The types an initializer handles, selected as a servlet container would by its {@code @HandlesTypes}. */
    @SuppressWarnings("unchecked")
    static Set<Class<?>> handledTypes(Object initializer, Set<Class<?>> candidates) {
        HandlesTypes handles = initializer.getClass().getAnnotation(HandlesTypes.class);
        Set<Class<?>> handled = new LinkedHashSet<>();
        if (handles == null) {
            return handled;
        }
        for (Class<?> candidate : candidates) {
            for (Class<?> type : handles.value()) {
                boolean matches = type.isAnnotation()
                        ? candidate.isAnnotationPresent((Class<? extends Annotation>) type)
                        : type.isAssignableFrom(candidate) && !type.equals(candidate);
                if (matches) {
                    handled.add(candidate);
                    break;
                }
            }
        }
        return handled;
    }

    private java.util.Optional<Class<?>> load(String className) {
        try {
            return java.util.Optional.of(Class.forName(className, true, getClass().getClassLoader()));
        } catch (ClassNotFoundException e) {
            return java.util.Optional.empty();
        }
    }
}
