package org.openepr.it.isolation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openepr.it.support.Db;
import org.openepr.it.support.Fhir;
import org.openepr.it.support.NhsNumbers;
import org.openepr.it.support.Tokens;

/**
 * The second lock on its own: raw SQL run as the application's database role, with no help from
 * the ORM. Row-level security must keep each trust's rows apart even without a WHERE clause.
 */
class DatabaseIsolationIT {

    @BeforeAll
    static void patientsInTwoTrusts() {
        Fhir.register(Tokens.of("rat.clinician"), Fhir.patient(NhsNumbers.next(), "Rawsql", "Rat", "1960-02-02"));
        Fhir.register(Tokens.of("rkl.clinician"), Fhir.patient(NhsNumbers.next(), "Rawsql", "Rkl", "1961-03-03"));
    }

    @Test
    void withTrustASetACountWithoutWhereSeesOnlyTrustARows() throws SQLException {
        long ratRows;
        long allRows;
        try (Connection su = Db.asSuperuser()) {
            ratRows = Db.count(su, "select count(*) from patient where trust = 'RAT'");
            allRows = Db.count(su, "select count(*) from patient");
        }
        assertTrue(allRows > ratRows, "the test needs rows of more than one trust");
        try (Connection app = Db.asApplication()) {
            app.setAutoCommit(false);
            trust(app, "RAT");
            assertEquals(ratRows, Db.count(app, "select count(*) from patient"));
            assertEquals(0, Db.count(app, "select count(*) from patient where trust <> 'RAT'"));
            assertEquals(0, Db.count(app, "select count(*) from audit_event where trust <> 'RAT'"));
            app.rollback();
        }
    }

    @Test
    void withNoTrustSetTheApplicationRoleSeesNothing() throws SQLException {
        try (Connection app = Db.asApplication()) {
            assertEquals(0, Db.count(app, "select count(*) from patient"));
            assertEquals(0, Db.count(app, "select count(*) from audit_event"));
            // an empty setting (what a reused pooled connection holds) fails closed too
            app.setAutoCommit(false);
            trust(app, "");
            assertEquals(0, Db.count(app, "select count(*) from patient"));
            app.rollback();
        }
    }

    @Test
    void theSettingIsLocalToItsTransaction() throws SQLException {
        try (Connection app = Db.asApplication()) {
            app.setAutoCommit(false);
            trust(app, "RAT");
            assertTrue(Db.count(app, "select count(*) from patient") > 0);
            app.commit();
            assertEquals(0, Db.count(app, "select count(*) from patient"), "the next transaction on this connection starts with no trust");
            app.rollback();
        }
    }

    @Test
    void rowsCannotBeWrittenIntoAnotherTrust() throws SQLException {
        try (Connection app = Db.asApplication()) {
            app.setAutoCommit(false);
            trust(app, "RAT");
            var e = assertThrows(SQLException.class, () -> insertPatient(app, "RKL"));
            assertTrue(e.getMessage().contains("row-level security"), e.getMessage());
            app.rollback();
            trust(app, "RAT");
            try (var st = app.createStatement()) {
                assertEquals(0, st.executeUpdate("update patient set given_name = 'Changed' where trust = 'RKL'"));
                assertEquals(0, st.executeUpdate("update patient set trust = 'RKL' where trust = 'RKL'"));
            }
            app.rollback();
        }
    }

    @Test
    void theAuditTrailIsAppendOnlyForTheApplication() throws SQLException {
        try (Connection app = Db.asApplication()) {
            app.setAutoCommit(false);
            trust(app, "RAT");
            try (var st = app.prepareStatement("insert into audit_event (trust, id, at, actor, action) values ('RAT', ?, now(), 'it', 'PATIENT_VIEWED')")) {
                st.setObject(1, UUID.randomUUID());
                assertEquals(1, st.executeUpdate());
            }
            app.rollback();
            trust(app, "RAT");
            var update = assertThrows(SQLException.class, () -> app.createStatement().executeUpdate("update audit_event set actor = 'someone else'"));
            assertTrue(update.getMessage().contains("permission denied"), update.getMessage());
            app.rollback();
            trust(app, "RAT");
            var delete = assertThrows(SQLException.class, () -> app.createStatement().executeUpdate("delete from audit_event"));
            assertTrue(delete.getMessage().contains("permission denied"), delete.getMessage());
            app.rollback();
        }
    }

    @Test
    void theApplicationRoleOwnsNothingAndCannotBypassTheLocks() throws SQLException {
        try (Connection app = Db.asApplication()) {
            try (var rs = app.createStatement().executeQuery(
                    "select rolsuper, rolbypassrls from pg_roles where rolname = current_user")) {
                rs.next();
                assertFalse(rs.getBoolean(1));
                assertFalse(rs.getBoolean(2));
            }
            assertEquals(0, Db.count(app, "select count(*) from pg_tables where schemaname = 'public' and tableowner = current_user"));
            var create = assertThrows(SQLException.class, () -> app.createStatement().execute("create table sneaky (id int)"));
            assertTrue(create.getMessage().contains("permission denied"), create.getMessage());
            var disable = assertThrows(SQLException.class, () -> app.createStatement().execute("alter table patient disable row level security"));
            assertTrue(disable.getMessage().contains("must be owner"), disable.getMessage());
            var delete = assertThrows(SQLException.class, () -> app.createStatement().execute("delete from patient"));
            assertTrue(delete.getMessage().contains("permission denied"), delete.getMessage());
        }
    }

    @Test
    void everyClinicalTableHasForcedRowLevelSecurity() throws SQLException {
        try (Connection su = Db.asSuperuser()) {
            long unprotected = Db.count(su, """
                    select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace
                    where n.nspname = 'public' and c.relkind = 'r'
                      and exists (select 1 from information_schema.columns col
                                  where col.table_name = c.relname and col.column_name = 'trust')
                      and not (c.relrowsecurity and c.relforcerowsecurity)""");
            assertEquals(0, unprotected, "every table with a trust column must have FORCE ROW LEVEL SECURITY");
            long withoutPolicy = Db.count(su, """
                    select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace
                    where n.nspname = 'public' and c.relkind = 'r'
                      and exists (select 1 from information_schema.columns col
                                  where col.table_name = c.relname and col.column_name = 'trust')
                      and not exists (select 1 from pg_policy p where p.polrelid = c.oid
                                      and pg_get_expr(p.polqual, p.polrelid) like '%current_setting(''epr.trust''%')""");
            assertEquals(0, withoutPolicy, "every table with a trust column has the policy that reads the transaction's trust");
        }
    }

    /** Each module's tables, from the create table statements of its migrations (modules/<m>/src/main/resources/db/<m>). */
    static java.util.Map<String, String> tableOwners() throws java.io.IOException {
        java.util.Map<String, String> owners = new java.util.HashMap<>();
        var create = java.util.regex.Pattern.compile("(?i)create table\\s+(\\w+)");
        java.nio.file.Path modules = java.nio.file.Path.of(System.getProperty("epr.repo.dir", "..")).resolve("modules");
        try (var files = java.nio.file.Files.walk(modules)) {
            for (var f : files.filter(x -> x.toString().endsWith(".sql") && x.toString().contains("src/main/resources/db/")).toList()) {
                String module = modules.relativize(f).getName(0).toString();
                var m = create.matcher(java.nio.file.Files.readString(f));
                while (m.find()) {
                    owners.put(m.group(1).toLowerCase(), module);
                }
            }
        }
        return owners;
    }

    @Test
    void noForeignKeyCrossesFromOneModulesTablesIntoAnothers() throws Exception {
        var owners = tableOwners();
        assertTrue(owners.size() >= 8 && "patient-index".equals(owners.get("patient")) && "clinics".equals(owners.get("booking")), owners.toString());
        java.util.List<String> crossing = new java.util.ArrayList<>();
        try (Connection su = Db.asSuperuser(); var st = su.createStatement(); var rs = st.executeQuery("""
                select c.conrelid::regclass::text, c.confrelid::regclass::text, c.conname from pg_constraint c
                join pg_namespace n on n.oid = c.connamespace where c.contype = 'f' and n.nspname = 'public'""")) {
            int foreignKeys = 0;
            while (rs.next()) {
                foreignKeys++;
                String from = owners.get(rs.getString(1));
                String to = owners.get(rs.getString(2));
                if (from == null || to == null || !from.equals(to)) {
                    crossing.add(rs.getString(3) + ": " + rs.getString(1) + " (" + from + ") -> " + rs.getString(2) + " (" + to + ")");
                }
            }
            assertTrue(foreignKeys > 0, "the schema has foreign keys inside modules");
        }
        assertEquals(java.util.List.of(), crossing, "each module's schema changes on its own: no foreign key into another module's tables");
    }

    @Test
    void theApplicationRoleHasExactlyTheDeclaredGrants() throws SQLException {
        try (Connection su = Db.asSuperuser()) {
            assertEquals(0, Db.count(su, "select count(*) from information_schema.role_table_grants where grantee = 'epr_app'"
                    + " and privilege_type = 'DELETE'"), "clinical data and audit lines are never deleted by the application");
            assertEquals(0, Db.count(su, "select count(*) from information_schema.role_table_grants where grantee = 'epr_app'"
                    + " and table_name in ('audit_event', 'operator_audit') and privilege_type = 'UPDATE'"), "audit trails are append-only");
            assertEquals(1, Db.count(su, "select count(*) from information_schema.role_table_grants where grantee = 'epr_app'"
                    + " and table_name = 'patient' and privilege_type = 'UPDATE'"), "patients are corrected");
        }
    }

    static void trust(Connection c, String ods) throws SQLException {
        try (var st = c.prepareStatement("select set_config('epr.trust', ?, true)")) {
            st.setString(1, ods);
            st.executeQuery().close();
        }
    }

    static void insertPatient(Connection c, String trust) throws SQLException {
        try (var st = c.prepareStatement("""
                insert into patient (trust, id, nhs_number, family_name, given_name, search_name, birth_date, gender,
                  address_line1, town, postcode, gp_practice, registered_at, registered_by, updated_at, updated_by, version)
                values (?, ?, ?, 'Sneaky', 'Row', 'SNEAKY', date '1970-01-01', 'FEMALE', '1 Road', 'Town', 'N1 9GU', 'F84003',
                        now(), 'it', now(), 'it', 1)""")) {
            st.setString(1, trust);
            st.setObject(2, UUID.randomUUID());
            st.setString(3, NhsNumbers.next());
            st.executeUpdate();
        }
    }
}
