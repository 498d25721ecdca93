package org.openepr.discharge.application.sending;

import jakarta.inject.Inject;
import java.util.List;
import org.openepr.discharge.DischargeModule;
import org.openepr.discharge.domain.sending.Dispatch;
import org.openepr.platform.export.RecordPages;
import org.openepr.platform.persistence.ReadsOnly;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;

/** Every dispatch of a signed summary (the API's Task) in id order, for the whole-trust export (the background worker only). */
@UseCase
@ReadsOnly
@Access(module = DischargeModule.NAME, roles = Roles.BACKGROUND)
public class DispatchesForExport {

    @Inject
    RecordPages pages;

    public List<Dispatch> after(String key, int size) {
        return pages.after(Dispatch.class, key, size);
    }

    public long count() {
        return pages.count(Dispatch.class);
    }
}
