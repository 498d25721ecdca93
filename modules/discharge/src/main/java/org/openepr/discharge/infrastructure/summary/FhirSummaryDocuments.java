package org.openepr.discharge.infrastructure.summary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.UUID;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Reference;
import org.openepr.discharge.domain.summary.Heading;
import org.openepr.discharge.domain.summary.SummaryDocuments;
import org.openepr.patients.api.PatientDetails;
import org.openepr.platform.fhir.FhirSupport;
import org.openepr.platform.identity.NhsNumber;
import org.openepr.platform.identity.OdsCode;

/**
 * The FHIR shapes of a discharge summary: a UK Core Composition (type SNOMED CT 373942005 discharge summary, one
 * section per heading coded from UK Core's record standard headings, its text the heading's narrative) and, when signed,
 * the document Bundle that goes to the GP: the Composition first, then the Patient, the author and the trust, every
 * reference inside the Bundle (urn:uuid full URLs).
 */
@ApplicationScoped
public class FhirSummaryDocuments implements SummaryDocuments {

    static final String UK_CORE = "https://fhir.hl7.org.uk/StructureDefinition/UKCore-";
    static final String SNOMED = "http://snomed.info/sct";
    static final String DISCHARGE_SUMMARY = "373942005";
    static final String RFC4122 = "https://tools.ietf.org/html/rfc4122";
    /** A signed version's identity, as a correction names the version it replaces. */
    static final String VERSION_SYSTEM = "https://openepr.org/fhir/Id/discharge-summary-version";
    static final String EMPTY_REASON = "http://terminology.hl7.org/CodeSystem/list-empty-reason";

    @Inject
    FhirSupport fhir;

    @Override
    public String document(Facts f) {
        PatientDetails p = f.patient();
        String patientUrl = "urn:uuid:" + p.id();
        String authorUrl = "urn:uuid:" + UUID.nameUUIDFromBytes(("author:" + f.author()).getBytes(StandardCharsets.UTF_8));
        String trustUrl = "urn:uuid:" + UUID.nameUUIDFromBytes(("organisation:" + f.trustCode()).getBytes(StandardCharsets.UTF_8));
        Composition composition = composition(f, new Reference(patientUrl), new Reference(authorUrl).setDisplay(f.authorName()),
                new Reference(trustUrl).setDisplay(f.trustName()));
        Bundle bundle = new Bundle().setType(Bundle.BundleType.DOCUMENT)
                .setIdentifier(new Identifier().setSystem(RFC4122).setValue(f.bundleId().toString()))
                .setTimestamp(Date.from(f.date()));
        bundle.setId(f.bundleId().toString());
        bundle.getMeta().addProfile(UK_CORE + "Bundle");
        bundle.addEntry().setFullUrl("urn:uuid:" + f.summaryId()).setResource(composition);
        bundle.addEntry().setFullUrl(patientUrl).setResource(patient(p));
        Practitioner author = new Practitioner();
        author.setId(authorUrl.substring("urn:uuid:".length()));
        author.getMeta().addProfile(UK_CORE + "Practitioner");
        author.addName().setText(f.authorName());
        bundle.addEntry().setFullUrl(authorUrl).setResource(author);
        Organization trust = new Organization().setName(f.trustName());
        trust.setId(trustUrl.substring("urn:uuid:".length()));
        trust.getMeta().addProfile(UK_CORE + "Organization");
        trust.addIdentifier().setSystem(OdsCode.FHIR_SYSTEM).setValue(f.trustCode());
        bundle.addEntry().setFullUrl(trustUrl).setResource(trust);
        return fhir.json().encodeResourceToString(bundle);
    }

    @Override
    public String composition(Facts f) {
        Reference trust = new Reference().setType("Organization").setDisplay(f.trustName())
                .setIdentifier(new Identifier().setSystem(OdsCode.FHIR_SYSTEM).setValue(f.trustCode()));
        return fhir.json().encodeResourceToString(composition(f, new Reference("Patient/" + f.patient().id()).setDisplay(f.patient().displayName()),
                new Reference().setDisplay(f.authorName()), trust));
    }

    private static Composition composition(Facts f, Reference subject, Reference author, Reference custodian) {
        Composition c = new Composition();
        c.setId(f.summaryId().toString());
        c.getMeta().addProfile(UK_CORE + "Composition");
        if (!f.isDraft()) {
            c.getMeta().setVersionId(Integer.toString(f.version()));
        }
        c.setIdentifier(new Identifier().setSystem(RFC4122).setValue(f.summaryId().toString()));
        c.setStatus(f.isDraft() ? Composition.CompositionStatus.PRELIMINARY
                : f.version() == 1 ? Composition.CompositionStatus.FINAL : Composition.CompositionStatus.AMENDED);
        c.setType(new CodeableConcept(new Coding(SNOMED, DISCHARGE_SUMMARY, "Discharge summary")));
        c.setSubject(subject);
        c.setDate(Date.from(f.date()));
        c.addAuthor(author);
        c.setTitle(f.isDraft() ? "Discharge summary (draft, not signed)" : "Discharge summary, version " + f.version());
        c.setCustodian(custodian);
        if (!f.isDraft()) {
            c.addAttester().setMode(Composition.CompositionAttestationMode.LEGAL).setTime(Date.from(f.date()))
                    .setParty(new Reference(author.getReference()).setDisplay(f.authorName()));
        }
        if (f.replacesVersion() != null) {
            c.addRelatesTo().setCode(Composition.DocumentRelationshipType.REPLACES)
                    .setTarget(new Identifier().setSystem(VERSION_SYSTEM).setValue(f.summaryId() + "/" + f.replacesVersion()));
        }
        for (Heading h : Heading.values()) {
            String text = f.content().of(h);
            var section = c.addSection().setTitle(h.label()).setCode(new CodeableConcept(new Coding(Heading.SYSTEM, h.code(), h.display())));
            section.getText().setStatus(Narrative.NarrativeStatus.ADDITIONAL).setDivAsString(narrative(text.isBlank() ? "Not recorded" : text));
            if (text.isBlank()) {
                section.setEmptyReason(new CodeableConcept(new Coding(EMPTY_REASON, "unavailable", "Unavailable")));
            }
        }
        return c;
    }

    private static Patient patient(PatientDetails p) {
        Patient patient = new Patient();
        patient.setId(p.id().toString());
        patient.getMeta().addProfile(UK_CORE + "Patient");
        patient.addIdentifier().setSystem(NhsNumber.FHIR_SYSTEM).setValue(p.nhsNumber());
        patient.addName().setFamily(p.familyName()).addGiven(p.givenName());
        patient.setGender(AdministrativeGender.fromCode(p.genderCode()));
        patient.setBirthDateElement(new DateType(p.birthDate().toString()));
        if (!p.addressLines().isEmpty() || p.postcode() != null) {
            Address address = patient.addAddress();
            p.addressLines().forEach(address::addLine);
            address.setPostalCode(p.postcode());
        }
        if (p.gpPractice() != null) {
            patient.addGeneralPractitioner(new Reference().setType("Organization")
                    .setIdentifier(new Identifier().setSystem(OdsCode.FHIR_SYSTEM).setValue(p.gpPractice())));
        }
        if (p.deceasedDate() != null) {
            patient.setDeceased(new org.hl7.fhir.r4.model.DateTimeType(p.deceasedDate().toString()));
        }
        return patient;
    }

    /** The heading's text as XHTML: every character escaped, each line a line. */
    static String narrative(String text) {
        StringBuilder div = new StringBuilder("<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>");
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                div.append("<br/>");
            }
            lines[i].codePoints().forEach(cp -> {
                switch (cp) {
                    case '&' -> div.append("&amp;");
                    case '<' -> div.append("&lt;");
                    case '>' -> div.append("&gt;");
                    case '"' -> div.append("&quot;");
                    case '\t' -> div.append(' ');
                    default -> div.appendCodePoint(cp);
                }
            });
        }
        return div.append("</p></div>").toString();
    }
}
