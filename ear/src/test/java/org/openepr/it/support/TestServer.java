package org.openepr.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The test server's process, for the durability tests: killed with {@code kill -9} and started again as the build
 * started it ({@code bin/server start epr-test}: the same server.xml, bootstrap.properties and server.env the Liberty
 * plugin wrote), with one change: its clock starts where it stood (epr.clock.start), so the tests that run after see
 * the same server time as before. {@link #restart} waits for /health, so they find the server up.
 */
public final class TestServer {

    public static final Duration RESTART_LIMIT = Duration.ofMinutes(4);
    static final Path SERVER_DIR = Path.of(System.getProperty("epr.server.dir", "target/liberty/wlp/usr/servers/epr-test"));
    static final Path WLP = SERVER_DIR.resolve("../../..").normalize();

    private TestServer() {
    }

    public static boolean healthy() {
        try {
            var health = Http.get(Env.BASE_URL + "/health", null, "application/json");
            return health.status() == 200 && health.body().contains("\"status\":\"UP\"");
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** How far the server's clock is ahead of this JVM's, to start it again where it stood. */
    public static Duration clockAhead() {
        return Duration.between(Instant.now(), ServerClock.now().atZone(ServerClock.UK).toInstant());
    }

    public static long pid() throws IOException {
        Path pidFile = WLP.resolve("usr/servers/.pid/epr-test.pid");
        if (Files.exists(pidFile)) {
            return Long.parseLong(Files.readString(pidFile).strip());
        }
        // the server's JVM, found by its own directory (never another server of the same name elsewhere on the machine)
        return ProcessHandle.allProcesses().filter(p -> p.info().commandLine().map(c -> c.contains("ws-server.jar") && c.contains(" epr-test")
                && c.contains(WLP.toString())).orElse(false)).findFirst().orElseThrow(() -> new AssertionError("no epr-test server running from " + WLP))
                .pid();
    }

    /** kill -9: no shutdown hooks, nothing flushed, transactions cut off wherever they were. */
    public static void killHard() throws Exception {
        long pid = pid();
        Process kill = new ProcessBuilder("kill", "-9", Long.toString(pid)).start();
        assertEquals(0, kill.waitFor(), "kill -9 " + pid);
        ProcessHandle.of(pid).ifPresent(p -> p.onExit().join());
    }

    /** Starts the server again as the build did, its clock where it stood. */
    public static void restart(Instant serverNowAtLaunch) throws Exception {
        Path bootstrap = SERVER_DIR.resolve("bootstrap.properties");
        List<String> lines = new ArrayList<>();
        String clockStart = DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(serverNowAtLaunch.atZone(ServerClock.UK).toLocalDateTime());
        for (String line : Files.readAllLines(bootstrap)) {
            lines.add(line.startsWith("epr.clock.start=") ? "epr.clock.start=" + clockStart : line);
        }
        Files.write(bootstrap, lines);
        Process start = new ProcessBuilder(WLP.resolve("bin/server").toString(), "start", "epr-test").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(SERVER_DIR.resolve("logs/durability-restart.log").toFile())).start();
        assertTrue(start.waitFor(RESTART_LIMIT.toSeconds(), TimeUnit.SECONDS), "server start returned");
        assertEquals(0, start.exitValue(), "server start epr-test: see logs/durability-restart.log");
        long until = System.nanoTime() + RESTART_LIMIT.toNanos();
        while (!healthy()) {
            assertTrue(System.nanoTime() < until, "the restarted server answers /health");
            Thread.sleep(500);
        }
    }
}
