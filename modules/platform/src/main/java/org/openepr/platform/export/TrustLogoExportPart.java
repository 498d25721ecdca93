package org.openepr.platform.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.hl7.fhir.r4.model.Binary;
import org.hl7.fhir.r4.model.Identifier;
import org.openepr.platform.fhir.FhirSupport;
import org.openepr.platform.security.Access;
import org.openepr.platform.trust.LogoImage;
import org.openepr.platform.trust.TrustConfigurationForExport;
import org.openepr.platform.trust.TrustLogo;

/**
 * The trust's logo as FHIR Binary: id = its kind ("header"), contentType and data as uploaded; when and by whom it
 * was shown in {@code meta.lastUpdated} and an extension on {@code meta} (a Binary has no extensions of its own). A
 * logo the trust removed is not exported. Configuration, not records.
 */
@ApplicationScoped
public class TrustLogoExportPart implements ExportPart {

    public static final String TYPE = "Binary";
    public static final String CHANGED_BY = FhirSupport.EXTENSION_BASE + "changed-by";

    @Inject
    TrustConfigurationForExport configuration;

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
        return configuration.logos();
    }

    @Override
    public List<Exported> page(String resourceType, String afterKey, int size) {
        return configuration.logosAfter(afterKey, size).stream()
                .map((TrustLogo l) -> new Exported(l.kind(), toFhir(l.kind(), l.image().orElseThrow(), l.changedAt(), l.changedBy())))
                .toList();
    }

    public static Binary toFhir(String kind, LogoImage image, Instant changedAt, String changedBy) {
        Binary b = new Binary();
        b.setId(kind);
        b.setContentType(image.mediaType());
        b.setData(image.bytes());
        b.getMeta().setLastUpdated(Date.from(changedAt));
        b.getMeta().addExtension(CHANGED_BY, new Identifier().setSystem(AuditTrailExportPart.STAFF).setValue(changedBy));
        return b;
    }
}
