package org.openepr.platform.offboarding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The erasure tables, read and written in the calling use case's transaction. Instance metadata, no patient data. */
@ApplicationScoped
class Erasures {

    @PersistenceContext(unitName = "epr")
    EntityManager em;

    Optional<Erasure> ofTrust(String trust) {
        List<?> found = sql("select cast(id as varchar) from trust_erasure where subject_trust = ?")
                .setParameter(1, trust).getResultList();
        return found.isEmpty() ? Optional.empty() : Optional.of(byId(UUID.fromString((String) found.get(0))));
    }

    Erasure byId(UUID id) {
        Object[] r = (Object[]) sql("select subject_trust, requested_by, requested_at, cast(export_job as varchar),"
                        + " export_confirmed_by, export_confirmed_at, state, started_at, finished_at, failure,"
                        + " keycloak_state, keycloak_attempts, keycloak_at, keycloak_outcome, keycloak_planned, files_deleted, bytes_deleted"
                        + " from trust_erasure where id = cast(? as uuid)")
                .setParameter(1, id.toString()).getSingleResult();
        List<?> rows = sql("select position, table_name, rows_before, rows_erased, rows_after, done from trust_erasure_table"
                + " where erasure_id = cast(? as uuid) order by position").setParameter(1, id.toString()).getResultList();
        List<ErasedTable> tables = rows.stream().map(o -> (Object[]) o).map(t -> new ErasedTable(((Number) t[0]).intValue(), (String) t[1],
                ((Number) t[2]).longValue(), ((Number) t[3]).longValue(), t[4] == null ? null : ((Number) t[4]).longValue(),
                Boolean.TRUE.equals(t[5]))).toList();
        List<?> accountRows = sql("select user_id, username, action, other_trusts, done from trust_erasure_account"
                + " where erasure_id = cast(? as uuid) order by username").setParameter(1, id.toString()).getResultList();
        List<ErasedAccount> accounts = accountRows.stream().map(o -> (Object[]) o).map(a -> new ErasedAccount((String) a[0], (String) a[1],
                ErasedAccount.Action.valueOf((String) a[2]), (String) a[3], Boolean.TRUE.equals(a[4]))).toList();
        KeycloakOutcome keycloak = new KeycloakOutcome((String) r[10], ((Number) r[11]).intValue(), ExportReceipt.instant(r[12]), (String) r[13],
                Boolean.TRUE.equals(r[14]), accounts);
        return new Erasure(id, (String) r[0], (String) r[1], ExportReceipt.instant(r[2]), UUID.fromString((String) r[3]), (String) r[4],
                ExportReceipt.instant(r[5]), (String) r[6], ExportReceipt.instant(r[7]), ExportReceipt.instant(r[8]), (String) r[9], tables,
                keycloak, ((Number) r[15]).longValue(), ((Number) r[16]).longValue());
    }

    /** The accounts of the trust's group, listed once before Keycloak is changed. */
    void planAccounts(UUID id, List<ErasedAccount> accounts) {
        for (ErasedAccount a : accounts) {
            sql("insert into trust_erasure_account (erasure_id, user_id, username, action, other_trusts) values (cast(? as uuid), ?, ?, ?, ?)"
                    + " on conflict do nothing")
                    .setParameter(1, id.toString()).setParameter(2, a.userId()).setParameter(3, a.username()).setParameter(4, a.action().name())
                    .setParameter(5, a.otherTrusts()).executeUpdate();
        }
        sql("update trust_erasure set keycloak_planned = true where id = cast(? as uuid)").setParameter(1, id.toString()).executeUpdate();
    }

    void accountDone(UUID id, String userId) {
        sql("update trust_erasure_account set done = true where erasure_id = cast(? as uuid) and user_id = ?")
                .setParameter(1, id.toString()).setParameter(2, userId).executeUpdate();
    }

    /** One attempt at the Keycloak clean-up: DONE with what was done, or WAITING with why. */
    void keycloakAttempt(UUID id, String state, String outcome, Instant at) {
        sql("update trust_erasure set keycloak_state = ?, keycloak_outcome = ?, keycloak_at = ?, keycloak_attempts = keycloak_attempts + 1"
                + " where id = cast(? as uuid)")
                .setParameter(1, state).setParameter(2, outcome.length() > 2000 ? outcome.substring(0, 2000) : outcome)
                .setParameter(3, Timestamp.from(at)).setParameter(4, id.toString()).executeUpdate();
    }

    void filesDeleted(UUID id, long files, long bytes) {
        sql("update trust_erasure set files_deleted = files_deleted + ?, bytes_deleted = bytes_deleted + ? where id = cast(? as uuid)")
                .setParameter(1, files).setParameter(2, bytes).setParameter(3, id.toString()).executeUpdate();
    }

    void insert(Erasure e) {
        sql("insert into trust_erasure (id, subject_trust, requested_by, requested_at, export_job, export_confirmed_by,"
                        + " export_confirmed_at, state, started_at) values (cast(? as uuid), ?, ?, ?, cast(? as uuid), ?, ?, 'RUNNING', ?)")
                .setParameter(1, e.id().toString()).setParameter(2, e.trust()).setParameter(3, e.requestedBy())
                .setParameter(4, Timestamp.from(e.requestedAt())).setParameter(5, e.exportJob().toString())
                .setParameter(6, e.exportConfirmedBy()).setParameter(7, Timestamp.from(e.exportConfirmedAt()))
                .setParameter(8, Timestamp.from(e.requestedAt())).executeUpdate();
    }

    void plan(UUID id, String trust, List<String> tables) {
        int position = 0;
        for (String table : tables) {
            long before = ((Number) sql("select count_trust_rows(?, ?)").setParameter(1, trust).setParameter(2, table)
                    .getSingleResult()).longValue();
            // an empty table is done at once (sign-in is closed, so no row can come); finish() counts every table again
            sql("insert into trust_erasure_table (erasure_id, position, table_name, rows_before, rows_after, done)"
                            + " values (cast(? as uuid), ?, ?, ?, ?, ?)")
                    .setParameter(1, id.toString()).setParameter(2, position++).setParameter(3, table).setParameter(4, before)
                    .setParameter(5, before == 0 ? 0L : null).setParameter(6, before == 0).executeUpdate();
        }
    }

    /** One batch: at most {@code limit} rows erased through the owner's function, the checkpoint moved in the same transaction. */
    int eraseBatch(UUID id, String trust, String table, int limit) {
        int erased = ((Number) sql("select erase_trust_rows(?, ?, ?)").setParameter(1, trust).setParameter(2, table)
                .setParameter(3, limit).getSingleResult()).intValue();
        if (erased < limit) {
            long after = ((Number) sql("select count_trust_rows(?, ?)").setParameter(1, trust).setParameter(2, table)
                    .getSingleResult()).longValue();
            sql("update trust_erasure_table set rows_erased = rows_erased + ?, rows_after = ?, done = ?"
                            + " where erasure_id = cast(? as uuid) and table_name = ?")
                    .setParameter(1, erased).setParameter(2, after).setParameter(3, after == 0).setParameter(4, id.toString())
                    .setParameter(5, table).executeUpdate();
        } else {
            sql("update trust_erasure_table set rows_erased = rows_erased + ? where erasure_id = cast(? as uuid) and table_name = ?")
                    .setParameter(1, erased).setParameter(2, id.toString()).setParameter(3, table).executeUpdate();
        }
        return erased;
    }

    /** Counts every table of the erasure again; a table still holding rows of the trust is taken up again. */
    boolean allEmpty(UUID id, String trust) {
        boolean empty = true;
        for (ErasedTable t : byId(id).tables()) {
            long left = ((Number) sql("select count_trust_rows(?, ?)").setParameter(1, trust).setParameter(2, t.table())
                    .getSingleResult()).longValue();
            if (left > 0) {
                empty = false;
                sql("update trust_erasure_table set done = false, rows_before = rows_before + ? where erasure_id = cast(? as uuid)"
                        + " and table_name = ?").setParameter(1, left).setParameter(2, id.toString()).setParameter(3, t.table()).executeUpdate();
            }
        }
        return empty;
    }

    void finish(UUID id, String state, Instant at, String failure) {
        sql("update trust_erasure set state = ?, finished_at = ?, failure = ? where id = cast(? as uuid)")
                .setParameter(1, state).setParameter(2, Timestamp.from(at)).setParameter(3, failure).setParameter(4, id.toString()).executeUpdate();
    }

    /**
     * Every table of the schema with a trust column (found as TrustTables finds them, so a later module's tables are
     * covered), children before the tables their foreign keys point to, so each batch deletes only unreferenced rows.
     */
    List<String> trustTablesInErasureOrder() {
        List<String> tables = sql("""
                select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                 where n.nspname = current_schema() and c.relkind in ('r', 'p') and c.relname not like 'schema_history%'
                   and not c.relispartition
                   and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'trust' and not a.attisdropped)
                 order by c.relname""").getResultList().stream().map(String.class::cast).toList();
        Map<String, Set<String>> referencedBy = new LinkedHashMap<>();
        tables.forEach(t -> referencedBy.put(t, new LinkedHashSet<>()));
        for (Object o : sql("""
                select child.relname, parent.relname from pg_constraint k
                  join pg_class child on child.oid = k.conrelid join pg_class parent on parent.oid = k.confrelid
                  join pg_namespace n on n.oid = child.relnamespace
                 where k.contype = 'f' and n.nspname = current_schema() and k.conrelid <> k.confrelid""").getResultList()) {
            Object[] fk = (Object[]) o;
            if (referencedBy.containsKey((String) fk[1]) && referencedBy.containsKey((String) fk[0])) {
                referencedBy.get((String) fk[1]).add((String) fk[0]);
            }
        }
        List<String> ordered = new ArrayList<>();
        Set<String> visiting = new LinkedHashSet<>();
        tables.forEach(t -> visit(t, referencedBy, ordered, visiting));
        return ordered;
    }

    private static void visit(String table, Map<String, Set<String>> referencedBy, List<String> ordered, Set<String> visiting) {
        if (ordered.contains(table) || !visiting.add(table)) {
            return; // done, or a cycle (erased in name order; a failing batch stops the job, see docs/offboarding.md)
        }
        referencedBy.get(table).forEach(child -> visit(child, referencedBy, ordered, visiting));
        ordered.add(table);
    }

    /**
     * Plain SQL on tables outside the ORM's tenant filter (native queries are off by default in this unit): the
     * erasure tables hold no trust column, and a trust table read here is still bound by row-level security.
     */
    private jakarta.persistence.Query sql(String statement) {
        return em.createNativeQuery(statement).setHint("eclipselink.jdbc.allow-native-sql-query", true);
    }
}
