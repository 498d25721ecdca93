package org.openepr.platform.export;

import jakarta.inject.Inject;
import java.util.List;
import org.openepr.platform.audit.AuditEvent;
import org.openepr.platform.persistence.ReadsOnly;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;

/** The trust's audit trail in pages, for its export (the background worker only). */
@UseCase
@ReadsOnly
@Access(module = Access.PLATFORM, roles = Roles.BACKGROUND)
public class AuditTrailForExport {

    @Inject
    RecordPages pages;

    public List<AuditEvent> after(String key, int size) {
        return pages.after(AuditEvent.class, key, size);
    }

    public long count() {
        return pages.count(AuditEvent.class);
    }
}
