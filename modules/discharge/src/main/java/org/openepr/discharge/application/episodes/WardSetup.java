package org.openepr.discharge.application.episodes;

import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.openepr.discharge.DischargeModule;
import org.openepr.discharge.domain.episodes.Ward;
import org.openepr.discharge.domain.episodes.WardRepository;
import org.openepr.platform.audit.AuditTrail;
import org.openepr.platform.errors.ConflictException;
import org.openepr.platform.errors.Failures;
import org.openepr.platform.errors.InputCheck;
import org.openepr.platform.errors.RecordNotFoundException;
import org.openepr.platform.errors.StaleEditException;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;

/**
 * The trust admin keeps the trust's wards: adds, renames, closes and reopens them (never deletes: every stay keeps its
 * ward). Patients are admitted and transferred only to open wards.
 */
@UseCase
@Access(module = DischargeModule.NAME, roles = Roles.TRUST_ADMIN)
public class WardSetup {

    @Inject
    WardRepository wards;

    @Inject
    AuditTrail audit;

    /** Every ward, closed ones too, by name. */
    public List<Ward> all() {
        return wards.all();
    }

    public Ward add(UUID id, String nameText) {
        String name = name(nameText);
        var existing = wards.find(id);
        if (existing.isPresent()) {
            return existing.get(); // the same form sent twice
        }
        if (wards.all().stream().anyMatch(w -> Ward.keyOf(w.name()).equals(Ward.keyOf(name)))) {
            throw new ConflictException("name", "There is already a ward called " + name);
        }
        Ward ward = new Ward(id, name);
        wards.add(ward);
        flush();
        audit.record(EpisodesAudit.WARDS_CHANGED, ward.id(), null, "added " + name);
        return ward;
    }

    public Ward rename(UUID wardId, int versionSeen, String nameText) {
        String name = name(nameText);
        Ward ward = current(wardId, versionSeen);
        String was = ward.name();
        ward.rename(name);
        flush();
        audit.record(EpisodesAudit.WARDS_CHANGED, wardId, null, "renamed " + was + " to " + name);
        return ward;
    }

    /** Closed: no admissions or transfers in; patients on it stay until moved or discharged. */
    public Ward close(UUID wardId, int versionSeen) {
        Ward ward = current(wardId, versionSeen);
        ward.close();
        audit.record(EpisodesAudit.WARDS_CHANGED, wardId, null, "closed " + ward.name());
        return ward;
    }

    public Ward reopen(UUID wardId, int versionSeen) {
        Ward ward = current(wardId, versionSeen);
        ward.reopen();
        audit.record(EpisodesAudit.WARDS_CHANGED, wardId, null, "reopened " + ward.name());
        return ward;
    }

    private Ward current(UUID wardId, int versionSeen) {
        Ward ward = wards.find(wardId).orElseThrow(() -> new RecordNotFoundException("ward"));
        if (ward.version() != versionSeen) {
            throw new StaleEditException(ward.name() + " was changed after you opened the page: nothing was saved");
        }
        return ward;
    }

    private void flush() {
        try {
            wards.flush();
        } catch (RuntimeException e) {
            if (Failures.violated(e, Ward.NAME_UNIQUE)) {
                throw new ConflictException("name", "There is already a ward with that name");
            }
            throw e;
        }
    }

    private static String name(String text) {
        InputCheck check = new InputCheck();
        String name = check.field("name", () -> InputCheck.text("Ward name", text, Ward.NAME_MAX, true));
        check.throwIfAny();
        return name;
    }
}
