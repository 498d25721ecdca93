package org.openepr.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dependency rules of docs/architecture.md, checked on the compiled application. */
class ArchitectureTest {

    static JavaClasses app;

    @BeforeAll
    static void importTheApplication() {
        app = new ClassFileImporter().importPaths(applicationClasses());
    }

    /** The compiled modules of this build, not jars from elsewhere: every module under modules/. */
    static List<Path> applicationClasses() {
        try (var dirs = java.nio.file.Files.list(Path.of("../modules"))) {
            return dirs.map(d -> d.resolve("target/classes")).filter(java.nio.file.Files::isDirectory).sorted().toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void clinicalModulesDoNotReachIntoEachOther() {
        ArchitectureRules.MODULES_USE_EACH_OTHER_ONLY_THROUGH_API.check(app);
    }

    @Test
    void thePlatformKnowsNoClinicalModule() {
        ArchitectureRules.PLATFORM_KNOWS_NO_MODULE.check(app);
    }

    @Test
    void domainModelsStayFreeOfScreensApiAndInfrastructure() {
        ArchitectureRules.DOMAIN_IS_FREE_OF_SCREENS_API_AND_INFRASTRUCTURE.check(app);
    }

    @Test
    void onlyTheEdgeBindsTheTrust() {
        ArchitectureRules.ONLY_THE_EDGE_BINDS_THE_TRUST.check(app);
    }

    @Test
    void onlyTheEdgeReadsTokensAndHeaders() {
        ArchitectureRules.ONLY_THE_EDGE_READS_TOKENS_AND_HEADERS.check(app);
    }

    @Test
    void repositoriesAreUsedOnlyByUseCases() {
        ArchitectureRules.REPOSITORIES_ARE_MARKED.check(app);
        ArchitectureRules.REPOSITORIES_ONLY_IN_USE_CASES.check(app);
    }

    @Test
    void everyUseCaseDeclaresItsModuleAndRoles() {
        ArchitectureRules.EVERY_USE_CASE_DECLARES_ITS_ACCESS.check(app);
    }

    @Test
    void viewScopedBeansSurvivePassivation() {
        ArchitectureRules.VIEW_BEANS_SURVIVE_PASSIVATION.check(app);
    }

    @Test
    void modulesAskForFeaturesNotReleases() {
        ArchitectureRules.MODULES_ASK_FOR_FEATURES_NOT_RELEASES.check(app);
    }

    /**
     * The whole-trust export must hold everything the API serves: a module that declares FHIR types (a FhirCapability)
     * contributes its part of the export (an ExportPart), so a module added later cannot be left out of a supplier switch.
     */
    @Test
    void everyModuleServingFhirContributesToTheExport() {
        java.util.Set<String> serving = new java.util.TreeSet<>();
        java.util.Set<String> exporting = new java.util.TreeSet<>();
        for (var c : app) {
            String module = c.getPackageName().replaceFirst("^(org\\.openepr\\.[^.]+).*$", "$1");
            if (c.isAssignableTo(org.openepr.platform.fhir.FhirCapability.class) && !c.isInterface()) {
                serving.add(module);
            }
            if (c.isAssignableTo(org.openepr.platform.export.ExportPart.class) && !c.isInterface()) {
                exporting.add(module);
            }
        }
        serving.removeAll(exporting);
        org.junit.jupiter.api.Assertions.assertTrue(serving.isEmpty(),
                "modules serving FHIR resources without an ExportPart (docs/export.md): " + serving);
        org.junit.jupiter.api.Assertions.assertTrue(exporting.size() >= 5, "the export parts found: " + exporting);
    }

    /**
     * What the export writes, the import reads: every resource type of every ExportPart has an ImportPart, so an export
     * of this server always loads into another (the supplier switch both ways), and a module added later cannot export
     * what nobody can import. The parts' type lists are constants, read from instances made without the container.
     */
    @Test
    void everyTypeTheExportWritesTheImportReads() throws Exception {
        java.util.Set<String> exported = new java.util.TreeSet<>();
        java.util.Set<String> imported = new java.util.TreeSet<>();
        for (var c : app) {
            if (c.isInterface() || c.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.ABSTRACT)) {
                continue;
            }
            if (c.isAssignableTo(org.openepr.platform.export.ExportPart.class)) {
                var part = (org.openepr.platform.export.ExportPart) instance(c.reflect());
                exported.addAll(part.resourceTypes());
            }
            if (c.isAssignableTo(org.openepr.platform.importing.ImportPart.class)) {
                var part = (org.openepr.platform.importing.ImportPart) instance(c.reflect());
                imported.addAll(part.resourceTypes());
            }
        }
        org.junit.jupiter.api.Assertions.assertTrue(exported.size() >= 17, "the exported types found: " + exported);
        java.util.Set<String> unread = new java.util.TreeSet<>(exported);
        unread.removeAll(imported);
        org.junit.jupiter.api.Assertions.assertTrue(unread.isEmpty(), "exported types no ImportPart reads (docs/export.md): " + unread);
    }

    private static Object instance(Class<?> type) throws Exception {
        var constructor = type.getDeclaredConstructor();
        constructor.setAccessible(true);
        return constructor.newInstance();
    }
}
