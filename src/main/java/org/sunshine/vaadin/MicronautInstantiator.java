package org.sunshine.vaadin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.di.DefaultInstantiator;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.micronaut.context.BeanContext;
import io.micronaut.context.exceptions.NonUniqueBeanException;

import java.util.stream.Stream;

/**
 * Creates views, layouts and their dependencies with Micronaut's bean context, so that they get constructor
 * injection. A class without a bean definition is created by Vaadin as usual.
 */
public class MicronautInstantiator extends DefaultInstantiator {

    private final transient BeanContext beanContext;

    public MicronautInstantiator(VaadinService service, BeanContext beanContext) {
        super(service);
        this.beanContext = beanContext;
    }

    @Override
    public Stream<VaadinServiceInitListener> getServiceInitListeners() {
        return Stream.concat(super.getServiceInitListeners(),
                beanContext.getBeansOfType(VaadinServiceInitListener.class).stream());
    }

    @Override
    public <T> T getOrCreate(Class<T> type) {
        if (isBean(type)) {
            return beanContext.getBean(type);
        }
        return super.getOrCreate(type);
    }

    @Override
    public <T extends Component> T createComponent(Class<T> componentClass) {
        if (isBean(componentClass)) {
            return beanContext.getBean(componentClass);
        }
        return super.createComponent(componentClass);
    }

    @Override
    public I18NProvider getI18NProvider() {
        return beanContext.findBean(I18NProvider.class).orElseGet(super::getI18NProvider);
    }

    private boolean isBean(Class<?> type) {
        try {
            return beanContext.findBeanDefinition(type).map(d -> d.getBeanType().equals(type)).orElse(false);
        } catch (NonUniqueBeanException e) {
            return false;
        }
    }
}
