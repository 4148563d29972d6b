package org.sunshine.vaadin;

import jakarta.annotation.PreDestroy;

import java.util.concurrent.atomic.AtomicInteger;

/** A test bean with one instance per browser tab. */
@UIScope
public class TabState {

    static final AtomicInteger DESTROYED = new AtomicInteger();

    @PreDestroy
    void destroyed() {
        DESTROYED.incrementAndGet();
    }
}
