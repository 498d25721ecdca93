package org.openepr.patients.domain;

import java.util.List;

/** One page of search results, with the total so screens and bundles can offer the next page. */
public record ResultPage<T>(List<T> items, int page, int pageSize, long total) {

    public boolean hasNext() {
        return (long) (page + 1) * pageSize < total;
    }
}
