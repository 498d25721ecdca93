package org.openepr.medicines.interfaces.fhir;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import java.util.Date;
import java.util.TimeZone;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.MedicationKnowledge;
import org.hl7.fhir.r4.model.MedicationKnowledge.MedicationKnowledgeStatus;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;
import org.openepr.medicines.application.FormularyFromImport.ImportedEntry;
import org.openepr.medicines.domain.formulary.FormularyEntry;

/**
 * A trust's formulary entry in the whole-trust export: a MedicationKnowledge per product (id and code the product's
 * id, under the knowledge base's own code system as everywhere in the module; status active while listed, inactive
 * once withdrawn), and what R4 has no element for (the restriction on who may start it, the local maximum dose in the
 * product's dose unit, who changed the entry last and when) in one complex extension under our own URL.
 */
final class FormularyKnowledge {

    static final String FORMULARY_ENTRY = MedicinesFhirMapper.OURS + "StructureDefinition/formulary-entry";

    private FormularyKnowledge() {
    }

    static MedicationKnowledge of(FormularyEntry e) {
        MedicationKnowledge k = new MedicationKnowledge();
        k.setId(e.productId());
        k.setCode(new CodeableConcept(new Coding(MedicinesFhirMapper.LOCAL_MEDICINES, e.productId(), null)));
        k.setStatus(e.isListed() ? MedicationKnowledgeStatus.ACTIVE : MedicationKnowledgeStatus.INACTIVE);
        Extension entry = new Extension(FORMULARY_ENTRY);
        e.restriction().ifPresent(r -> entry.addExtension(new Extension("restriction", new StringType(r))));
        e.localMaximum().ifPresent(m -> entry.addExtension(new Extension("localMaximum", new DecimalType(m))));
        entry.addExtension(new Extension("changedBy", new StringType(e.changedBy())));
        entry.addExtension(new Extension("changedAt", new InstantType(Date.from(e.changedAt()), TemporalPrecisionEnum.MILLI,
                TimeZone.getTimeZone("UTC"))));
        k.addExtension(entry);
        return k;
    }

    static ImportedEntry entry(MedicationKnowledge k) {
        String product = k.getCode().getCoding().stream().filter(c -> MedicinesFhirMapper.LOCAL_MEDICINES.equals(c.getSystem()))
                .map(Coding::getCode).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("MedicationKnowledge/" + k.getIdElement().getIdPart()
                        + " names no product of the medicines knowledge base"));
        if (k.getStatus() != MedicationKnowledgeStatus.ACTIVE && k.getStatus() != MedicationKnowledgeStatus.INACTIVE) {
            throw new IllegalArgumentException("MedicationKnowledge/" + k.getIdElement().getIdPart() + " (" + product
                    + "): status must be active or inactive");
        }
        Extension entry = k.getExtensionByUrl(FORMULARY_ENTRY);
        if (entry == null) {
            throw new IllegalArgumentException("MedicationKnowledge/" + k.getIdElement().getIdPart() + " (" + product
                    + ") is not a formulary entry (no " + FORMULARY_ENTRY + ")");
        }
        Type max = value(entry, "localMaximum");
        Type at = value(entry, "changedAt");
        return new ImportedEntry(product, k.getStatus() == MedicationKnowledgeStatus.INACTIVE, text(entry, "restriction"),
                max == null ? null : ((DecimalType) max).getValue(), text(entry, "changedBy"),
                at == null ? null : ((InstantType) at).getValue().toInstant());
    }

    private static Type value(Extension complex, String name) {
        Extension e = complex.getExtensionByUrl(name);
        return e == null ? null : e.getValue();
    }

    private static String text(Extension complex, String name) {
        Type v = value(complex, name);
        return v == null ? null : v.primitiveValue();
    }
}
