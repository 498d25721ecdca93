package org.openepr.it.support;

/** Where the system under test runs; set by the build (ear/pom.xml, failsafe system properties). */
public final class Env {
    public static final String BASE_URL = System.getProperty("epr.base.url", "http://localhost:9089");
    public static final String KEYCLOAK_URL = System.getProperty("keycloak.url", "http://localhost:8180");
    public static final String DB_URL = System.getProperty("epr.db.url", "jdbc:postgresql://127.0.0.1:5432/epr_test");
    public static final String SCREENSHOTS = System.getProperty("epr.screenshots", "target/screenshots");
    public static final String UK_CORE_DIR = System.getProperty("epr.ukcore.dir", "src/test/ukcore");
    public static final String DEMO_PASSWORD = "demo";

    private Env() {
    }
}
