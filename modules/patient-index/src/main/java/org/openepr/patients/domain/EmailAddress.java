package org.openepr.patients.domain;

import java.io.Serializable;
import java.util.regex.Pattern;

/** An e-mail address: one @, a domain with a dot, no spaces. Deliverability is not checked, only the shape. */
public record EmailAddress(String value) implements Serializable {

    public static final int MAX = 254;
    private static final Pattern SHAPE = Pattern.compile("[^@\\s<>]+@[^@\\s<>.]+(\\.[^@\\s<>.]+)+");

    public static EmailAddress of(String text) {
        String written = text.strip();
        if (written.length() > MAX || !SHAPE.matcher(written).matches()) {
            throw new IllegalArgumentException("E-mail address must be an address like name@example.org");
        }
        return new EmailAddress(written);
    }
}
