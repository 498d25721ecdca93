package org.openepr.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openepr.platform.identity.OdsCode;

class VerifiedTokenTest {

    @Test
    void trustsAndRolesAreReadFromEveryShapeTheContainerGives() {
        var fromJson = VerifiedToken.fromClaims(Map.of("trusts", Json.createArrayBuilder().add("RAT").add("RKL").build(),
                "groups", List.of("clinician", "default-roles-epr")));
        assertEquals(Set.of(OdsCode.of("RAT"), OdsCode.of("RKL")), fromJson.trusts());
        assertEquals(Set.of("clinician", "default-roles-epr"), fromJson.roles());
        var fromText = VerifiedToken.fromClaims(Map.of("trusts", "[\"TAF\"]", "name", "Mei Chen"));
        assertEquals(Set.of(OdsCode.of("TAF")), fromText.trusts());
        assertEquals("Mei Chen", fromText.displayName());
    }

    @Test
    void aClaimThatIsNotAnOdsCodeIsNoTrust() {
        var token = VerifiedToken.fromClaims(Map.of("trusts", List.of("RAT", "not a trust!", "")));
        assertEquals(Set.of(OdsCode.of("RAT")), token.trusts());
        assertEquals(Set.of(), VerifiedToken.fromClaims(Map.of()).trusts());
        assertEquals(Set.of(), VerifiedToken.fromClaims(Map.of()).roles());
    }
}
