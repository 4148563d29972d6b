/**
 * Vaadin served by Micronaut: the servlet's start-up without a classpath scan, views and layouts from the bean
 * context, the UI and session scopes.
 */
package org.sunshine.vaadin;
