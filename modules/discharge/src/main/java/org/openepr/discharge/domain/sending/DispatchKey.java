package org.openepr.discharge.domain.sending;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The idempotency key of a signed summary version: summary id and version, e.g.
 * {@code 0f8e…-a1:2}. Sent as the message's local id, so the GP practice's system (and the stand-in) recognise a retry
 * of the same version as the same letter, and its answers name it back to us.
 */
public record DispatchKey(UUID summaryId, int version) {

    private static final Pattern SHAPE = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}:[1-9][0-9]{0,5}");

    public DispatchKey {
        if (summaryId == null || version < 1) {
            throw new IllegalArgumentException("A dispatch key needs the summary and a version from 1");
        }
    }

    public static boolean isValid(String text) {
        return text != null && SHAPE.matcher(text).matches();
    }

    public static DispatchKey parse(String text) {
        if (!isValid(text)) {
            throw new IllegalArgumentException("Not a dispatch key: " + text);
        }
        int colon = text.indexOf(':');
        return new DispatchKey(UUID.fromString(text.substring(0, colon)), Integer.parseInt(text.substring(colon + 1)));
    }

    @Override
    public String toString() {
        return summaryId + ":" + version;
    }
}
