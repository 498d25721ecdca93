package org.openepr.platform.trust;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.openepr.platform.identity.OdsCode;
import org.openepr.platform.releases.Releases;

/**
 * Onboards the trusts described under {@code tenants/trusts/*.json}, and keeps hosted trusts' names,
 * branding and modules in step with their files. Status is the operators': a suspended trust stays suspended. A new
 * trust starts on the release its file names, or on the default for new trusts.
 */
@ApplicationScoped
public class TrustSeeder {

    private static final Logger LOG = Logger.getLogger(TrustSeeder.class.getName());

    @Resource(lookup = "epr/tenantsDir")
    String tenantsDir;

    @Inject
    TrustRegistry registry;

    @Inject
    Clock clock;

    @Inject
    Releases releases;

    public void seed() {
        Path dir = Path.of(tenantsDir, "trusts");
        if (!Files.isDirectory(dir)) {
            LOG.warning("No trusts directory at " + dir + "; no trusts onboarded from files");
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(f -> f.toString().endsWith(".json")).sorted().forEach(this::onboard);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + dir, e);
        }
    }

    private void onboard(Path file) {
        try (Reader reader = Files.newBufferedReader(file)) {
            JsonObject json = Json.createReader(reader).readObject();
            List<String> modules = json.getJsonArray("modules").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
            JsonObject branding = json.getJsonObject("branding");
            OdsCode code = OdsCode.of(json.getString("odsCode"));
            registry.onboardOrDescribe(new Trust(code, json.getString("name"),
                    json.getString("shortName"), branding.getString("colour"), modules, json.getString("realm"), clock.instant()));
            // a file may name the release the trust starts on; afterwards the release is the trust admin's choice
            releases.startOn(code, json.getString("release", null), "seed");
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + file, e);
        }
    }
}
