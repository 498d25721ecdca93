package org.openepr.it.support;

import java.util.UUID;

/** Family names no other test run has used: a stem and random letters (names hold no digits). */
public final class Names {

    private Names() {
    }

    public static String unique(String stem) {
        StringBuilder b = new StringBuilder(stem);
        for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 6).toCharArray()) {
            b.append(Character.isDigit(c) ? (char) ('g' + (c - '0')) : c);
        }
        return b.toString();
    }
}
