package org.openepr.bench;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** One access token per bench trust (its clinician's); access tokens live 600 s in the epr realm, so renewed after 8 minutes. */
final class TrustTokens {

    private record Token(String value, long fetchedAt) {
    }

    private final Keycloak keycloak = new Keycloak(BenchConfig.keycloakUrl(), BenchConfig.realm());
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();
    private final java.util.function.IntFunction<String> username;

    /** The trusts' clinicians' tokens. */
    TrustTokens() {
        this(SyntheticPatients::username);
    }

    /** The tokens of the user {@code username.apply(t)} of each trust. */
    TrustTokens(java.util.function.IntFunction<String> username) {
        this.username = username;
    }

    String token(int t) {
        String trust = SyntheticPatients.trustCode(t);
        Token current = tokens.get(trust);
        if (current == null || System.currentTimeMillis() - current.fetchedAt() > 480_000) {
            synchronized (tokens) {
                current = tokens.get(trust);
                if (current == null || System.currentTimeMillis() - current.fetchedAt() > 480_000) {
                    current = new Token(keycloak.userToken(username.apply(t), BenchConfig.userPassword()), System.currentTimeMillis());
                    tokens.put(trust, current);
                }
            }
        }
        return current.value();
    }
}
