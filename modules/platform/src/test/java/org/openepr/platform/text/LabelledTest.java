package org.openepr.platform.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.openepr.platform.audit.AuditActionName;
import org.openepr.platform.audit.PlatformAudit;

class LabelledTest {

    @Test
    void storedCodesReadAsWords() {
        assertEquals("Patient viewed", new AuditActionName("PATIENT_VIEWED").label());
        assertEquals("Trust suspended", PlatformAudit.TRUST_SUSPENDED.label());
        assertEquals("", Labelled.words(null));
    }
}
