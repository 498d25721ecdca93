package org.openepr.it.support;

import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hl7.fhir.r4.model.ValueSet;

/**
 * The NHS's UK Core profiles (STU2 2.0.0, copied into ear/src/test/ukcore) in HAPI FHIR's offline instance validator,
 * loaded once per test run: every API test checks what the server returns against them.
 */
public final class UkCore {

    private static FhirValidator validator;
    private static int profiles;

    private UkCore() {
    }

    public static synchronized FhirValidator validator() {
        if (validator == null) {
            var ctx = Fhir.CONTEXT;
            var ukCore = new PrePopulatedValidationSupport(ctx);
            var xml = ctx.newXmlParser();
            Path dir = Path.of(Env.UK_CORE_DIR);
            for (Path f : files(dir.resolve("structuredefinitions"))) {
                ukCore.addStructureDefinition(xml.parseResource(StructureDefinition.class, read(f)));
                profiles++;
            }
            for (Path f : files(dir.resolve("valuesets"))) {
                ukCore.addValueSet(xml.parseResource(ValueSet.class, read(f)));
            }
            for (Path f : files(dir.resolve("codesystems"))) {
                ukCore.addCodeSystem(xml.parseResource(CodeSystem.class, read(f)));
            }
            var chain = new ValidationSupportChain(new DefaultProfileValidationSupport(ctx), ukCore,
                    new CommonCodeSystemsTerminologyService(ctx), new InMemoryTerminologyServerValidationSupport(ctx),
                    new SnapshotGeneratingValidationSupport(ctx));
            validator = ctx.newValidator().registerValidatorModule(new FhirInstanceValidator(chain));
        }
        return validator;
    }

    public static int profilesLoaded() {
        validator();
        return profiles;
    }

    /** The validator's errors (and worse) for a resource as JSON: empty when it conforms. */
    public static List<SingleValidationMessage> errors(String json) {
        return validator().validateWithResult(json).getMessages().stream()
                .filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal()).toList();
    }

    private static List<Path> files(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path f) {
        try {
            return Files.readString(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
