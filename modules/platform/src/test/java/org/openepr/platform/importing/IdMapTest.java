package org.openepr.platform.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class IdMapTest {

    static final String BOOKING = "11111111-1111-4111-8111-111111111111";
    static final String SLOT = "22222222-2222-4222-8222-222222222222";
    static final String CLINIC = "33333333-3333-4333-8333-333333333333";
    static final String UNMAPPED = "44444444-4444-4444-8444-444444444444";

    @Test
    void anAuditDetailNamesTheNewIdsOfEveryMappedRecordAndKeepsTheRest() {
        IdMap job = new IdMap();
        job.put("Slot", SLOT, "new-slot");
        IdMap batch = job.batch();
        batch.put("Appointment", BOOKING, "new-booking");
        assertEquals("booking=new-booking slot=new-slot referral=" + UNMAPPED,
                batch.remapIds("booking=" + BOOKING + " slot=" + SLOT + " referral=" + UNMAPPED));
        assertNull(batch.remapIds(null));
    }

    @Test
    void findsAnIdWhateverTypeItWasMappedUnder() {
        IdMap ids = new IdMap();
        ids.put("Schedule", CLINIC, "new-clinic");
        assertEquals(Optional.empty(), ids.find("Slot", CLINIC), "slots made names the clinic under Slot");
        assertEquals(Optional.of("new-clinic"), ids.batch().findAnyType(CLINIC));
        assertTrue(ids.findAnyType(UNMAPPED).isEmpty());
    }
}
