package org.openepr.it.support;

import jakarta.enterprise.inject.spi.CDI;

/** For in-container tests: a bean looked up inside work that {@link AsAnotherUser} runs in its own request. */
public final class Beans {

    private Beans() {
    }

    public static <T> T get(Class<T> type) {
        return CDI.current().select(type).get();
    }
}
