package org.openepr.platform.offboarding;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One trust's erasure: while RUNNING its progress per table, once DONE its certificate (who asked, who confirmed the
 * export and when, the counts per table before and after, start and end, the files deleted from disk, and what was
 * done in Keycloak). Holds no patient data.
 */
public record Erasure(UUID id, String trust, String requestedBy, Instant requestedAt, UUID exportJob, String exportConfirmedBy,
                      Instant exportConfirmedAt, String state, Instant startedAt, Instant finishedAt, String failure,
                      List<ErasedTable> tables, KeycloakOutcome keycloak, long filesDeleted, long bytesDeleted) {

    public boolean done() {
        return "DONE".equals(state);
    }

    public long rowsBefore() {
        return tables.stream().mapToLong(ErasedTable::rowsBefore).sum();
    }

    public long rowsErased() {
        return tables.stream().mapToLong(ErasedTable::rowsErased).sum();
    }

    /** The Keycloak line of the certificate: what was done, or why it is still waiting. */
    public String keycloakSummary() {
        return switch (keycloak.state()) {
            case "DONE" -> keycloak.outcome();
            case "WAITING" -> "not done yet, tried " + keycloak.attempts() + " time(s): " + keycloak.outcome();
            default -> "not tried yet";
        };
    }

    /** The certificate as plain text, as the console shows it. */
    public String certificateText() {
        String lines = tables.stream()
                .map(t -> String.format("  %-40s %12d %12s", t.table(), t.rowsBefore(), t.rowsAfter() == null ? "-" : t.rowsAfter().toString()))
                .collect(Collectors.joining("\n"));
        String accounts = keycloak.accounts().stream()
                .map(a -> "  " + a.username() + ": " + a.action().label() + (a.otherTrusts().isEmpty() ? "" : " (" + a.otherTrusts() + ")")
                        + (a.done() ? "" : " - not done yet"))
                .collect(Collectors.joining("\n"));
        return "Erasure certificate\n"
                + "Trust: " + trust + "\n"
                + "Erasure: " + id + " (" + state + ")\n"
                + "Requested by: " + requestedBy + " at " + requestedAt + "\n"
                + "Export " + exportJob + " confirmed received by: " + exportConfirmedBy + " at " + exportConfirmedAt + "\n"
                + "Started: " + startedAt + "\n"
                + "Finished: " + (finishedAt == null ? "-" : finishedAt) + "\n"
                + String.format("  %-40s %12s %12s", "Table", "Rows before", "Rows after") + "\n"
                + lines + "\n"
                + "Files deleted from disk (exports, unpacked imports): " + filesDeleted + " (" + bytesDeleted + " bytes)\n"
                + "Keycloak: " + keycloakSummary() + "\n"
                + (accounts.isEmpty() ? "" : accounts + "\n");
    }

    /** The certificate as JSON, for the operator's records. */
    public JsonObject certificateJson() {
        JsonArrayBuilder tableArray = Json.createArrayBuilder();
        tables.forEach(t -> {
            JsonObjectBuilder o = Json.createObjectBuilder().add("table", t.table()).add("rowsBefore", t.rowsBefore())
                    .add("rowsErased", t.rowsErased());
            if (t.rowsAfter() == null) {
                o.addNull("rowsAfter");
            } else {
                o.add("rowsAfter", t.rowsAfter());
            }
            tableArray.add(o);
        });
        JsonArrayBuilder accountArray = Json.createArrayBuilder();
        keycloak.accounts().forEach(a -> accountArray.add(Json.createObjectBuilder().add("userId", a.userId()).add("username", a.username())
                .add("action", a.action().name()).add("otherTrusts", a.otherTrusts()).add("done", a.done())));
        JsonObjectBuilder kc = Json.createObjectBuilder().add("state", keycloak.state()).add("attempts", keycloak.attempts())
                .add("summary", keycloakSummary()).add("accountsDisabled", keycloak.disabled()).add("accountsLeftGroup", keycloak.leftGroup())
                .add("accounts", accountArray);
        add(kc, "lastAttempt", keycloak.lastAttempt());
        JsonObjectBuilder root = Json.createObjectBuilder().add("certificate", "erasure").add("erasure", id.toString()).add("trust", trust)
                .add("state", state).add("requestedBy", requestedBy);
        add(root, "requestedAt", requestedAt);
        root.add("export", Json.createObjectBuilder().add("job", exportJob.toString()).add("confirmedBy", exportConfirmedBy)
                .add("confirmedAt", String.valueOf(exportConfirmedAt)));
        add(root, "startedAt", startedAt);
        add(root, "finishedAt", finishedAt);
        return root.add("rowsBefore", rowsBefore()).add("rowsErased", rowsErased()).add("tables", tableArray)
                .add("files", Json.createObjectBuilder().add("deleted", filesDeleted).add("bytes", bytesDeleted))
                .add("keycloak", kc).build();
    }

    private static void add(JsonObjectBuilder o, String name, Instant at) {
        if (at == null) {
            o.addNull(name);
        } else {
            o.add(name, at.toString());
        }
    }
}
