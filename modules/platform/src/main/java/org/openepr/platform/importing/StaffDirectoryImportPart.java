package org.openepr.platform.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PrimitiveType;
import org.openepr.platform.errors.InvalidInputException;
import org.openepr.platform.export.AuditTrailExportPart;
import org.openepr.platform.export.StaffDirectoryExportPart;
import org.openepr.platform.fhir.FhirSupport;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;
import org.openepr.platform.staff.StaffDirectoryFromImport;

/**
 * The source's staff directory, so the records loaded with it name their authors: each person added, or updated where
 * their sign-in there was later than here. It names people only; nobody gets an account or a role from it (roles the
 * application does not know, and the operator's, are dropped).
 */
@ApplicationScoped
public class StaffDirectoryImportPart implements ImportPart {

    @Inject
    StaffDirectoryFromImport directory;

    @Inject
    FhirSupport fhir;

    /** A member as the export carried them. */
    public record Member(String userId, String name, List<String> roles, Instant lastSignedIn) {
    }

    @Override
    public String module() {
        return Access.PLATFORM;
    }

    @Override
    public List<String> resourceTypes() {
        return List.of(StaffDirectoryExportPart.TYPE);
    }

    @Override
    public Set<String> needsFirst() {
        return Set.of();
    }

    @Override
    public int load(String resourceType, List<String> lines, IdMap ids) {
        var parser = fhir.json();
        for (String line : lines) {
            Member m = fromFhir(parser.parseResource(Practitioner.class, line));
            directory.member(m.userId(), m.name(), m.roles(), m.lastSignedIn());
        }
        return lines.size();
    }

    /** The member, or a refusal naming what is missing (the user id, the last sign-in). */
    public static Member fromFhir(Practitioner p) {
        String userId = p.getIdentifier().stream().filter(i -> AuditTrailExportPart.STAFF.equals(i.getSystem())).map(Identifier::getValue)
                .filter(v -> v != null && !v.isBlank() && v.length() <= 200).findFirst()
                .orElseThrow(() -> new InvalidInputException("identifier", "Practitioner/" + p.getIdPart() + " has no user id ("
                        + AuditTrailExportPart.STAFF + ")"));
        Extension last = p.getExtensionByUrl(StaffDirectoryExportPart.LAST_SIGNED_IN);
        if (last == null || !(last.getValue() instanceof InstantType at) || at.getValue() == null) {
            throw new InvalidInputException("lastSignedIn", "Practitioner/" + p.getIdPart() + " has no last sign-in");
        }
        String name = p.hasName() && p.getNameFirstRep().getText() != null ? p.getNameFirstRep().getText() : userId;
        if (name.length() > 200) {
            throw new InvalidInputException("name", "Practitioner/" + p.getIdPart() + ": the name is longer than 200 characters");
        }
        List<String> roles = p.getExtensionsByUrl(StaffDirectoryExportPart.ROLE).stream()
                .map(e -> e.getValue() instanceof PrimitiveType<?> code ? code.getValueAsString() : null)
                .filter(r -> Roles.ALL.contains(r) && !Roles.HOSTING_OPERATOR.equals(r)).toList();
        return new Member(userId, name, roles, at.getValue().toInstant());
    }
}
