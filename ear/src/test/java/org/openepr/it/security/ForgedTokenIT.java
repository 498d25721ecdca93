package org.openepr.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.openepr.it.support.Browser;
import org.openepr.it.support.Db;
import org.openepr.it.support.Env;
import org.openepr.it.support.Fhir;
import org.openepr.it.support.Http;
import org.openepr.it.support.NhsNumbers;
import org.openepr.it.support.Tokens;

/**
 * Claims come only from tokens the container verified. Forged bearer tokens (unsigned, tampered, signed with a key
 * that is not the realm's, signed with a shared secret) are refused on every API path, and saved nothing; a forged
 * bearer header sent alongside a real browser session changes nothing about who the user is or which trust they are in.
 */
class ForgedTokenIT {

    static String real;
    static Map<String, String> forged;
    static Patient rklPatient;

    @BeforeAll
    static void forgeTokensFromARealOne() throws Exception {
        real = Tokens.of("rat.clinician");
        String[] parts = real.split("\\.");
        String header = decode(parts[0]);
        // the same user, now claiming another trust and a role it does not have
        String payload = decode(parts[1]).replace("\"RAT\"", "\"RKL\"").replace("\"clinician\"", "\"trust-admin\",\"clinician\"");
        assertTrue(payload.contains("\"RKL\""), "the forged payload names another trust: " + payload);
        forged = new java.util.LinkedHashMap<>();
        forged.put("unsigned (alg none)", encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + encode(payload) + ".");
        forged.put("tampered claims, original signature", parts[0] + "." + encode(payload) + "." + parts[2]);
        var keys = KeyPairGenerator.getInstance("RSA");
        keys.initialize(2048);
        var pair = keys.generateKeyPair();
        String signedInput = parts[0] + "." + encode(payload); // the realm's key id, someone else's key
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(pair.getPrivate());
        rsa.update(signedInput.getBytes(StandardCharsets.US_ASCII));
        forged.put("signed with a key that is not the realm's", signedInput + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rsa.sign()));
        String hsInput = encode(header.replace("RS256", "HS256")) + "." + encode(payload);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec("secret".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        forged.put("HS256 with a guessed secret", hsInput + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(mac.doFinal(hsInput.getBytes(StandardCharsets.US_ASCII))));
        forged.put("not a token at all", "eyJhbGciOiJSUzI1NiJ9.e30");
        rklPatient = Fhir.register(Tokens.of("rkl.clinician"), Fhir.patient(NhsNumbers.next(), "Rklonly", "Rhea", "1980-08-08"));
    }

    static String decode(String part) {
        return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
    }

    static String encode(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    @TestFactory
    Stream<DynamicTest> everyApiPathRefusesEveryForgedToken() {
        CapabilityStatement metadata = Fhir.parse(CapabilityStatement.class, Http.get(Env.BASE_URL + "/fhir/metadata", null).body());
        List<String> paths = new ArrayList<>();
        for (var resource : metadata.getRestFirstRep().getResource()) {
            paths.add("GET /fhir/" + resource.getType());
            paths.add("GET /fhir/" + resource.getType() + "/" + UUID.randomUUID());
            paths.add("POST /fhir/" + resource.getType());
            if (resource.getInteraction().stream().anyMatch(i -> i.getCode() == CapabilityStatement.TypeRestfulInteraction.UPDATE)) {
                paths.add("PUT /fhir/" + resource.getType() + "/" + UUID.randomUUID());
            }
        }
        paths.add("GET /fhir/Patient/" + rklPatient.getIdPart());
        List<DynamicTest> tests = new ArrayList<>();
        forged.forEach((kind, token) -> paths.forEach(path -> tests.add(dynamicTest(kind + ": " + path, () -> {
            String[] request = path.split(" ");
            String type = request[1].substring(6).split("/")[0];
            var answer = switch (request[0]) {
                case "GET" -> Http.get(Env.BASE_URL + request[1], token);
                case "PUT" -> Http.request("PUT", Env.BASE_URL + request[1], Map.of("Authorization", "Bearer " + token, "Content-Type",
                        "application/fhir+json", "Accept", "application/fhir+json", "If-Match", "W/\"1\""), "{\"resourceType\":\"" + type + "\"}");
                default -> Http.post(Env.BASE_URL + request[1], token, "{\"resourceType\":\"" + type + "\"}", Map.of());
            };
            assertEquals(401, answer.status(), answer.body());
            assertEquals("OperationOutcome", answer.json().getString("resourceType"));
        }))));
        return tests.stream();
    }

    @Test
    void aForgedTokenSavesNothing() throws Exception {
        String family = "Forged" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 6);
        for (String token : forged.values()) {
            var answer = Http.post(Env.BASE_URL + "/fhir/Patient", token, Fhir.json(Fhir.patient(NhsNumbers.next(), family, "Fay", "1970-01-01")),
                    Map.of());
            assertEquals(401, answer.status());
        }
        try (Connection su = Db.asSuperuser()) {
            assertEquals(0, Db.count(su, "select count(*) from patient where family_name = ?", family));
        }
    }

    @Test
    void aForgedBearerHeaderBesideARealSessionChangesNothing() throws Exception {
        String cookies;
        try (Browser b = new Browser()) {
            b.signIn("rat.clinician");
            assertTrue(b.text(org.openqa.selenium.By.id("trustName")).contains("North East London"));
            cookies = b.driver().manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue()).collect(Collectors.joining("; "));
        }
        String forgedRkl = forged.get("tampered claims, original signature");
        var home = Http.request("GET", Env.BASE_URL + "/index.xhtml", Map.of("Cookie", cookies, "Authorization", "Bearer " + forgedRkl), null);
        assertEquals(200, home.status(), home.body());
        assertTrue(home.body().contains("North East London NHS Foundation Trust"), "still in the session's own trust");
        assertFalse(home.body().contains("West London NHS Trust"), "the forged header's trust is ignored");
        assertFalse(home.body().contains("tileAdmin"), "the forged header's extra role is ignored");
        var other = Http.request("GET", Env.BASE_URL + "/patients/banner.xhtml?id=" + rklPatient.getIdPart(),
                Map.of("Cookie", cookies, "Authorization", "Bearer " + forgedRkl), null);
        assertEquals(404, other.status());
        assertTrue(other.body().contains("No such patient"));
        assertFalse(other.body().contains("RKLONLY"), "the other trust's patient is not shown");
    }

    @Test
    void aForgedBearerHeaderAloneOpensNoPage() {
        for (String token : forged.values()) {
            var page = Http.request("GET", Env.BASE_URL + "/patients/banner.xhtml?id=" + rklPatient.getIdPart(),
                    Map.of("Authorization", "Bearer " + token), null);
            // Liberty's sign-in answers with a page that sends the browser on to Keycloak (client-side redirect)
            assertEquals(200, page.status(), page.body());
            assertTrue(page.body().contains("Redirect To OP") && page.body().contains(Env.KEYCLOAK_URL + "/realms/epr/protocol/openid-connect/auth"),
                    "sent to sign in: " + page.body());
            assertFalse(page.body().contains("RKLONLY") || page.body().contains("patientBanner"), "no page content at all");
        }
    }
}
