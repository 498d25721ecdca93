package org.openepr.platform.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Parameters.ParametersParameterComponent;
import org.hl7.fhir.r4.model.PrimitiveType;
import org.openepr.platform.errors.InvalidInputException;
import org.openepr.platform.export.TrustSettingsExportPart;
import org.openepr.platform.fhir.FhirSupport;
import org.openepr.platform.security.Access;
import org.openepr.platform.trust.SettingRules;
import org.openepr.platform.trust.TrustConfigurationFromImport;

/**
 * The source's decisions for its modules, each as it was (value, when, by whom). A setting this trust decided before the
 * import keeps this trust's value (its admin set the trust up on purpose); the trail says which one stands.
 */
@ApplicationScoped
public class TrustSettingsImportPart implements ImportPart {

    @Inject
    TrustConfigurationFromImport configuration;

    @Inject
    FhirSupport fhir;

    /** A setting as the export carried it. */
    public record Setting(String key, String value, Instant changedAt, String changedBy) {
    }

    @Override
    public String module() {
        return Access.PLATFORM;
    }

    @Override
    public List<String> resourceTypes() {
        return List.of(TrustSettingsExportPart.TYPE);
    }

    @Override
    public Set<String> needsFirst() {
        return Set.of();
    }

    @Inject
    Instance<SettingRules> rules;

    /**
     * Every setting checked by its module's own rules before the job is made: a value the module could not read would
     * break its pages for the whole trust, so the archive is refused with nothing written.
     */
    @Override
    public void checkBeforeLoading(String resourceType, Path file) {
        var parser = fhir.json();
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            lines.filter(l -> !l.isBlank()).map(l -> fromFhir(parser.parseResource(Parameters.class, l))).forEach(this::check);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void check(Setting s) {
        String module = s.key().substring(0, s.key().indexOf('.'));
        String name = s.key().substring(module.length() + 1);
        for (SettingRules r : rules) {
            if (r.module().equals(module)) {
                r.problem(name, s.value()).ifPresent(problem -> {
                    throw new InvalidInputException(ImportArchive.FIELD, "The archive's setting " + s.key() + " (\"" + s.value()
                            + "\") is not one this server reads: " + problem + "; nothing was imported");
                });
            }
        }
    }

    @Override
    public int load(String resourceType, List<String> lines, IdMap ids) {
        var parser = fhir.json();
        for (String line : lines) {
            Setting s = fromFhir(parser.parseResource(Parameters.class, line));
            configuration.setting(s.key(), s.value(), s.changedAt(), s.changedBy());
        }
        return lines.size();
    }

    /** The setting, or a refusal naming the parameter at fault (the table's limits: key 100, value 500). */
    public static Setting fromFhir(Parameters p) {
        String key = text(p, TrustSettingsExportPart.SETTING, 100);
        if (!key.matches("[a-z0-9-]+\\.[A-Za-z0-9_.-]+")) {
            throw new InvalidInputException(TrustSettingsExportPart.SETTING, "Parameters/" + p.getIdPart()
                    + ": the setting " + key + " is not a module's setting (module.name)");
        }
        String value = text(p, TrustSettingsExportPart.VALUE, 500);
        var at = p.getParameter(TrustSettingsExportPart.CHANGED_AT);
        if (at == null || !(at.getValue() instanceof PrimitiveType<?> moment) || !(moment.getValue() instanceof java.util.Date date)) {
            throw missing(p, TrustSettingsExportPart.CHANGED_AT);
        }
        var by = p.getParameter(TrustSettingsExportPart.CHANGED_BY);
        if (by == null || !(by.getValue() instanceof Identifier who) || who.getValue() == null || who.getValue().isBlank()
                || who.getValue().length() > 200) {
            throw missing(p, TrustSettingsExportPart.CHANGED_BY);
        }
        return new Setting(key, value, date.toInstant(), who.getValue());
    }

    private static String text(Parameters p, String name, int max) {
        ParametersParameterComponent found = p.getParameter(name);
        if (found == null || !(found.getValue() instanceof PrimitiveType<?> text) || text.getValueAsString() == null
                || text.getValueAsString().isEmpty() || text.getValueAsString().length() > max) {
            throw missing(p, name);
        }
        return text.getValueAsString();
    }

    private static InvalidInputException missing(Parameters p, String name) {
        return new InvalidInputException(name, "Parameters/" + p.getIdPart() + ": no usable " + name + " (a trust setting needs its "
                + "key, value, when and by whom)");
    }
}
