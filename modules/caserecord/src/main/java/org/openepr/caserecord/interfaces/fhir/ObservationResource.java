package org.openepr.caserecord.interfaces.fhir;

import ca.uhn.fhir.parser.DataFormatException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hl7.fhir.r4.model.Observation.ObservationComponentComponent;
import org.hl7.fhir.r4.model.Observation.ObservationStatus;
import org.hl7.fhir.r4.model.Quantity;
import org.openepr.caserecord.application.observations.MarkObservationEnteredInError;
import org.openepr.caserecord.application.observations.ReadObservations;
import org.openepr.caserecord.application.observations.RecordObservations;
import org.openepr.caserecord.domain.observations.Observation;
import org.openepr.caserecord.domain.observations.VitalSign;
import org.openepr.caserecord.domain.observations.VitalSignsForm;
import org.openepr.platform.errors.InvalidInputException;
import org.openepr.platform.errors.RuleRefusedException;
import org.openepr.platform.errors.StaleEditException;
import org.openepr.platform.fhir.FhirPaths;
import org.openepr.platform.fhir.FhirSupport;
import org.openepr.platform.fhir.IfMatch;
import org.openepr.platform.fhir.SearchBundle;
import org.openepr.platform.fhir.SearchParams;
import org.openepr.platform.security.Roles;
import org.openepr.platform.time.UkDates;

/**
 * FHIR Observation (UK Core vital signs): read; search by patient, code (LOINC or SNOMED CT) and date range; create
 * one vital sign (a weight brings its BMI, which is never created directly); update only to mark one entered in
 * error, with {@code If-Match: W/"<version>"} (412 on a stale version): a recorded value is never changed in place.
 */
@Path("Observation")
@ApplicationScoped
@Produces({FhirSupport.FHIR_JSON, MediaType.APPLICATION_JSON})
@RolesAllowed({Roles.CLINICIAN, Roles.PRESCRIBER, Roles.PHARMACIST})
public class ObservationResource {

    private static final String COMPONENT = "Observation.component.where(code.coding.code='%s').valueQuantity";

    /** Where each form field lives in an Observation, for OperationOutcome expressions. */
    static final Map<String, String> FHIR_PATHS = Map.of(
            "weight", "Observation.valueQuantity",
            "height", "Observation.valueQuantity",
            "pulse", "Observation.valueQuantity",
            "temperature", "Observation.valueQuantity",
            "oxygenSaturation", "Observation.valueQuantity",
            "systolic", COMPONENT.formatted(VitalSignsFhir.SYSTOLIC_LOINC),
            "diastolic", COMPONENT.formatted(VitalSignsFhir.DIASTOLIC_LOINC),
            "takenOn", "Observation.effectiveDateTime",
            "takenTime", "Observation.effectiveDateTime",
            "reason", "Observation.note");

    @Inject
    RecordObservations record;

    @Inject
    ReadObservations read;

    @Inject
    MarkObservationEnteredInError enteredInError;

    @Inject
    FhirSupport fhir;


    @Inject
    IfMatch ifMatch;

    @Context
    UriInfo uri;

    @GET
    @Path("{id}")
    public Response readOne(@PathParam("id") String id) {
        Observation o = read.one(SearchParams.id("Observation", id));
        return Response.ok(VitalSignsFhir.toFhir(o)).tag(etag(o)).build();
    }

    @GET
    public org.hl7.fhir.r4.model.Bundle search(@QueryParam("patient") String patientParam, @QueryParam("code") String codeParam,
                                                @QueryParam("date") List<String> dateParams, @QueryParam("_count") String count,
                                                @QueryParam("_offset") String offset) {
        Set<VitalSign> kinds = codes(codeParam);
        SearchParams.DateRange days = SearchParams.dates("date", dateParams);
        SearchParams.Paging paging = SearchParams.paging(count, offset);
        UUID patient = SearchParams.requiredReference("patient", patientParam, "Patient");
        Instant from = days.from().map(d -> d.atStartOfDay(UkDates.UK).toInstant()).orElse(null);
        Instant to = days.to().map(d -> d.plusDays(1).atStartOfDay(UkDates.UK).toInstant()).orElse(null);
        var found = read.search(patient, kinds, from, to, paging.offset(), paging.count());
        return SearchBundle.page(uri, "Observation", found.observations(), found.total(), paging, VitalSignsFhir::toFhir);
    }

    @POST
    @Consumes({FhirSupport.FHIR_JSON, MediaType.APPLICATION_JSON})
    public Response create(org.hl7.fhir.r4.model.Observation body) {
        if (body == null) {
            throw new InvalidInputException("Observation", "An Observation resource is required in the body");
        }
        VitalSign sign = signOf(body);
        UUID patient = SearchParams.requiredReference("Observation.subject", body.getSubject().getReference(), "Patient");
        if (body.hasStatus() && body.getStatus() != ObservationStatus.FINAL) {
            throw new InvalidInputException("Observation.status", "A new observation is final");
        }
        VitalSignsForm form = form(sign, body);
        List<Observation> made = FhirPaths.renaming(FHIR_PATHS, () -> record.record(patient, form));
        Observation it = made.stream().filter(o -> o.kind() == sign).findFirst().orElseThrow();
        return Response.created(uri.getBaseUriBuilder().path("Observation").path(it.id().toString()).build())
                .entity(VitalSignsFhir.toFhir(it)).tag(etag(it)).build();
    }

    /**
     * The one change a recorded observation takes: status entered-in-error, the reason in a note. Anything else is
     * refused (422): record a new observation instead.
     */
    @PUT
    @Path("{id}")
    @Consumes({FhirSupport.FHIR_JSON, MediaType.APPLICATION_JSON})
    public Response update(@PathParam("id") String id, String json) {
        Observation current = read.one(SearchParams.id("Observation", id));
        org.hl7.fhir.r4.model.Observation body = parse(json);
        if (body.hasIdElement() && body.getIdElement().getIdPart() != null && !id.equals(body.getIdElement().getIdPart())) {
            throw new InvalidInputException("Observation.id", "The id in the body must be the id in the URL");
        }
        int version = ifMatch.requiredVersion();
        if (body.getStatus() != ObservationStatus.ENTEREDINERROR) {
            throw new RuleRefusedException("Observation.status", "A recorded observation is never changed: only status entered-in-error "
                    + "(with the reason as a note) is accepted here; record a new Observation for a new value");
        }
        if (current.isEnteredInError() || current.version() != version) {
            throw new IfMatch.PreconditionFailedException("The observation is at version " + current.version()
                    + (current.isEnteredInError() ? " and already entered in error" : "") + ", not " + version + ": read it again");
        }
        String reason = body.getNote().stream().map(n -> n.getText()).filter(t -> t != null && !t.isBlank()).findFirst().orElse(null);
        try {
            FhirPaths.renaming(FHIR_PATHS, () -> enteredInError.mark(current.id(), version, reason));
        } catch (StaleEditException e) {
            throw new IfMatch.PreconditionFailedException(e.getMessage());
        }
        Observation now = read.one(current.id());
        return Response.ok(VitalSignsFhir.toFhir(now)).tag(etag(now)).build();
    }

    private org.hl7.fhir.r4.model.Observation parse(String json) {
        try {
            return fhir.json().parseResource(org.hl7.fhir.r4.model.Observation.class, json == null ? "" : json);
        } catch (DataFormatException | ClassCastException e) {
            throw new InvalidInputException("Observation", "The body is not a valid FHIR Observation: " + e.getMessage());
        }
    }

    private static EntityTag etag(Observation o) {
        return new EntityTag(Integer.toString(o.version()), true);
    }

    /** code=[system|]code[,[system|]code...]: LOINC or SNOMED CT codes of the vital signs we keep. */
    static Set<VitalSign> codes(String raw) {
        Set<VitalSign> kinds = EnumSet.noneOf(VitalSign.class);
        if (raw == null || raw.isEmpty()) {
            return kinds;
        }
        for (String one : SearchParams.plain("code", raw).split(",", -1)) {
            String system = null;
            String code = one;
            int bar = one.indexOf('|');
            if (bar >= 0) {
                system = one.substring(0, bar);
                code = one.substring(bar + 1);
                if (code.indexOf('|') >= 0) {
                    throw new InvalidInputException("code", "A token is [system]|code, with one |");
                }
                if (!system.isEmpty() && !system.equals(VitalSignsFhir.LOINC) && !system.equals(VitalSignsFhir.SNOMED)) {
                    throw new InvalidInputException("code", "Use LOINC (" + VitalSignsFhir.LOINC + ") or SNOMED CT (" + VitalSignsFhir.SNOMED + ") codes");
                }
            }
            if (code.isBlank()) {
                throw new InvalidInputException("code", "The code is missing: code=" + VitalSignsFhir.LOINC + "|<code>");
            }
            VitalSign sign = VitalSignsFhir.signOf(system, code.strip());
            if (sign == null) {
                throw new InvalidInputException("code", "'" + (code.length() > 40 ? code.substring(0, 40) + "…" : code)
                        + "' is not the code of a vital sign kept here: " + known());
            }
            kinds.add(sign);
        }
        return kinds;
    }

    private static String known() {
        List<String> s = new ArrayList<>();
        for (VitalSign v : VitalSign.values()) {
            s.add(v.loinc() + " or " + v.snomed() + " (" + v.label().toLowerCase(java.util.Locale.ROOT) + ")");
        }
        return String.join(", ", s);
    }

    private static VitalSign signOf(org.hl7.fhir.r4.model.Observation body) {
        VitalSign sign = body.getCode().getCoding().stream().map(c -> VitalSignsFhir.signOf(c.getSystem(), c.getCode()))
                .filter(s -> s != null).findFirst().orElseThrow(() -> new InvalidInputException("Observation.code",
                        "Observation.code must carry the LOINC or SNOMED CT code of a vital sign kept here: " + known()));
        if (sign == VitalSign.BODY_MASS_INDEX) {
            throw new RuleRefusedException("Observation.code", "A body mass index is derived from the weight and the latest height, never recorded: "
                    + "record the weight (and height)");
        }
        return sign;
    }

    /** The Observation as the form a clinician fills in: its one sign filled, the others blank. */
    private static VitalSignsForm form(VitalSign sign, org.hl7.fhir.r4.model.Observation body) {
        if (!body.hasEffectiveDateTimeType() || body.getEffectiveDateTimeType().getValue() == null) {
            throw new InvalidInputException("Observation.effectiveDateTime", "When it was taken is required (effectiveDateTime)");
        }
        String[] when = VitalSignsForm.dayAndTime(body.getEffectiveDateTimeType().getValue().toInstant());
        if (sign == VitalSign.BLOOD_PRESSURE) {
            if (body.hasValue()) {
                throw new InvalidInputException("Observation.value[x]", "A blood pressure has no value: give systolic and diastolic components");
            }
            String systolic = component(body, VitalSignsFhir.SYSTOLIC_LOINC, "271649006");
            String diastolic = component(body, VitalSignsFhir.DIASTOLIC_LOINC, "271650006");
            if (systolic == null && diastolic == null) {
                throw new InvalidInputException("Observation.component", "A blood pressure needs a systolic (LOINC " + VitalSignsFhir.SYSTOLIC_LOINC
                        + ") and a diastolic (LOINC " + VitalSignsFhir.DIASTOLIC_LOINC + ") component");
            }
            return new VitalSignsForm(null, null, systolic, diastolic, null, null, null, when[0], when[1]);
        }
        if (!body.hasValueQuantity()) {
            throw new InvalidInputException("Observation.valueQuantity", sign.label() + " needs a valueQuantity in " + sign.ucum());
        }
        String v = value(body.getValueQuantity(), sign, "Observation.valueQuantity");
        return new VitalSignsForm(sign == VitalSign.BODY_WEIGHT ? v : null, sign == VitalSign.BODY_HEIGHT ? v : null, null, null,
                sign == VitalSign.PULSE ? v : null, sign == VitalSign.TEMPERATURE ? v : null, sign == VitalSign.OXYGEN_SATURATION ? v : null,
                when[0], when[1]);
    }

    private static String component(org.hl7.fhir.r4.model.Observation body, String loinc, String snomed) {
        String path = COMPONENT.formatted(loinc);
        for (ObservationComponentComponent c : body.getComponent()) {
            boolean match = c.getCode().getCoding().stream().anyMatch(x -> loinc.equals(x.getCode()) || snomed.equals(x.getCode()));
            if (match) {
                if (!c.hasValueQuantity()) {
                    throw new InvalidInputException(path, "A valueQuantity in mm[Hg] is required");
                }
                return value(c.getValueQuantity(), VitalSign.BLOOD_PRESSURE, path);
            }
        }
        return null;
    }

    /** The number, when the unit is the sign's UCUM unit (a weight in [lb_av] is refused, never converted silently). */
    private static String value(Quantity q, VitalSign sign, String path) {
        if (q.hasCode() && !sign.ucum().equals(q.getCode()) || q.hasSystem() && !VitalSignsFhir.UCUM.equals(q.getSystem())) {
            throw new InvalidInputException(path, "The unit must be UCUM " + sign.ucum() + " (" + VitalSignsFhir.UCUM + ")");
        }
        BigDecimal v = q.getValue();
        if (v == null) {
            throw new InvalidInputException(path, "The value is missing");
        }
        return v.toPlainString();
    }
}
