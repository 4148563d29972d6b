package org.sunshine.vaadin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.micronaut.context.BeanContext;
import io.micronaut.inject.BeanDefinition;
import io.micronaut.inject.qualifiers.Qualifiers;
import jakarta.inject.Singleton;

import java.lang.annotation.Annotation;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The application's Vaadin types, read from Micronaut's compile-time bean definitions instead of a classpath
 * scan: every view, layout, error view and the app shell is a bean (views are {@code @Route @Prototype}).
 */
@Singleton
public class VaadinTypes {

    private final BeanContext beanContext;

    public VaadinTypes(BeanContext beanContext) {
        this.beanContext = beanContext;
    }

    /** Classes annotated {@code @Route}. */
    public Set<Class<? extends Component>> routes() {
        return componentsAnnotated(Route.class);
    }

    /** Classes annotated {@code @Layout} (automatic layouts). */
    public Set<Class<? extends Component>> layouts() {
        return componentsAnnotated(Layout.class);
    }

    /** Error views: implementations of {@code HasErrorParameter}. */
    public Set<Class<?>> errorViews() {
        return beansOf(HasErrorParameter.class);
    }

    /** Every type Vaadin's start-up and development mode look at. */
    public Set<Class<?>> all() {
        Set<Class<?>> all = new LinkedHashSet<>();
        all.addAll(routes());
        all.addAll(layouts());
        all.addAll(errorViews());
        all.addAll(beansOf(AppShellConfigurator.class));
        all.addAll(beansOf(VaadinServiceInitListener.class));
        return all;
    }

    @SuppressWarnings("unchecked")
    private Set<Class<? extends Component>> componentsAnnotated(Class<? extends Annotation> annotation) {
        Set<Class<? extends Component>> types = new LinkedHashSet<>();
        for (BeanDefinition<?> definition : beanContext.getBeanDefinitions(Qualifiers.byStereotype(annotation))) {
            if (Component.class.isAssignableFrom(definition.getBeanType())) {
                types.add((Class<? extends Component>) definition.getBeanType());
            }
        }
        return types;
    }

    private Set<Class<?>> beansOf(Class<?> type) {
        Set<Class<?>> types = new LinkedHashSet<>();
        for (BeanDefinition<?> definition : beanContext.getBeanDefinitions(type)) {
            types.add(definition.getBeanType());
        }
        return types;
    }
}
