package org.openepr.bench;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** One access token per bench trust (its clinician's); access tokens live 600 s in the epr realm, so renewed after 8 minutes. */
final class TrustTokens {

    private record Token(String value, long fetchedAt) {
    }

    private final Keycloak keycloak = new Keycloak(BenchConfig.keycloakUrl(), BenchConfig.realm());
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    String token(int t) {
        String trust = SyntheticPatients.trustCode(t);
        Token current = tokens.get(trust);
        if (current == null || System.currentTimeMillis() - current.fetchedAt() > 480_000) {
            synchronized (tokens) {
                current = tokens.get(trust);
                if (current == null || System.currentTimeMillis() - current.fetchedAt() > 480_000) {
                    current = new Token(keycloak.userToken(SyntheticPatients.username(t), BenchConfig.userPassword()), System.currentTimeMillis());
                    tokens.put(trust, current);
                }
            }
        }
        return current.value();
    }
}
