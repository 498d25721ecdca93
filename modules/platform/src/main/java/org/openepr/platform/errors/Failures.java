package org.openepr.platform.errors;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.openepr.platform.trust.NoTrustBoundException;

/**
 * Reading what went wrong out of the wrappers a container adds (transaction, persistence, CDI): the exception
 * that means something to a user, and which database constraint refused a change, so each refusal is answered
 * for what it is and no failure is masked as another.
 */
public final class Failures {

    private static final Set<Class<? extends RuntimeException>> MEANINGFUL = Set.of(InvalidInputException.class,
            RecordNotFoundException.class, ConflictException.class, StaleEditException.class, NoTrustBoundException.class,
            AccessRefusedException.class);

    private Failures() {
    }

    /** The first exception in the cause chain that has a meaning for the user, else the one thrown. */
    public static Throwable meaningful(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            for (Class<? extends RuntimeException> type : MEANINGFUL) {
                if (type.isInstance(t)) {
                    return t;
                }
            }
            if (t instanceof OptimisticLockException) {
                return t;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return thrown;
    }

    /**
     * The named constraint refused the change: SQLSTATE 23505 (unique) or 23514 (check) whose message names it.
     * PostgreSQL puts the constraint's name in quotes in the message.
     */
    public static boolean violated(Throwable thrown, String constraint) {
        return sqlExceptions(thrown).stream().anyMatch(sql -> ("23505".equals(sql.getSQLState()) || "23514".equals(sql.getSQLState()))
                && (constraint.equals(constraintOf(sql)) || sql.getMessage() != null && sql.getMessage().contains("\"" + constraint + "\"")));
    }

    /**
     * Runs a write that a unique constraint keeps from being made twice (the same submission sent twice at the same
     * moment: the second waits for the first, then meets the constraint): that refusal becomes a ConflictException on
     * {@code field}; any other failure stays what it is.
     */
    public static void once(Runnable write, String constraint, String field, String message) {
        try {
            write.run();
        } catch (PersistenceException e) {
            if (violated(e, constraint)) {
                throw new ConflictException(field, message);
            }
            throw e;
        }
    }

    /**
     * The constraint PostgreSQL names in its error report (also for RAISE ... USING CONSTRAINT). The driver is the
     * server's library, not the application's, so it is read reflectively.
     */
    static String constraintOf(SQLException sql) {
        try {
            Object report = sql.getClass().getMethod("getServerErrorMessage").invoke(sql);
            return report == null ? null : (String) report.getClass().getMethod("getConstraint").invoke(report);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /** The database refused a value itself (SQLSTATE class 22: bad encoding, out of range, invalid text). */
    public static boolean isRefusedValue(Throwable thrown) {
        return sqlExceptions(thrown).stream().map(SQLException::getSQLState).anyMatch(s -> s != null && s.startsWith("22"));
    }

    /** Every SQLException in the cause chain, with the ones a batch chains behind each. */
    private static List<SQLException> sqlExceptions(Throwable thrown) {
        List<SQLException> found = new ArrayList<>();
        Set<Throwable> seen = new HashSet<>();
        for (Throwable t = thrown; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof SQLException sql) {
                found.add(sql);
                for (SQLException s = sql.getNextException(); s != null && seen.add(s); s = s.getNextException()) {
                    found.add(s);
                }
            }
        }
        return found;
    }
}
