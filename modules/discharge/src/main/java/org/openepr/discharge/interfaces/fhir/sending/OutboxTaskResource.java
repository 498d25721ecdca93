package org.openepr.discharge.interfaces.fhir.sending;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Task;
import org.openepr.discharge.application.sending.OutboxStatus;
import org.openepr.discharge.domain.SummaryState;
import org.openepr.discharge.domain.sending.Dispatch;
import org.openepr.discharge.domain.sending.Route;
import org.openepr.discharge.domain.sending.TransferOfCareMessage;
import org.openepr.platform.fhir.FhirSupport;
import org.openepr.platform.fhir.SearchBundle;
import org.openepr.platform.fhir.SearchParams;
import org.openepr.platform.identity.OdsCode;
import org.openepr.platform.security.Roles;

/**
 * The trust's outbox of discharge summaries as FHIR {@code Task}s: one per signed version, its delivery state as
 * {@code businessStatus} (queued, sent, delivered, accepted, failed, with the reason), the summary version as focus,
 * the patient, the GP practice as owner. Read, and search by {@code business-status}, newest first, paged. Each trust
 * sees only its own (the token's trust; row-level security underneath).
 */
@Path("Task")
@ApplicationScoped
@Produces({FhirSupport.FHIR_JSON, MediaType.APPLICATION_JSON})
@RolesAllowed({Roles.CLINICIAN, Roles.PRESCRIBER, Roles.PHARMACIST, Roles.CLERK, Roles.TRUST_ADMIN})
public class OutboxTaskResource {

    static final String STATES = "https://openepr.org/fhir/CodeSystem/discharge-delivery-state";
    static final String STAFF = "https://openepr.org/fhir/Id/staff-user";
    static final List<String> SEARCHABLE = Arrays.stream(SummaryState.values()).skip(SummaryState.QUEUED.ordinal())
            .map(s -> s.name().toLowerCase()).toList();

    @Inject
    OutboxStatus outbox;

    @Context
    UriInfo uri;

    @GET
    @Path("{id}")
    public Task readOne(@PathParam("id") String id) {
        return task(outbox.one(SearchParams.id("Task", id)));
    }

    @GET
    public Bundle search(@QueryParam("business-status") String status, @QueryParam("_count") String count, @QueryParam("_offset") String offset) {
        SearchParams.only("business-status", status, SEARCHABLE);
        SearchParams.Paging paging = SearchParams.paging(count, offset);
        SummaryState state = status == null ? null : SummaryState.valueOf(status.toUpperCase());
        OutboxStatus.Found found = outbox.search(state, paging.offset(), paging.count());
        return SearchBundle.page(uri, "Task", found.page(), found.total(), paging, OutboxTaskResource::task);
    }

    static Task task(Dispatch d) {
        Task t = new Task();
        t.setId(d.id().toString());
        t.getMeta().setVersionId(Integer.toString(d.rowVersion())).setLastUpdated(Date.from(d.stateSince()));
        t.addIdentifier(new Identifier().setSystem(TransferOfCareMessage.KEY_SYSTEM).setValue(d.key().toString()));
        t.setIntent(Task.TaskIntent.ORDER);
        t.setStatus(status(d));
        t.setDescription(d.route() == Route.MESH ? "Discharge summary version " + d.summaryVersion() + " to GP practice " + d.gpPractice()
                : "Discharge summary version " + d.summaryVersion() + ": no registered GP practice, sent by hand");
        String why = d.explanation();
        t.setBusinessStatus(new CodeableConcept(new Coding(STATES, d.state().name().toLowerCase(), label(d.state()))).setText(
                why == null ? label(d.state()) : label(d.state()) + ": " + why));
        if (d.state() == SummaryState.FAILED) {
            t.setStatusReason(new CodeableConcept().setText(d.reason()));
        }
        t.setFocus(new Reference("Composition/" + d.summaryId() + "/_history/" + d.summaryVersion()));
        t.setFor(new Reference("Patient/" + d.patientId()));
        t.setAuthoredOn(Date.from(d.queuedAt()));
        t.setLastModified(Date.from(d.stateSince()));
        t.setRequester(new Reference().setType("Practitioner").setIdentifier(new Identifier().setSystem(STAFF).setValue(d.signedBy())));
        if (d.gpPractice() != null) {
            t.setOwner(new Reference().setType("Organization").setIdentifier(new Identifier().setSystem(OdsCode.FHIR_SYSTEM).setValue(d.gpPractice())));
        }
        if (d.replacesVersion() != null) {
            t.addInput().setType(new CodeableConcept().setText("replaces")).setValue(
                    new Reference("Composition/" + d.summaryId() + "/_history/" + d.replacesVersion()));
        }
        return t;
    }

    private static Task.TaskStatus status(Dispatch d) {
        return switch (d.state()) {
            case QUEUED -> d.route() == Route.MANUAL ? Task.TaskStatus.ONHOLD : Task.TaskStatus.REQUESTED;
            case SENT -> Task.TaskStatus.INPROGRESS;
            case DELIVERED -> d.route() == Route.MANUAL ? Task.TaskStatus.COMPLETED : Task.TaskStatus.RECEIVED;
            case ACCEPTED -> Task.TaskStatus.COMPLETED;
            default -> Task.TaskStatus.FAILED;
        };
    }

    private static String label(SummaryState s) {
        String name = s.name().toLowerCase();
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
