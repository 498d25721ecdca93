package org.openepr.platform.summary;

import java.time.Instant;
import java.util.List;

/**
 * A section of the printed case record summary: a heading, a table (column names, then rows of text) and what to
 * print when there are no rows. {@code note} says what was left out ("and 12 older appointments"), or is null.
 */
public record PrintedSection(String title, List<String> columns, List<List<String>> rows, String emptyText, String note, Instant asOf) {

    public PrintedSection {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
    }
}
