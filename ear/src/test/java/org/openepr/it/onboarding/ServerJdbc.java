package org.openepr.it.onboarding;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.List;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * Inside the server a test's archive does not see the PostgreSQL driver (the server keeps it in a shared library), so
 * {@code Db}'s superuser checks and the fixtures could not connect: this registers the server's own driver jar with
 * {@link DriverManager} through a class of the archive, once.
 */
final class ServerJdbc {

    private static volatile boolean registered;

    private ServerJdbc() {
    }

    static synchronized void register() throws Exception {
        if (registered) {
            return;
        }
        try {
            DriverManager.getDriver("jdbc:postgresql://127.0.0.1:5432/x");
            registered = true;
            return;
        } catch (SQLException notVisible) {
            // expected in the server: load the shared library's jar below
        }
        String userDir = System.getProperty("user.dir");
        List<File> candidates = List.of(new File(userDir, "../../shared/resources/jdbc/postgresql.jar"),
                new File(userDir, "usr/shared/resources/jdbc/postgresql.jar"),
                new File(userDir, "shared/resources/jdbc/postgresql.jar"),
                new File(userDir, "target/liberty/wlp/usr/shared/resources/jdbc/postgresql.jar"),
                new File(userDir, "ear/target/liberty/wlp/usr/shared/resources/jdbc/postgresql.jar"));
        File jar = candidates.stream().filter(File::isFile).findFirst()
                .orElseThrow(() -> new IllegalStateException("No PostgreSQL driver jar near " + userDir));
        var loader = new URLClassLoader(new URL[] {jar.toURI().toURL()}, ServerJdbc.class.getClassLoader());
        Driver driver = (Driver) Class.forName("org.postgresql.Driver", true, loader).getDeclaredConstructor().newInstance();
        DriverManager.registerDriver(new Shim(driver));
        registered = true;
    }

    /** DriverManager hands connections only to drivers the caller's class loader sees: this one is the archive's. */
    private record Shim(Driver driver) implements Driver {
        @Override
        public Connection connect(String url, Properties info) throws SQLException {
            return driver.connect(url, info);
        }

        @Override
        public boolean acceptsURL(String url) throws SQLException {
            return driver.acceptsURL(url);
        }

        @Override
        public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
            return driver.getPropertyInfo(url, info);
        }

        @Override
        public int getMajorVersion() {
            return driver.getMajorVersion();
        }

        @Override
        public int getMinorVersion() {
            return driver.getMinorVersion();
        }

        @Override
        public boolean jdbcCompliant() {
            return driver.jdbcCompliant();
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            return driver.getParentLogger();
        }
    }
}
