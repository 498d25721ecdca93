package org.openepr.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.TypeRestfulInteraction;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.openepr.it.support.Env;
import org.openepr.it.support.Fhir;
import org.openepr.it.support.Http;
import org.openepr.it.support.RawHttp;
import org.openepr.it.support.Tokens;

/**
 * Bad input swept across the whole API, driven by /fhir/metadata: every declared search parameter of every
 * resource type gets values that are wrong for its type, every type gets bad ids and garbage bodies. Each must be
 * answered 4xx with an OperationOutcome, a 400 naming the parameter, header or body at fault, and never a 5xx.
 * A module that declares its resources in the CapabilityStatement is covered without editing this test.
 */
class FhirSweepIT {

    static final String FHIR = Env.BASE_URL + "/fhir/";
    static CapabilityStatement metadata;
    static String token;
    static final AtomicInteger namedRefusals = new AtomicInteger();

    /** Values wrong for every parameter of a FHIR search type (percent-encoded as sent). */
    static final Map<String, List<String>> BAD = Map.of(
            "date", List.of("x", "2026-13-45", "2026-02-30", "ge", "zz2026-01-01", "le2026-99"),
            "token", List.of("%7C", "a%7Cb%7Cc"),
            "reference", List.of("x", "Patient/", "Slot/not-an-id", "a/b/c"),
            "string", List.of("%3Cscript%3E"),
            "number", List.of("x"));
    /** Wrong for any parameter at all: a NUL byte, an unencodable escape, a value far too long. */
    static final List<String> BAD_FOR_ALL = List.of("%00", "%ZZ", "a%0Ab", "9".repeat(500));

    @BeforeAll
    static void readTheCapabilityStatement() {
        var answer = Http.get(FHIR + "metadata", null);
        assertEquals(200, answer.status(), answer.body());
        metadata = Fhir.parse(CapabilityStatement.class, answer.body());
        token = Tokens.of("rat.clinician");
    }

    @AfterAll
    static void theSweepReallyReachedTheParameters() {
        // a sweep answered only by refusals of the token (403) would prove nothing about parameters
        assertTrue(namedRefusals.get() > 50, "400s naming their parameter: " + namedRefusals.get());
    }

    static List<CapabilityStatementRestResourceComponent> resources() {
        return metadata.getRestFirstRep().getResource();
    }

    @TestFactory
    Stream<DynamicTest> everyBadSearchValueIsRefusedNamingItsParameter() {
        List<DynamicTest> tests = new ArrayList<>();
        for (var resource : resources()) {
            Map<String, String> params = new LinkedHashMap<>();
            resource.getSearchParam().forEach(p -> params.put(p.getName(), p.getType().toCode()));
            params.put("_count", "number");
            params.put("_offset", "number");
            params.forEach((name, type) -> {
                List<String> values = new ArrayList<>(BAD.getOrDefault(type, List.of()));
                values.addAll(BAD_FOR_ALL);
                for (String value : values) {
                    String url = FHIR + resource.getType() + "?" + name + "=" + value;
                    tests.add(dynamicTest(resource.getType() + "?" + name + "=" + abbreviated(value), () -> {
                        if (value.contains("%ZZ")) {
                            // a malformed escape that java.net refuses to send: written byte for byte
                            var raw = RawHttp.get("/fhir/" + resource.getType() + "?" + name + "=" + value,
                                    Map.of("Authorization", "Bearer " + token, "Accept", "application/fhir+json"));
                            assertEquals(400, raw.status(), raw.body());
                            assertEquals("OperationOutcome", raw.resourceType(), raw.body());
                            assertTrue(raw.body().contains("\"" + name + "\""), "names " + name + ": " + raw.body());
                            namedRefusals.incrementAndGet();
                            return;
                        }
                        assertRefused(Http.get(url, token), name);
                    }));
                }
            });
            for (String count : List.of("-1", "0", "100000", "abc")) {
                tests.add(dynamicTest(resource.getType() + "?_count=" + count, () -> assertRefused(Http.get(FHIR + resource.getType()
                        + "?_count=" + count, token), "_count")));
            }
        }
        assertTrue(tests.size() > 100, "the sweep covers the declared parameters: " + tests.size());
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> badIdsAreNotFoundOrRefused() {
        List<DynamicTest> tests = new ArrayList<>();
        for (var resource : resources()) {
            if (!has(resource, TypeRestfulInteraction.READ)) {
                continue;
            }
            for (String id : List.of("x", UUID.randomUUID().toString(), "1" + UUID.randomUUID(), "a%20b", "%E2%82%AC", "9".repeat(300))) {
                tests.add(dynamicTest(resource.getType() + "/" + abbreviated(id), () -> {
                    var answer = Http.get(FHIR + resource.getType() + "/" + id, token);
                    assertOutcome(answer);
                    assertTrue(answer.status() == 404 || answer.status() == 400, answer.status() + " " + answer.body());
                }));
            }
        }
        return tests.stream();
    }

    /**
     * A NUL or newline in the path is refused by Liberty's web container itself (CWWWC0005I) before any application
     * code runs, with its own small 400 page: still a client error, never a server error.
     */
    @TestFactory
    Stream<DynamicTest> aPathTheContainerCannotDecodeIsA400NeverA5xx() {
        return Stream.of("%00", "%0A", "%0D%0A").map(bad -> dynamicTest("Patient/" + bad, () -> {
            var answer = Http.get(FHIR + "Patient/" + bad, token);
            assertEquals(400, answer.status(), answer.body());
        }));
    }

    @TestFactory
    Stream<DynamicTest> garbageBodiesAreRefused() {
        List<DynamicTest> tests = new ArrayList<>();
        List<String> bodies = List.of("", "{", "[]", "null", "42", "{\"resourceType\":\"Banana\"}", "{\"resourceType\":\"OperationOutcome\"}",
                "{\"resourceType\":\"Patient\",\"birthDate\":12,\"name\":\"x\"}", "{\"resourceType\":\"Appointment\",\"slot\":[{\"reference\":7}]}",
                "{\"resourceType\":\"Patient\",\"identifier\":[{\"system\":\"https://fhir.nhs.uk/Id/nhs-number\",\"value\":\"\\u0000\"}]}",
                "<Patient xmlns=\"http://hl7.org/fhir\"/>", "\u0000\u0001");
        for (var resource : resources()) {
            boolean creates = has(resource, TypeRestfulInteraction.CREATE);
            for (String body : bodies) {
                tests.add(dynamicTest("POST " + resource.getType() + " " + abbreviated(body), () -> {
                    var answer = Http.post(FHIR + resource.getType(), token, body, Map.of());
                    assertOutcome(answer);
                    int status = answer.status();
                    assertTrue(creates ? status == 400 : status == 405, "create " + creates + ": " + status + " " + answer.body());
                }));
            }
            tests.add(dynamicTest("POST " + resource.getType() + " as text/plain", () -> {
                var answer = Http.request("POST", FHIR + resource.getType(), Map.of("Authorization", "Bearer " + token,
                        "Content-Type", "text/plain", "Accept", "application/fhir+json"), "hello");
                assertOutcome(answer);
                assertTrue(answer.status() == 415 || answer.status() == 405, answer.status() + " " + answer.body());
            }));
            for (String method : List.of("PUT", "DELETE", "PATCH")) {
                tests.add(dynamicTest(method + " " + resource.getType() + "/<id>", () -> {
                    var answer = Http.request(method, FHIR + resource.getType() + "/" + UUID.randomUUID(), Map.of("Authorization",
                            "Bearer " + token, "Content-Type", "application/fhir+json", "Accept", "application/fhir+json"), "{}");
                    assertOutcome(answer);
                    assertTrue(answer.status() == 405 || answer.status() == 404, answer.status() + " " + answer.body());
                }));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> aMalformedIfNoneExistHeaderIsRefusedNamingIt() {
        List<DynamicTest> tests = new ArrayList<>();
        String patient = Fhir.json(Fhir.patient("9990000018", "Headers", "Hal", "1970-01-01"));
        for (var resource : resources()) {
            if (!resource.getConditionalCreate()) {
                continue;
            }
            for (String header : List.of("garbage", "identifier=", "identifier=%ZZ", "identifier=https://fhir.nhs.uk/Id/nhs-number|",
                    "identifier=https://fhir.nhs.uk/Id/nhs-number|123", "identifier=http://example.org|9990000018", "family=Smith",
                    "identifier=https://fhir.nhs.uk/Id/nhs-number|" + "9".repeat(400))) {
                tests.add(dynamicTest("If-None-Exist: " + abbreviated(header), () -> {
                    var answer = Http.post(FHIR + resource.getType(), token, patient, Map.of("If-None-Exist", header));
                    assertRefused(answer, "If-None-Exist");
                }));
            }
        }
        assertTrue(!tests.isEmpty(), "Patient declares conditional create");
        return tests.stream();
    }

    static void assertRefused(Http.Answer answer, String parameter) {
        assertOutcome(answer);
        assertEquals(400, answer.status(), answer.body());
        OperationOutcome outcome = Fhir.outcome(answer);
        boolean named = outcome.getIssue().stream().anyMatch(i -> i.getExpression().stream().anyMatch(e -> e.getValue().equals(parameter))
                || (i.getDiagnostics() != null && i.getDiagnostics().startsWith(parameter + ":")));
        assertTrue(named, "the refusal names " + parameter + ": " + answer.body());
        namedRefusals.incrementAndGet();
    }

    static void assertOutcome(Http.Answer answer) {
        assertTrue(answer.status() >= 400 && answer.status() < 500, "4xx, never a 5xx: " + answer.status() + " " + answer.body());
        assertEquals("OperationOutcome", answer.json().getString("resourceType"), answer.body());
    }

    static boolean has(CapabilityStatementRestResourceComponent resource, TypeRestfulInteraction interaction) {
        return resource.getInteraction().stream().anyMatch(i -> i.getCode() == interaction);
    }

    static String abbreviated(String s) {
        String shown = s.replace("\u0000", "\\0").replace("\u0001", "\\1");
        return shown.length() > 40 ? shown.substring(0, 40) + "…(" + shown.length() + ")" : shown;
    }
}
