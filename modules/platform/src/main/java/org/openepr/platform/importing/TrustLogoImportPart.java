package org.openepr.platform.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.Binary;
import org.hl7.fhir.r4.model.Identifier;
import org.openepr.platform.errors.InvalidInputException;
import org.openepr.platform.export.TrustLogoExportPart;
import org.openepr.platform.fhir.FhirSupport;
import org.openepr.platform.security.Access;
import org.openepr.platform.trust.LogoImage;
import org.openepr.platform.trust.TrustConfigurationFromImport;

/**
 * The source's logo, checked exactly as an upload is ({@link LogoImage#of}: its type told by its content, an SVG that
 * could run script or fetch anything refused), so an archive changed by hand cannot plant what the upload refuses. A
 * logo this trust shows already stays.
 */
@ApplicationScoped
public class TrustLogoImportPart implements ImportPart {

    /** The kinds of logo there are (the header's only, for now). */
    static final Set<String> KINDS = Set.of("header");

    @Inject
    TrustConfigurationFromImport configuration;

    @Inject
    FhirSupport fhir;

    /** A logo as the export carried it, checked. */
    public record Logo(String kind, LogoImage image, Instant changedAt, String changedBy) {
    }

    @Override
    public String module() {
        return Access.PLATFORM;
    }

    @Override
    public List<String> resourceTypes() {
        return List.of(TrustLogoExportPart.TYPE);
    }

    @Override
    public Set<String> needsFirst() {
        return Set.of();
    }

    @Override
    public int load(String resourceType, List<String> lines, IdMap ids) {
        var parser = fhir.json();
        for (String line : lines) {
            Logo logo = fromFhir(parser.parseResource(Binary.class, line), Instant.now());
            configuration.logo(logo.kind(), logo.image(), logo.changedAt(), logo.changedBy());
        }
        return lines.size();
    }

    /** The logo is one small file: checked whole before the job is made, so a tampered one is refused with nothing written. */
    @Override
    public void checkBeforeLoading(String resourceType, Path file) {
        var parser = fhir.json();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    fromFhir(parser.parseResource(Binary.class, line), Instant.now());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(LogoImage.FIELD, e.problems().get(0).message() + "; nothing was imported");
        }
    }

    /** The logo, or a refusal naming the field (an unknown kind; content no upload would pass, in the upload's words). */
    public static Logo fromFhir(Binary b, Instant now) {
        String kind = b.getIdPart();
        if (kind == null || !KINDS.contains(kind)) {
            throw new InvalidInputException(LogoImage.FIELD, "Binary/" + kind + " is not a logo this server shows (only " + KINDS + ")");
        }
        LogoImage image;
        try {
            image = LogoImage.of(b.getData());
        } catch (InvalidInputException e) {
            throw new InvalidInputException(LogoImage.FIELD, "Binary/" + kind + ": " + e.problems().get(0).message());
        }
        if (b.getContentType() != null && !b.getContentType().equals(image.mediaType())) {
            throw new InvalidInputException(LogoImage.FIELD, "Binary/" + kind + " says it is " + b.getContentType() + " but its content is "
                    + image.mediaType());
        }
        Instant at = b.getMeta().getLastUpdated() == null ? now : b.getMeta().getLastUpdated().toInstant();
        var by = b.getMeta().getExtensionByUrl(TrustLogoExportPart.CHANGED_BY);
        String who = by != null && by.getValue() instanceof Identifier id && id.getValue() != null && !id.getValue().isBlank()
                && id.getValue().length() <= 200 ? id.getValue() : "import";
        return new Logo(kind, image, at, who);
    }
}
