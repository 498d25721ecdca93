package org.openepr.platform.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.Practitioner;
import org.openepr.platform.fhir.FhirSupport;
import org.openepr.platform.security.Access;
import org.openepr.platform.staff.StaffDirectoryForExport;
import org.openepr.platform.staff.StaffMember;

/**
 * The trust's staff directory as FHIR Practitioner, so records naming their authors by user id keep their names in
 * the trust that loads them: the user id as an identifier ({@link AuditTrailExportPart#STAFF}), the name as the token
 * gave it, one {@code staff-role} extension per role held at the last sign-in, and the {@code last-signed-in} moment.
 * The id is the user id where that is a FHIR id (a Keycloak id is), else a UUID made from it. Not records: a trust
 * whose admin has signed in is still "empty" for an import.
 */
@ApplicationScoped
public class StaffDirectoryExportPart implements ExportPart {

    public static final String TYPE = "Practitioner";
    public static final String ROLE = FhirSupport.EXTENSION_BASE + "staff-role";
    public static final String LAST_SIGNED_IN = FhirSupport.EXTENSION_BASE + "last-signed-in";

    @Inject
    StaffDirectoryForExport directory;

    @Override
    public String module() {
        return Access.PLATFORM;
    }

    @Override
    public List<String> resourceTypes() {
        return List.of(TYPE);
    }

    @Override
    public boolean holdsRecords(String resourceType) {
        return false;
    }

    @Override
    public long count(String resourceType) {
        return directory.count();
    }

    @Override
    public List<Exported> page(String resourceType, String afterKey, int size) {
        return directory.after(afterKey, size).stream()
                .map((StaffMember m) -> new Exported(m.userId(), toFhir(m.userId(), m.name(), m.roles(), m.lastSignedIn()))).toList();
    }

    public static Practitioner toFhir(String userId, String name, List<String> roles, Instant lastSignedIn) {
        Practitioner p = new Practitioner();
        p.setId(userId.matches("[A-Za-z0-9\\-.]{1,64}") ? userId : UUID.nameUUIDFromBytes(userId.getBytes(StandardCharsets.UTF_8)).toString());
        p.addIdentifier().setSystem(AuditTrailExportPart.STAFF).setValue(userId);
        p.addName().setText(name);
        roles.forEach(r -> p.addExtension(ROLE, new CodeType(r)));
        p.addExtension(LAST_SIGNED_IN, new InstantType(Date.from(lastSignedIn)));
        return p;
    }
}
