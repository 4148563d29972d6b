package org.sunshine.base.text;

import io.micronaut.aop.InterceptorBean;
import io.micronaut.aop.MethodInterceptor;
import io.micronaut.aop.MethodInvocationContext;
import io.micronaut.core.beans.BeanIntrospection;
import io.micronaut.core.beans.BeanIntrospector;
import io.micronaut.core.order.Ordered;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Repository;
import io.micronaut.data.model.runtime.RuntimeEntityRegistry;
import io.micronaut.data.model.runtime.RuntimePersistentEntity;
import io.micronaut.data.model.runtime.RuntimePersistentProperty;
import jakarta.inject.Singleton;
import org.sunshine.base.DomainException;

import java.util.Locale;
import java.util.Map;

/**
 * The last check before the database, on every repository of every feature: before a {@code save…},
 * {@code update…}, {@code insert…} or {@code persist…} runs, each text property of the entities it is given obeys
 * {@link TextRules} (as a multi-line field: a service checks its one-line fields itself) and fits its column, and
 * each text argument of an update by query obeys the rules. A text that does not is refused with a
 * {@link DomainException} on the property — bad input, shown to the person like any other refusal — before
 * anything is sent to the database, and the service's transaction writes nothing. Services check their fields first,
 * with each field's own message; this catches what one of them forgot, so that a bad character or an over-long text
 * never reaches a table, nor fails there as a database error.
 */
@Singleton
@InterceptorBean(Repository.class)
final class TextGuard implements MethodInterceptor<Object, Object> {

    private final ColumnSizes columns;
    private final RuntimeEntityRegistry entities;

    TextGuard(ColumnSizes columns, RuntimeEntityRegistry entities) {
        this.columns = columns;
        this.entities = entities;
    }

    @Override
    public int getOrder() {
        // before Micronaut Data's own advice, which carries out the method
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public Object intercept(MethodInvocationContext<Object, Object> context) {
        if (writes(context.getMethodName())) {
            for (Map.Entry<String, Object> argument : context.getParameterValueMap().entrySet()) {
                check(argument.getKey(), argument.getValue());
            }
        }
        return context.proceed();
    }

    static boolean writes(String method) {
        String name = method.toLowerCase(Locale.ROOT);
        return name.startsWith("save") || name.startsWith("update") || name.startsWith("insert") || name.startsWith("persist");
    }

    private void check(String name, Object value) {
        if (value instanceof String text) {
            if (!TextRules.allowed(text, TextRules.Lines.MANY)) {
                throw DomainException.on(name, "input.error.charactersUnnamed");
            }
        } else if (value instanceof Iterable<?> many) {
            for (Object one : many) {
                check(name, one);
            }
        } else if (value != null) {
            BeanIntrospection<?> introspection = BeanIntrospector.SHARED.findIntrospection(value.getClass()).orElse(null);
            if (introspection != null && introspection.hasStereotype(MappedEntity.class)) {
                checkEntity(value);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void checkEntity(Object entity) {
        RuntimePersistentEntity<Object> type = entities.getEntity((Class<Object>) entity.getClass());
        for (RuntimePersistentProperty<Object> property : type.getPersistentProperties()) {
            if (property.getType() != String.class) {
                continue;
            }
            Object value = property.getProperty().get(entity);
            if (!(value instanceof String text) || text.isEmpty()) {
                continue;
            }
            if (!TextRules.allowed(text, TextRules.Lines.MANY)) {
                throw DomainException.on(property.getName(), "input.error.charactersUnnamed");
            }
            ColumnSizes.Size size = columns.of(type.getPersistedName(), property.getPersistedName());
            if (size != null && !size.fits(text)) {
                throw DomainException.on(property.getName(), "input.error.tooLongUnnamed", size.characters());
            }
        }
    }
}
