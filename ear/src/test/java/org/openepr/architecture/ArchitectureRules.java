package org.openepr.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.openepr.platform.identity.OdsCode;
import org.openepr.platform.persistence.Repository;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.trust.Caller;
import org.openepr.platform.trust.TrustContext;

/**
 * The dependency rules of docs/architecture.md. Each is checked on the application (ArchitectureTest) and shown
 * to reject a planted violation (PlantedViolationsTest), so a rule that stops biting fails the build.
 */
final class ArchitectureRules {

    private ArchitectureRules() {
    }

    static final ArchRule MODULES_USE_EACH_OTHER_ONLY_THROUGH_API = slices().matching("org.openepr.(*)..").should().notDependOnEachOther()
            .ignoreDependency(alwaysTrue(), resideInAPackage("org.openepr.platform.."))
            .ignoreDependency(alwaysTrue(), resideInAPackage("org.openepr.*.api.."))
            .ignoreDependency(resideInAPackage("org.openepr.webapp.."), alwaysTrue())
            .because("each clinical module is a vertical slice; it uses another only through that module's published api package");

    static final ArchRule PLATFORM_KNOWS_NO_MODULE = noClasses().that().resideInAPackage("org.openepr.platform..")
            .should().dependOnClassesThat().resideOutsideOfPackages("org.openepr.platform..", "java..", "jakarta..", "javax..",
                    "org.eclipse.persistence..", "org.eclipse.microprofile.jwt..", "org.flywaydb..", "ca.uhn.fhir..", "org.hl7.fhir..",
                    "com.ibm.websphere..", "com.lowagie..")
            .because("the platform is the shared kernel; modules depend on it, never the other way round");

    static final ArchRule DOMAIN_IS_FREE_OF_SCREENS_API_AND_INFRASTRUCTURE = noClasses().that().resideInAPackage("org.openepr.*.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("..interfaces..", "..infrastructure..", "..application..",
                    "jakarta.faces..", "jakarta.ws.rs..", "jakarta.servlet..", "org.hl7.fhir..", "ca.uhn.fhir..")
            .because("clinical rules are testable without a server and do not change with a screen or an API");

    static final ArchRule ONLY_THE_EDGE_BINDS_THE_TRUST = noClasses().that().resideOutsideOfPackage("org.openepr.platform.security..")
            .should().callMethod(TrustContext.class, "bind", Caller.class, OdsCode.class)
            .because("the trust comes from the verified token at the edge, never from anywhere else");

    /** Token claims and request headers are read at the edge and by the platform's FHIR plumbing, nowhere else. */
    static final ArchRule ONLY_THE_EDGE_READS_TOKENS_AND_HEADERS = noClasses()
            .that().resideOutsideOfPackages("org.openepr.platform.security..", "org.openepr.platform.fhir..")
            .should().dependOnClassesThat().resideInAnyPackage("com.ibm.websphere.security..", "org.eclipse.microprofile.jwt..")
            .orShould().callMethod(HttpServletRequest.class, "getHeader", String.class)
            .orShould().callMethod(HttpServletRequest.class, "getHeaders", String.class)
            .orShould().callMethod(HttpServletRequest.class, "getHeaderNames")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.ws.rs.core.HttpHeaders")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.ws.rs.HeaderParam")
            .because("who the caller is and which trust they work in come from the verified token, read in one place; "
                    + "a header is never trusted for either");

    private static final DescribedPredicate<JavaClass> USE_CASES = DescribedPredicate.describe("use cases",
            c -> c.isAnnotatedWith(UseCase.class));

    /** A helper a use case delegates to: package-private in application, so nothing but the use cases beside it can call it. */
    private static final DescribedPredicate<JavaClass> USE_CASE_HELPERS = DescribedPredicate.describe(
            "package-private helpers of the use cases", c -> c.getPackageName().contains(".application")
                    && !c.getModifiers().contains(JavaModifier.PUBLIC));

    /**
     * Repositories are used by use cases (and their package-private helpers) and implemented in infrastructure;
     * never by screens, API resources or any other class.
     */
    static final ArchRule REPOSITORIES_ONLY_IN_USE_CASES = noClasses()
            .that(DescribedPredicate.not(USE_CASES))
            .and(DescribedPredicate.not(USE_CASE_HELPERS))
            .and().resideOutsideOfPackage("..infrastructure..")
            .and().areNotAssignableTo(Repository.class)
            .should().dependOnClassesThat(assignableTo(Repository.class))
            .because("a use case opens the transaction, checks access, binds the trust and audits; a repository used "
                    + "anywhere else skips all four");

    static final ArchRule REPOSITORIES_ARE_MARKED = classes().that().haveSimpleNameEndingWith("Repository").and().areInterfaces()
            .and().resideInAPackage("org.openepr.*.domain..")
            .should().beAssignableTo(Repository.class)
            .because("the rule that keeps repositories inside use cases finds them by the marker");

    static final ArchRule EVERY_USE_CASE_DECLARES_ITS_ACCESS = classes().that().areAnnotatedWith(UseCase.class)
            .should().beAnnotatedWith(Access.class)
            .because("each use case says which module it belongs to and which roles may run it; the interceptor enforces it");

    /** View-scoped beans are serialized with the session: an injected field that is transient comes back null. */
    static final ArchRule VIEW_BEANS_SURVIVE_PASSIVATION = fields().that().areDeclaredInClassesThat().areAnnotatedWith(ViewScoped.class)
            .and().areAnnotatedWith(Inject.class)
            .should().notHaveModifier(JavaModifier.TRANSIENT)
            .because("after session passivation a transient service field is null and the page fails; inject normal-scoped "
                    + "beans (their proxies serialize) instead");

    /**
     * Module code asks whether the trust has a feature ({@code Features.isOn}, with its own {@code Feature}s); which release
     * the trust is on, and which trust it is, stay the platform's (the shell's admin and operator pages use its use cases).
     */
    static final ArchRule MODULES_ASK_FOR_FEATURES_NOT_RELEASES = noClasses()
            .that().resideOutsideOfPackages("org.openepr.platform..", "org.openepr.webapp..")
            .should().dependOnClassesThat(resideInAPackage("org.openepr.platform.releases..")
                    .and(DescribedPredicate.not(JavaClass.Predicates.simpleName("Feature").or(JavaClass.Predicates.simpleName("Features")))))
            .because("a module's behaviour follows the features a trust has, never the name of its release or of the trust; "
                    + "so a release can gain or lose a feature without touching the module");
}
