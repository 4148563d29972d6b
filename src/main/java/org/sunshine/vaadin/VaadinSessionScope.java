package org.sunshine.vaadin;

import io.micronaut.context.annotation.Bean;
import jakarta.inject.Scope;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** One instance per Vaadin session (all tabs of one browser session); ended when the session ends. */
@Bean
@Scope
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface VaadinSessionScope {
}
