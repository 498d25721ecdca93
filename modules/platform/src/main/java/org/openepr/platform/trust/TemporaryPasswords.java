package org.openepr.platform.trust;

import java.security.SecureRandom;

/** A first password, shown once and replaced at the first sign-in: random, without look-alike characters (0/O, 1/l/I). */
final class TemporaryPasswords {

    private static final String LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz";
    private static final String DIGITS = "23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private TemporaryPasswords() {
    }

    /** Four groups of four letters and digits, a digit in each group, e.g. "Kp7r-X2mb-qT4w-9hNa". */
    static String next() {
        StringBuilder password = new StringBuilder();
        for (int group = 0; group < 4; group++) {
            if (group > 0) {
                password.append('-');
            }
            int digitAt = RANDOM.nextInt(4);
            for (int i = 0; i < 4; i++) {
                String from = i == digitAt ? DIGITS : LETTERS;
                password.append(from.charAt(RANDOM.nextInt(from.length())));
            }
        }
        return password.toString();
    }
}
