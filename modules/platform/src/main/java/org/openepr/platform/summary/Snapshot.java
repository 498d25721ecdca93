package org.openepr.platform.summary;

import java.time.Instant;

/**
 * What a summary panel or printed section was read as: a read model that says when its query ran (from the use case's
 * injected clock), so the summary can say how old each part is ("as of 10:04:31"). A record with an
 * {@code Instant asOf} component implements it by itself.
 */
public interface Snapshot {
    Instant asOf();
}
