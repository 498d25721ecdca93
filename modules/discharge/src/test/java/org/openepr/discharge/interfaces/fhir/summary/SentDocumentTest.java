package org.openepr.discharge.interfaces.fhir.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openepr.platform.importing.IdMap;

class SentDocumentTest {

    @Test
    void onlyTheMappedIdsAndTheSendersCodeChange_theRestIsTheDocumentAsSent() {
        String patient = UUID.randomUUID().toString();
        String summary = UUID.randomUUID().toString();
        String bundle = UUID.randomUUID().toString();
        String author = UUID.randomUUID().toString();
        IdMap ids = new IdMap();
        ids.put("Patient", patient, "11111111-1111-1111-1111-111111111111");
        ids.put("Composition", summary, "22222222-2222-2222-2222-222222222222");
        ids.put("Bundle", bundle, "33333333-3333-3333-3333-333333333333");
        ids.put("EpisodeOfCare", author, "44444444-4444-4444-4444-444444444444"); // not a record the document names
        String sent = "{\"id\":\"" + bundle + "\",\"entry\":[{\"fullUrl\":\"urn:uuid:" + summary + "\"},{\"fullUrl\":\"urn:uuid:" + patient
                + "\",\"gp\":{\"value\":\"B82005\"}},{\"fullUrl\":\"urn:uuid:" + author + "\"},{\"identifier\":{\"value\":\"RX1\"}}],"
                + "\"text\":\"summary " + summary + "/1 replaces, RX1 in words\"}";
        String kept = SentDocument.remap(sent, ids, "RX1", "RY2");
        assertEquals("{\"id\":\"33333333-3333-3333-3333-333333333333\",\"entry\":[{\"fullUrl\":\"urn:uuid:22222222-2222-2222-2222-222222222222\"},"
                + "{\"fullUrl\":\"urn:uuid:11111111-1111-1111-1111-111111111111\",\"gp\":{\"value\":\"B82005\"}},{\"fullUrl\":\"urn:uuid:" + author
                + "\"},{\"identifier\":{\"value\":\"RY2\"}}],\"text\":\"summary 22222222-2222-2222-2222-222222222222/1 replaces, RX1 in words\"}", kept);
    }
}
