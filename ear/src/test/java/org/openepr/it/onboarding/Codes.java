package org.openepr.it.onboarding;

import java.security.SecureRandom;

/** ODS codes no demo trust uses and no earlier run made (Keycloak keeps its groups between runs): "Z" and five random letters or digits. */
final class Codes {

    private static final String CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Codes() {
    }

    /** A trust to onboard, its first admin Olga Onboard with this e-mail. */
    static org.openepr.platform.trust.TrustOnboarding.NewTrust newTrust(String ods, String email) {
        return new org.openepr.platform.trust.TrustOnboarding.NewTrust(ods, "Test Onboarded NHS Trust " + ods, "TON" + ods.substring(3),
                "#7A2182", java.util.List.of("patient-index", "clinics"), "Olga Onboard", email);
    }

    static String unique() {
        StringBuilder code = new StringBuilder("Z");
        for (int i = 0; i < 5; i++) {
            code.append(CHARS.charAt(RANDOM.nextInt(CHARS.length())));
        }
        return code.toString();
    }
}
