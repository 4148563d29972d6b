package org.sunshine.vaadin;

import io.micronaut.context.annotation.Bean;
import jakarta.inject.Scope;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** One instance per browser tab (Vaadin {@code UI}); ended when the UI closes. */
@Bean
@Scope
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface UIScope {
}
