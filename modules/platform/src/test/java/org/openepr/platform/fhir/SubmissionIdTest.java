package org.openepr.platform.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hl7.fhir.r4.model.Identifier;
import org.junit.jupiter.api.Test;
import org.openepr.platform.errors.InvalidInputException;

class SubmissionIdTest {

    static final String SYSTEM = "https://openepr.org/fhir/Id/submission";

    @Test
    void theClientsUuidOfTheSystemIsTheSubmission() {
        UUID id = UUID.randomUUID();
        List<Identifier> sent = List.of(new Identifier().setSystem("https://other").setValue("x"), new Identifier().setSystem(SYSTEM).setValue(id.toString()));
        assertEquals(Optional.of(id), SubmissionId.of(sent, SYSTEM, "Flag.identifier"));
        assertEquals(Optional.empty(), SubmissionId.of(List.of(), SYSTEM, "Flag.identifier"), "none sent: an ordinary create");
    }

    @Test
    void anythingElseIsRefusedNamingThePath() {
        for (String bad : new String[] {"not-a-uuid", "1-1-1-1-1", "", "<script>"}) {
            var e = assertThrows(InvalidInputException.class, () -> SubmissionId.of(List.of(new Identifier().setSystem(SYSTEM).setValue(bad)), SYSTEM, "Flag.identifier"));
            assertEquals("Flag.identifier", e.problems().get(0).field(), bad);
        }
        List<Identifier> two = List.of(new Identifier().setSystem(SYSTEM).setValue(UUID.randomUUID().toString()),
                new Identifier().setSystem(SYSTEM).setValue(UUID.randomUUID().toString()));
        assertThrows(InvalidInputException.class, () -> SubmissionId.of(two, SYSTEM, "Flag.identifier"));
    }
}
