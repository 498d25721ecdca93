package org.openepr.medicines.interfaces.fhir;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.MedicationKnowledge;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Reference;
import org.openepr.medicines.MedicinesModule;
import org.openepr.medicines.application.FormularyFromImport;
import org.openepr.medicines.application.MedicineRecordsFromImport;
import org.openepr.platform.fhir.FhirSupport;
import org.openepr.platform.identity.OdsCode;
import org.openepr.platform.importing.IdMap;
import org.openepr.platform.importing.ImportPart;
import org.openepr.platform.trust.TrustContext;

/**
 * The medicines' part of an import: allergy entries and orders back as they stood, each under a new id, the patient
 * each belongs to found through the import's id map. A MedicationStatement is the API's view of an order (same id), not
 * a record of its own: it is checked against the order it is based on and mapped to that order's new id, and nothing
 * is written for it (the next export derives it again). The formulary (MedicationKnowledge) comes back entry by entry
 * under the same product ids; an entry the trust already has for the product stands ({@link FormularyFromImport}).
 */
@ApplicationScoped
public class MedicinesImportPart implements ImportPart {

    @Inject
    MedicineRecordsFromImport records;

    @Inject
    FormularyFromImport formulary;

    @Inject
    FhirSupport fhir;

    @Inject
    TrustContext trust;

    @Override
    public String module() {
        return MedicinesModule.NAME;
    }

    @Override
    public List<String> resourceTypes() {
        return List.of("AllergyIntolerance", "MedicationRequest", "MedicationStatement", "MedicationKnowledge");
    }

    @Override
    public Set<String> needsFirst() {
        return Set.of("Patient");
    }

    @Override
    public int load(String resourceType, List<String> lines, IdMap ids) {
        var parser = fhir.json();
        switch (resourceType) {
            case "AllergyIntolerance" -> {
                List<AllergyIntolerance> read = lines.stream().map(l -> parser.parseResource(AllergyIntolerance.class, l)).toList();
                List<UUID> made = records.addAllergies(read.stream()
                        .map(a -> MedicinesRecordExtensions.allergy(a, patient(a.getPatient(), ids))).toList());
                mapIds("AllergyIntolerance", read.stream().map(a -> a.getIdElement().getIdPart()).toList(), made, ids);
                return read.size();
            }
            case "MedicationRequest" -> {
                List<MedicationRequest> read = lines.stream().map(l -> parser.parseResource(MedicationRequest.class, l)).toList();
                OdsCode here = trust.requireTrust();
                UnaryOperator<String> implicated = old -> ids.find("AllergyIntolerance", old).orElseGet(() -> newOrderId(here, old).toString());
                List<UUID> made = records.addOrders(read.stream().map(r -> MedicinesRecordExtensions.order(r,
                        newOrderId(here, r.getIdElement().getIdPart()), patient(r.getSubject(), ids), implicated)).toList());
                mapIds("MedicationRequest", read.stream().map(r -> r.getIdElement().getIdPart()).toList(), made, ids);
                return read.size();
            }
            case "MedicationStatement" -> {
                for (String line : lines) {
                    MedicationStatement s = parser.parseResource(MedicationStatement.class, line);
                    ids.put("MedicationStatement", s.getIdElement().getIdPart(), statementOf(s, ids));
                }
                return lines.size();
            }
            case "MedicationKnowledge" -> {
                List<MedicationKnowledge> read = lines.stream().map(l -> parser.parseResource(MedicationKnowledge.class, l)).toList();
                List<FormularyFromImport.ImportedEntry> entries = read.stream().map(FormularyKnowledge::entry).toList();
                formulary.add(entries);
                // the product id is the entry's key in every trust: the same id here
                for (int i = 0; i < read.size(); i++) {
                    ids.put("MedicationKnowledge", read.get(i).getIdElement().getIdPart(), entries.get(i).productId());
                }
                return read.size();
            }
            default -> throw new IllegalArgumentException("Medicines do not import " + resourceType);
        }
    }

    /**
     * An order's id here, derived from the trust and its old id, not drawn at random: a screening finding names the
     * other order it was about, which may be loaded in a later batch, and a resumed batch makes the same ids again.
     * Allergy entries are loaded before any order, so findings about them are read through the id map.
     */
    static UUID newOrderId(OdsCode trust, String oldId) {
        return UUID.nameUUIDFromBytes(("openepr-import/" + trust.value() + "/MedicationRequest/" + oldId).getBytes(StandardCharsets.UTF_8));
    }

    /** The new id of the order a statement shows: the statement must be the order's own (same id, same patient). */
    static String statementOf(MedicationStatement s, IdMap ids) {
        String id = s.getIdElement().getIdPart();
        String basedOn = s.getBasedOnFirstRep().getReference();
        if (!("MedicationRequest/" + id).equals(basedOn)) {
            throw new IllegalArgumentException("MedicationStatement/" + id + " is not the view of an order (based on " + basedOn
                    + "): statements of their own are not imported");
        }
        patient(s.getSubject(), ids);
        return ids.require("MedicationRequest", id);
    }

    static UUID patient(Reference subject, IdMap ids) {
        return UUID.fromString(ids.reference(subject.getReference()).substring("Patient/".length()));
    }

    private static void mapIds(String type, List<String> old, List<UUID> made, IdMap ids) {
        for (int i = 0; i < old.size(); i++) {
            ids.put(type, old.get(i), made.get(i).toString());
        }
    }
}
