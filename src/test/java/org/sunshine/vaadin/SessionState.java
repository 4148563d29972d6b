package org.sunshine.vaadin;

/** A test bean with one instance per Vaadin session. */
@VaadinSessionScope
public class SessionState {
}
