package org.openepr.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.openepr.platform.persistence.SchemaMigrator;
import org.openepr.platform.trust.TrustSeeder;

/** At start: schema up to date first, then the trusts described in files onboarded. */
@ApplicationScoped
public class PlatformStartup {

    @Inject
    SchemaMigrator migrator;

    @Inject
    TrustSeeder seeder;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        migrator.migrate();
        seeder.seed();
    }
}
