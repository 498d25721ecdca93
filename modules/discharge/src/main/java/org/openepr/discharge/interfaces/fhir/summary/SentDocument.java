package org.openepr.discharge.interfaces.fhir.summary;

import ca.uhn.fhir.parser.IParser;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Organization;
import org.openepr.discharge.interfaces.fhir.DischargeRecord;
import org.openepr.platform.identity.OdsCode;
import org.openepr.platform.importing.IdMap;

/**
 * A signed version's document Bundle as an import keeps it: the document exactly as it was sent, text for text, but
 * for the ids of records the import gave new ids (the patient, the summary, the Bundle itself) and the sending trust's
 * ODS code, which is the importing trust's (the same code when a trust moves between instances). The author's and
 * the organisation's urn:uuid full URLs are opaque names inside the document and stay as they were.
 */
final class SentDocument {

    private static final Pattern UUIDS = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final String[] MAPPED = {"Patient", "Composition", "Bundle"};

    private SentDocument() {
    }

    /** The exported Bundle (with the module's record in its meta) as the document to keep. */
    static String asImported(IParser parser, Bundle exported, IdMap ids, String trustCode) {
        exported.getMeta().getExtension().removeIf(x -> DischargeRecord.URL.equals(x.getUrl()));
        String sender = sender(exported);
        return remap(parser.encodeResourceToString(exported), ids, sender, trustCode);
    }

    /** Every uuid the import mapped as a patient, summary or document, the new one; the sender's code, this trust's. */
    static String remap(String document, IdMap ids, String senderCode, String trustCode) {
        Matcher m = UUIDS.matcher(document);
        StringBuilder out = new StringBuilder(document.length());
        while (m.find()) {
            String old = m.group();
            String now = old;
            for (String type : MAPPED) {
                var mapped = ids.find(type, old);
                if (mapped.isPresent()) {
                    now = mapped.get();
                    break;
                }
            }
            m.appendReplacement(out, now);
        }
        m.appendTail(out);
        String text = out.toString();
        return senderCode == null ? text : text.replace("\"value\":\"" + senderCode + "\"", "\"value\":\"" + trustCode + "\"");
    }

    /** The ODS code of the document's Organization (the trust that signed and sent it). */
    private static String sender(Bundle b) {
        for (var entry : b.getEntry()) {
            if (entry.getResource() instanceof Organization o) {
                for (Identifier i : o.getIdentifier()) {
                    if (OdsCode.FHIR_SYSTEM.equals(i.getSystem())) {
                        return i.getValue();
                    }
                }
            }
        }
        return null;
    }
}
