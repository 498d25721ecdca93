package org.openepr.platform.releases;

import java.util.regex.Pattern;

/**
 * Something a release may have: declared by the module it belongs to ({@code ModuleDescriptor.features()}), named by
 * the releases that have it, and asked about through {@link Features#isOn}. The title and what it changes are in words
 * a trust admin understands, shown when they decide whether to take a release.
 *
 * @param key         "module.what", e.g. "clinics.booking-reason-on-clinic-list"; stored in no table, named in releases.txt
 * @param title       "Reason for the appointment on the clinic list"
 * @param whatChanges what staff will see or do differently
 */
public record Feature(String key, String title, String whatChanges) implements java.io.Serializable {

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]*\\.[a-z][a-z0-9-]*");

    public Feature {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("A feature's key is module.what in lower case, e.g. clinics.booking-reason-on-clinic-list: " + key);
        }
        if (title == null || title.isBlank() || whatChanges == null || whatChanges.isBlank()) {
            throw new IllegalArgumentException("Feature " + key + " needs a title and what it changes, in words");
        }
    }
}
