package org.openepr.it.support;

import java.util.concurrent.ThreadLocalRandom;

/** Synthetic NHS numbers from the 999 range with a valid Modulus 11 check digit, computed independently here. */
public final class NhsNumbers {

    private NhsNumbers() {
    }

    public static String next() {
        while (true) {
            String nine = "999" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (nine.charAt(i) - '0') * (10 - i);
            }
            int check = 11 - sum % 11;
            if (check == 10) {
                continue;
            }
            return nine + (check == 11 ? 0 : check);
        }
    }

    /** As people read it: 999 123 4567. */
    public static String formatted(String nhs) {
        return nhs.substring(0, 3) + " " + nhs.substring(3, 6) + " " + nhs.substring(6);
    }

    /** A ten-digit number whose check digit is wrong. */
    public static String withWrongCheckDigit() {
        String good = next();
        int last = good.charAt(9) - '0';
        return good.substring(0, 9) + ((last + 1) % 10);
    }
}
