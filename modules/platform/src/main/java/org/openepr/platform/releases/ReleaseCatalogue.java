package org.openepr.platform.releases;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openepr.platform.errors.InvalidInputException;

/**
 * The releases this build ships, oldest first, read from {@code releases.txt} beside this class: one line per release,
 * {@code 2026.2 early = clinics.booking-reason-on-clinic-list, ...}, naming every feature the release has. A trust moves
 * only to the next release in this order, and may return to the one it came from.
 */
public final class ReleaseCatalogue {

    static final String SHIPPED = "releases.txt";
    private static final Pattern LINE = Pattern.compile("(\\d{4}\\.\\d+)\\s+([a-z]+)\\s*=\\s*(.*)");

    private final List<Release> inOrder;

    ReleaseCatalogue(List<Release> inOrder) {
        if (inOrder.isEmpty()) {
            throw new IllegalStateException("No release is defined");
        }
        if (inOrder.stream().map(Release::name).distinct().count() != inOrder.size()) {
            throw new IllegalStateException("Two releases have the same name: " + inOrder);
        }
        if (inOrder.stream().noneMatch(r -> r.channel() == Channel.STABLE)) {
            throw new IllegalStateException("At least one release must be stable, as the default for new trusts");
        }
        this.inOrder = List.copyOf(inOrder);
    }

    /** The releases shipped with this build. */
    public static ReleaseCatalogue shipped() {
        try (InputStream in = ReleaseCatalogue.class.getResourceAsStream(SHIPPED)) {
            if (in == null) {
                throw new IllegalStateException("No " + SHIPPED + " beside " + ReleaseCatalogue.class.getName());
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ReleaseCatalogue parse(Reader text) {
        List<Release> releases = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(text)) {
            String line;
            int number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                String content = line.strip();
                if (content.isEmpty() || content.startsWith("#")) {
                    continue;
                }
                Matcher m = LINE.matcher(content);
                if (!m.matches()) {
                    throw new IllegalStateException("Line " + number + " of the releases is not 'name channel = feature, ...': " + line);
                }
                Channel channel;
                try {
                    channel = Channel.valueOf(m.group(2).toUpperCase(Locale.ENGLISH));
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException("Line " + number + ": the channel is stable or early, not " + m.group(2));
                }
                Set<String> features = new LinkedHashSet<>();
                Arrays.stream(m.group(3).split(",")).map(String::strip).filter(f -> !f.isEmpty()).forEach(features::add);
                releases.add(new Release(m.group(1), channel, features));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ReleaseCatalogue(releases);
    }

    public List<Release> inOrder() {
        return inOrder;
    }

    public Optional<Release> find(String name) {
        return inOrder.stream().filter(r -> r.name().equals(name)).findFirst();
    }

    /** The release of that name, or a refusal naming the field and the releases there are. */
    public Release require(String field, String name) {
        return find(name).orElseThrow(() -> new InvalidInputException(field, "There is no release " + name + "; the releases are "
                + String.join(", ", inOrder.stream().map(Release::label).toList())));
    }

    /** The release a trust on {@code release} can move to next, if there is a newer one. */
    public Optional<Release> after(Release release) {
        int i = inOrder.indexOf(release);
        return i >= 0 && i + 1 < inOrder.size() ? Optional.of(inOrder.get(i + 1)) : Optional.empty();
    }

    /** Until the operator chooses otherwise: the newest stable release. */
    public Release shippedDefault() {
        return inOrder.stream().filter(r -> r.channel() == Channel.STABLE).reduce((a, b) -> b).orElseThrow();
    }

    /** Feature keys some release names but no installed module declares: a typo, or a module left out of the build. */
    public Set<String> undeclared(Collection<Feature> declared) {
        Set<String> keys = new TreeSet<>();
        inOrder.forEach(r -> keys.addAll(r.features()));
        declared.forEach(f -> keys.remove(f.key()));
        return keys;
    }

    /** What moving from one release to another changes, in the declared features' words: what it adds, then what it takes away. */
    public static List<ReleaseChange> changes(Release from, Release to, Map<String, Feature> declared) {
        List<ReleaseChange> changes = new ArrayList<>();
        to.features().stream().filter(k -> !from.features().contains(k)).sorted()
                .forEach(k -> changes.add(new ReleaseChange(feature(k, declared), ReleaseChange.Kind.ADDED)));
        from.features().stream().filter(k -> !to.features().contains(k)).sorted()
                .forEach(k -> changes.add(new ReleaseChange(feature(k, declared), ReleaseChange.Kind.WITHDRAWN)));
        return changes;
    }

    private static Feature feature(String key, Map<String, Feature> declared) {
        Feature f = declared.get(key);
        if (f == null) {
            throw new IllegalStateException("No installed module declares the feature " + key);
        }
        return f;
    }
}
