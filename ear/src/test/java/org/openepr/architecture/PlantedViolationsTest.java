package org.openepr.architecture;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A test of the rules themselves: each rule, run over the application plus one planted violation
 * (org.openepr.planted, in the test sources), must reject exactly that planted class. A rule that passes its
 * planted violation no longer protects anything, and fails here.
 */
class PlantedViolationsTest {

    static JavaClasses withPlanted;

    @BeforeAll
    static void importTheApplicationAndThePlantedViolations() {
        List<Path> paths = new ArrayList<>(ArchitectureTest.applicationClasses());
        paths.add(Path.of("target/test-classes/org/openepr/planted"));
        paths.add(Path.of("target/test-classes/org/openepr/platform/planted"));
        withPlanted = new ClassFileImporter().importPaths(paths);
    }

    static void rejects(ArchRule rule, String plantedClass) {
        EvaluationResult result = rule.evaluate(withPlanted);
        String report = result.getFailureReport().toString();
        assertTrue(result.hasViolation() && report.contains(plantedClass),
                "the rule must reject the planted " + plantedClass + "; it reported: " + report);
    }

    @Test
    void aScreenInjectingARepositoryIsRejected() {
        rejects(ArchitectureRules.REPOSITORIES_ONLY_IN_USE_CASES, "org.openepr.planted.interfaces.web.PageInjectingARepository");
    }

    @Test
    void aHelperUsingARepositoryOutsideAUseCaseIsRejected() {
        rejects(ArchitectureRules.REPOSITORIES_ONLY_IN_USE_CASES, "org.openepr.planted.application.HelperUsingARepository");
    }

    @Test
    void aRepositoryWithoutTheMarkerIsRejected() {
        rejects(ArchitectureRules.REPOSITORIES_ARE_MARKED, "org.openepr.planted.domain.NoteRepository");
    }

    @Test
    void moduleCodeReadingARequestHeaderIsRejected() {
        rejects(ArchitectureRules.ONLY_THE_EDGE_READS_TOKENS_AND_HEADERS, "org.openepr.planted.interfaces.web.PageReadingHeaders");
    }

    @Test
    void moduleCodeReadingTheTokenIsRejected() {
        rejects(ArchitectureRules.ONLY_THE_EDGE_READS_TOKENS_AND_HEADERS, "org.openepr.planted.interfaces.web.PageReadingTheToken");
    }

    @Test
    void bindingATrustAnywhereButTheEdgeIsRejected() {
        rejects(ArchitectureRules.ONLY_THE_EDGE_BINDS_THE_TRUST, "org.openepr.planted.application.TrustSwitcher");
    }

    @Test
    void aUseCaseWithoutAccessIsRejected() {
        rejects(ArchitectureRules.EVERY_USE_CASE_DECLARES_ITS_ACCESS, "org.openepr.planted.application.UnguardedUseCase");
    }

    @Test
    void aTransientServiceInAViewScopedPageIsRejected() {
        rejects(ArchitectureRules.VIEW_BEANS_SURVIVE_PASSIVATION, "org.openepr.planted.interfaces.web.PageWithATransientService");
    }

    @Test
    void reachingIntoAnotherModulesInternalsIsRejected() {
        rejects(ArchitectureRules.MODULES_USE_EACH_OTHER_ONLY_THROUGH_API, "org.openepr.planted.interfaces.web.PageReachingIntoClinics");
    }

    @Test
    void aDomainRuleUsingTheScreenFrameworkIsRejected() {
        rejects(ArchitectureRules.DOMAIN_IS_FREE_OF_SCREENS_API_AND_INFRASTRUCTURE, "org.openepr.planted.domain.AppointmentRules");
    }

    @Test
    void platformCodeNamingAModuleIsRejected() {
        rejects(ArchitectureRules.PLATFORM_KNOWS_NO_MODULE, "org.openepr.platform.planted.PlatformKnowingClinics");
    }

    @Test
    void moduleCodeReadingTheTrustsReleaseIsRejected() {
        rejects(ArchitectureRules.MODULES_ASK_FOR_FEATURES_NOT_RELEASES, "org.openepr.planted.application.ReleaseReader");
    }
}
