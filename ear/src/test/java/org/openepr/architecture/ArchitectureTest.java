package org.openepr.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openepr.platform.identity.OdsCode;
import org.openepr.platform.trust.Caller;
import org.openepr.platform.trust.TrustContext;

/** The dependency rules of docs/architecture.md, checked on the compiled application. */
class ArchitectureTest {

    static JavaClasses app;

    @BeforeAll
    static void importTheApplication() {
        // the compiled modules of this build, not jars from elsewhere
        app = new ClassFileImporter().importPaths(List.of(Path.of("../modules/platform/target/classes"),
                Path.of("../modules/patient-index/target/classes"), Path.of("../modules/clinics/target/classes"),
                Path.of("../modules/webapp/target/classes")));
    }

    @Test
    void clinicalModulesDoNotReachIntoEachOther() {
        slices().matching("org.openepr.(*)..").should().notDependOnEachOther()
                .ignoreDependency(alwaysTrue(), resideInAPackage("org.openepr.platform.."))
                .ignoreDependency(alwaysTrue(), resideInAPackage("org.openepr.*.api.."))
                .ignoreDependency(resideInAPackage("org.openepr.webapp.."), alwaysTrue())
                .because("each clinical module is a vertical slice; it uses another only through that module's published api package")
                .check(app);
    }

    @Test
    void thePlatformKnowsNoClinicalModule() {
        noClasses().that().resideInAPackage("org.openepr.platform..")
                .should().dependOnClassesThat().resideOutsideOfPackages("org.openepr.platform..", "java..", "jakarta..", "javax..",
                        "org.eclipse.persistence..", "org.flywaydb..", "ca.uhn.fhir..", "org.hl7.fhir..", "com.ibm.websphere..")
                .because("the platform is the shared kernel; modules depend on it, never the other way round")
                .check(app);
    }

    @Test
    void domainModelsStayFreeOfScreensApiAndInfrastructure() {
        noClasses().that().resideInAPackage("org.openepr.*.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("..interfaces..", "..infrastructure..", "..application..",
                        "jakarta.faces..", "jakarta.ws.rs..", "org.hl7.fhir..", "ca.uhn.fhir..")
                .because("clinical rules are testable without a server and do not change with a screen or an API")
                .check(app);
    }

    @Test
    void onlyTheEdgeBindsTheTrust() {
        noClasses().that().resideOutsideOfPackage("org.openepr.platform.security..")
                .should().callMethod(TrustContext.class, "bind", Caller.class, OdsCode.class)
                .because("the trust comes from the verified token at the edge, never from anywhere else")
                .check(app);
    }

    @Test
    void onlyTheEdgeReadsTokens() {
        noClasses().that().resideOutsideOfPackage("org.openepr.platform.security..")
                .and().doNotHaveFullyQualifiedName("org.openepr.webapp.TrustPickerPage")
                .should().dependOnClassesThat().resideInAnyPackage("com.ibm.websphere.security..")
                .because("token claims are read in one place")
                .check(app);
    }

    @Test
    void interfacesCallApplicationServicesNotRepositories() {
        noClasses().that().resideInAPackage("org.openepr.*.interfaces..")
                .should().dependOnClassesThat().resideInAPackage("org.openepr.*.infrastructure..")
                .because("screens and API resources go through the use cases, which open the transaction and audit")
                .check(app);
    }
}
