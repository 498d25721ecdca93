package org.openepr.platform.persistence;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A use case (or one of its methods) that changes no clinical data: the only row it writes is the audit line
 * of what was read. Its transaction commits without waiting for the WAL flush (PostgreSQL
 * {@code synchronous_commit = off} for that transaction only), which saves the disk wait on every read.
 * The bounded risk: if the database server crashes within about 3 × wal_writer_delay (600 ms by default) of
 * such a commit, that read's audit line can be lost; no clinical data can be. A write joining the same
 * transaction switches it back to a durable commit. See docs/architecture.md.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface ReadsOnly {
}
