package org.openepr.platform.releases;

import java.util.Set;

/**
 * A named set of features, shipped with the application ("2026.2 early"). Every release runs on the same EAR and the
 * same schema; which one a trust is on decides only which features its staff see.
 *
 * @param features the keys of every feature the release has (not only those new in it)
 */
public record Release(String name, Channel channel, Set<String> features) implements java.io.Serializable {

    public Release {
        features = Set.copyOf(features);
    }

    public boolean has(Feature feature) {
        return features.contains(feature.key());
    }

    /** "2026.2 early". */
    public String label() {
        return name + " " + channel.label();
    }
}
