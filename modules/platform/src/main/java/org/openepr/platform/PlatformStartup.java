package org.openepr.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.openepr.platform.persistence.DeploymentProfile;
import org.openepr.platform.persistence.SchemaMigrator;
import org.openepr.platform.trust.TrustSeeder;

/**
 * At start: refuse demo secrets outside the demo profile, then schema up to date, then the trusts described in files
 * onboarded, then {@link PlatformReady} for the modules.
 */
@ApplicationScoped
public class PlatformStartup {

    private static final Logger LOG = Logger.getLogger(PlatformStartup.class.getName());

    @Resource(lookup = "epr/profile")
    String profile;

    @Resource(lookup = "epr/clockStart")
    String clockStart;

    @Resource(lookup = "epr/settings/dbPassword")
    String dbPassword;

    @Resource(lookup = "epr/settings/dbOwnerPassword")
    String dbOwnerPassword;

    @Resource(lookup = "epr/settings/oidcClientSecret")
    String oidcClientSecret;

    @Resource(lookup = "epr/settings/provisioningSecret")
    String provisioningSecret;

    @Inject
    SchemaMigrator migrator;

    @Inject
    TrustSeeder seeder;

    @Inject
    org.openepr.platform.releases.Releases releases;

    @Inject
    Event<PlatformReady> ready;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        List<String> problems = DeploymentProfile.problems(profile, Map.of("db.password", String.valueOf(dbPassword),
                "db.owner.password", String.valueOf(dbOwnerPassword), "oidc.client.secret", String.valueOf(oidcClientSecret),
                "keycloak.provisioning.secret", String.valueOf(provisioningSecret)), clockStart);
        if (!problems.isEmpty()) {
            String message = "OpenEPR refuses to start in the '" + profile + "' profile: " + String.join("; ", problems)
                    + ". (The demo secrets belong to ./epr start only: set these as Liberty variables or environment variables.)";
            LOG.severe(message);
            throw new IllegalStateException(message);
        }
        releases.checkShippedReleases();
        migrator.migrate(DeploymentProfile.DEMO.equals(profile));
        seeder.seed();
        ready.fire(new PlatformReady());
    }
}
