package org.openepr.discharge.interfaces.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.Test;
import org.openepr.discharge.domain.SummaryState;
import org.openepr.discharge.domain.episodes.EpisodeKind;
import org.openepr.discharge.domain.episodes.EpisodeOfCare;
import org.openepr.discharge.domain.episodes.LegalStatusClassification;
import org.openepr.discharge.domain.episodes.WardStay;
import org.openepr.discharge.domain.sending.Dispatch;
import org.openepr.discharge.domain.sending.HandledHow;
import org.openepr.discharge.domain.sending.Route;

class DischargeRecordTest {

    static final Instant AT = Instant.parse("2026-03-29T00:30:00.123456Z");

    @Test
    void anEpisodeComesBackFieldForField_nullsDatesAndEnumsToo() {
        EpisodeOfCare.Imported e = new EpisodeOfCare.Imported(EpisodeKind.COMMUNITY, "Early intervention", "North team", UUID.randomUUID(),
                LocalDate.of(2026, 3, 1), null, null, AT, "clin.1", LegalStatusClassification.SECTION_37_41, null, null, null, null, "clin.1", AT,
                "clin.2", AT.plusSeconds(60));
        assertEquals(e, DischargeRecord.read(EpisodeOfCare.Imported.class, DischargeRecord.write(e)));
        List<WardStay.Imported> stays = List.of(new WardStay.Imported(UUID.randomUUID(), "Willow", AT, AT.plusSeconds(3600), "clin.1", "clin.1", AT),
                new WardStay.Imported(UUID.randomUUID(), "Oak \"new\" <ward>", AT.plusSeconds(3600), null, "clin.2", "clin.1", AT));
        assertEquals(stays, DischargeRecord.readAll(WardStay.Imported.class, DischargeRecord.writeAll(stays)));
    }

    /** Not public, as a part's own records may be (read by reflection from another class). */
    record Local(UUID id, String name, boolean closed) {
    }

    @Test
    void aRecordThatIsNotPublicComesBackToo() {
        Local w = new Local(UUID.randomUUID(), "Elm", true);
        assertEquals(w, DischargeRecord.read(Local.class, DischargeRecord.write(w)));
    }

    @Test
    void anOutboxRowComesBackOnItsTask() {
        Dispatch.Imported d = new Dispatch.Imported(2, 1, "9990000018", "B82005", Route.MESH, SummaryState.FAILED, AT, "Patient not registered",
                "clin.1", AT, AT, 3, null, "MSG-1", AT, null, null, AT, HandledHow.POSTED, "Posted", "clerk.1", AT);
        Task task = new Task();
        DischargeRecord.attach(task, DischargeRecord.write(d));
        assertEquals(d, DischargeRecord.read(Dispatch.Imported.class, DischargeRecord.of(task)));
    }

    @Test
    void aRecordMissingAFieldOrAResourceWithoutOneIsRefused() {
        var partial = Json.createObjectBuilder().add("wardId", UUID.randomUUID().toString()).build();
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, () -> DischargeRecord.read(WardStay.Imported.class, partial));
        assertTrue(missing.getMessage().contains("has no wardName"), missing.getMessage());
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class, () -> DischargeRecord.of(new Task()));
        assertTrue(none.getMessage().contains("not exported by this system"), none.getMessage());
    }
}
