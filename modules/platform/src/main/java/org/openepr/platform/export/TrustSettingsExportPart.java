package org.openepr.platform.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.StringType;
import org.openepr.platform.security.Access;
import org.openepr.platform.trust.TrustConfigurationForExport;
import org.openepr.platform.trust.TrustSetting;

/**
 * The trust's decisions for its modules (signing rules, sending limits, who may change NHS numbers, ...), one FHIR
 * Parameters each: {@code setting} ("module.name"), {@code value}, {@code changedAt}, {@code changedBy} (the user id).
 * Its id is the key where that is a FHIR id, else a UUID made from the key (FHIR ids allow no "_"), so ids stay unique.
 * Configuration, not records: a trust that decided settings is still "empty" for an import.
 */
@ApplicationScoped
public class TrustSettingsExportPart implements ExportPart {

    public static final String TYPE = "Parameters";
    public static final String SETTING = "setting";
    public static final String VALUE = "value";
    public static final String CHANGED_AT = "changedAt";
    public static final String CHANGED_BY = "changedBy";

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
        return configuration.settings();
    }

    @Override
    public List<Exported> page(String resourceType, String afterKey, int size) {
        return configuration.settingsAfter(afterKey, size).stream()
                .map((TrustSetting s) -> new Exported(s.key(), toFhir(s.key(), s.value(), s.changedAt(), s.changedBy()))).toList();
    }

    public static Parameters toFhir(String key, String value, Instant changedAt, String changedBy) {
        Parameters p = new Parameters();
        p.setId(fhirId(key));
        p.addParameter().setName(SETTING).setValue(new StringType(key));
        p.addParameter().setName(VALUE).setValue(new StringType(value));
        p.addParameter().setName(CHANGED_AT).setValue(new InstantType(Date.from(changedAt)));
        p.addParameter().setName(CHANGED_BY).setValue(new Identifier().setSystem(AuditTrailExportPart.STAFF).setValue(changedBy));
        return p;
    }

    /** The key as a FHIR id where it is one, else a UUID made from it: the same key gives the same id on every export. */
    static String fhirId(String key) {
        return key.matches("[A-Za-z0-9\\-.]{1,64}") ? key : UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
