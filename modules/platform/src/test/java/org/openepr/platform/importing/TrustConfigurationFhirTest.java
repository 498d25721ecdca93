package org.openepr.platform.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import javax.imageio.ImageIO;
import org.hl7.fhir.r4.model.Binary;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Practitioner;
import org.junit.jupiter.api.Test;
import org.openepr.platform.errors.InvalidInputException;
import org.openepr.platform.export.StaffDirectoryExportPart;
import org.openepr.platform.export.TrustLogoExportPart;
import org.openepr.platform.export.TrustSettingsExportPart;
import org.openepr.platform.fhir.FhirSupport;
import org.openepr.platform.security.Roles;
import org.openepr.platform.trust.LogoImage;

/** The trust's configuration and staff directory in FHIR and back, through NDJSON as the export writes it. */
class TrustConfigurationFhirTest {

    private static final Instant AT = Instant.parse("2026-11-30T10:15:30.123Z");
    private final FhirSupport fhir = new FhirSupport();

    private <T extends org.hl7.fhir.instance.model.api.IBaseResource> T throughNdjson(T resource, Class<T> type) {
        String line = fhir.json().encodeResourceToString(resource);
        assertTrue(!line.contains("\n"), "one line");
        return fhir.json().parseResource(type, line);
    }

    @Test
    void aSettingComesBackAsItWas() {
        Parameters p = throughNdjson(TrustSettingsExportPart.toFhir("discharge.max_hours_to_sign", "36", AT, "user-1"), Parameters.class);
        assertEquals(new TrustSettingsImportPart.Setting("discharge.max_hours_to_sign", "36", AT, "user-1"), TrustSettingsImportPart.fromFhir(p));
    }

    @Test
    void aSettingsIdIsItsKeyWhereFhirAllowsItElseTheSameUuidEveryTime() {
        assertEquals("clinics.colour", TrustSettingsExportPart.toFhir("clinics.colour", "x", AT, "u").getIdPart());
        String id = TrustSettingsExportPart.toFhir("discharge.max_hours_to_sign", "36", AT, "u").getIdPart();
        assertTrue(id.matches("[0-9a-f-]{36}"), id);
        assertEquals(id, TrustSettingsExportPart.toFhir("discharge.max_hours_to_sign", "48", AT, "v").getIdPart());
    }

    @Test
    void aSettingWithoutItsValueOrWithAKeyNoModuleHasIsRefusedNamingIt() {
        Parameters noValue = TrustSettingsExportPart.toFhir("discharge.max_hours_to_sign", "36", AT, "u");
        noValue.getParameter().removeIf(c -> c.getName().equals("value"));
        var refused = assertThrows(InvalidInputException.class, () -> TrustSettingsImportPart.fromFhir(noValue));
        assertEquals("value", refused.problems().get(0).field());
        var badKey = assertThrows(InvalidInputException.class,
                () -> TrustSettingsImportPart.fromFhir(TrustSettingsExportPart.toFhir("no module", "1", AT, "u")));
        assertEquals("setting", badKey.problems().get(0).field());
    }

    @Test
    void aLogoComesBackCheckedAsAnUploadIs() throws Exception {
        LogoImage png = LogoImage.of(png());
        Binary b = throughNdjson(TrustLogoExportPart.toFhir("header", png, AT, "admin-1"), Binary.class);
        assertEquals("header", b.getIdPart());
        assertEquals(LogoImage.PNG, b.getContentType());
        TrustLogoImportPart.Logo logo = TrustLogoImportPart.fromFhir(b, Instant.EPOCH);
        assertEquals(png, logo.image());
        assertEquals("admin-1", logo.changedBy());
        assertEquals(AT, logo.changedAt());
    }

    @Test
    void aLogoWithScriptPlantedInTheArchiveIsRefusedAsTheUploadRefusesIt() {
        Binary b = TrustLogoExportPart.toFhir("header", LogoImage.of(svg("")), AT, "admin-1");
        b.setData(svg("<script>alert(1)</script>"));
        var refused = assertThrows(InvalidInputException.class, () -> TrustLogoImportPart.fromFhir(throughNdjson(b, Binary.class), AT));
        assertEquals("logo", refused.problems().get(0).field());
        assertTrue(refused.getMessage().contains("<script>"), refused.getMessage());
    }

    @Test
    void aLogoOfAnUnknownKindOrWhoseTypeIsNotItsContentIsRefused() throws Exception {
        Binary other = TrustLogoExportPart.toFhir("footer", LogoImage.of(svg("")), AT, "u");
        assertThrows(InvalidInputException.class, () -> TrustLogoImportPart.fromFhir(other, AT));
        Binary lying = TrustLogoExportPart.toFhir("header", LogoImage.of(png()), AT, "u");
        lying.setContentType(LogoImage.SVG);
        var refused = assertThrows(InvalidInputException.class, () -> TrustLogoImportPart.fromFhir(lying, AT));
        assertTrue(refused.getMessage().contains("image/png"), refused.getMessage());
    }

    @Test
    void aStaffMemberComesBackWithNameRolesAndLastSignIn() {
        Practitioner p = throughNdjson(StaffDirectoryExportPart.toFhir("3f2c9a8e-1111-4222-8333-944445555666", "Amira Khan",
                List.of(Roles.CLINICIAN, Roles.PRESCRIBER), AT), Practitioner.class);
        assertEquals("3f2c9a8e-1111-4222-8333-944445555666", p.getIdPart());
        assertEquals(new StaffDirectoryImportPart.Member("3f2c9a8e-1111-4222-8333-944445555666", "Amira Khan",
                List.of(Roles.CLINICIAN, Roles.PRESCRIBER), AT), StaffDirectoryImportPart.fromFhir(p));
    }

    @Test
    void theImportNamesNoOperatorAndNoRoleTheApplicationDoesNotKnow() {
        Practitioner p = StaffDirectoryExportPart.toFhir("it.user_1", "Sam", List.of(Roles.CLERK, Roles.HOSTING_OPERATOR, "superuser"), AT);
        assertTrue(p.getIdPart().matches("[0-9a-f-]{36}"), "a user id FHIR does not allow as an id: " + p.getIdPart());
        assertEquals(List.of(Roles.CLERK), StaffDirectoryImportPart.fromFhir(throughNdjson(p, Practitioner.class)).roles());
        assertEquals("it.user_1", StaffDirectoryImportPart.fromFhir(p).userId());
    }

    @Test
    void aStaffMemberWithoutUserIdOrLastSignInIsRefused() {
        Practitioner noId = StaffDirectoryExportPart.toFhir("u1", "Sam", List.of(), AT);
        noId.getIdentifier().clear();
        assertEquals("identifier", assertThrows(InvalidInputException.class, () -> StaffDirectoryImportPart.fromFhir(noId))
                .problems().get(0).field());
        Practitioner noSignIn = StaffDirectoryExportPart.toFhir("u1", "Sam", List.of(), AT);
        noSignIn.getExtension().removeIf(e -> e.getUrl().equals(StaffDirectoryExportPart.LAST_SIGNED_IN));
        assertEquals("lastSignedIn", assertThrows(InvalidInputException.class, () -> StaffDirectoryImportPart.fromFhir(noSignIn))
                .problems().get(0).field());
    }

    private static byte[] svg(String inside) {
        return ("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><rect width=\"10\" height=\"10\"/>" + inside + "</svg>")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] png() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }
}
