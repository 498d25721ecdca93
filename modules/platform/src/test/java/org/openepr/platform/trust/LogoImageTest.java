package org.openepr.platform.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openepr.platform.errors.InvalidInputException;

class LogoImageTest {

    static byte[] image(String format) throws IOException {
        var out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(30, 8, BufferedImage.TYPE_INT_RGB), format, out);
        return out.toByteArray();
    }

    static final String SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" viewBox=\"0 0 30 8\">"
            + "<defs><linearGradient id=\"g\"><stop offset=\"0\" stop-color=\"#005EB8\"/></linearGradient></defs>"
            + "<rect width=\"30\" height=\"8\" fill=\"url(#g)\"/><use xlink:href=\"#g\"/><text x=\"1\" y=\"7\">NHS</text></svg>";

    private static String refusal(byte[] bytes) {
        var e = assertThrows(InvalidInputException.class, () -> LogoImage.of(bytes));
        assertEquals("logo", e.problems().get(0).field(), "the message names the field");
        return e.problems().get(0).message();
    }

    private static String svgRefusal(String svg) {
        return refusal(svg.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theTypeComesFromTheContent() throws IOException {
        assertEquals(LogoImage.PNG, LogoImage.of(image("png")).mediaType());
        assertEquals(LogoImage.JPEG, LogoImage.of(image("jpg")).mediaType());
        var svg = LogoImage.of(("\uFEFF \n" + SVG).getBytes(StandardCharsets.UTF_8));
        assertEquals(LogoImage.SVG, svg.mediaType());
        assertEquals(64, svg.sha256().length());
    }

    @Test
    void whatIsNotAnImageIsRefusedWhateverItsName() {
        assertTrue(refusal("GIF89a....".getBytes(StandardCharsets.US_ASCII)).contains("PNG, JPEG or SVG"));
        assertTrue(refusal("%PDF-1.7".getBytes(StandardCharsets.US_ASCII)).contains("PNG, JPEG or SVG"));
        assertTrue(refusal(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0}).contains("cannot be read"), "a PNG header only");
        assertTrue(svgRefusal("<html><body>hi</body></html>").contains("not SVG"));
        assertTrue(svgRefusal("<svg").contains("well-formed"));
        assertTrue(refusal(new byte[0]).contains("choose an image"));
    }

    @Test
    void moreThan200KbIsRefusedWithoutReadingItAll() throws IOException {
        byte[] big = new byte[LogoImage.MAX_BYTES + 1];
        assertTrue(refusal(big).contains("at most 200 KB"));
        var e = assertThrows(InvalidInputException.class, () -> LogoImage.read(new ByteArrayInputStream(new byte[5_000_000])));
        assertEquals("logo", e.problems().get(0).field());
        assertTrue(e.problems().get(0).message().contains("at most 200 KB"));
        byte[] png = image("png");
        assertEquals(LogoImage.PNG, LogoImage.read(new ByteArrayInputStream(png)).mediaType());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><SCRIPT>alert(1)</SCRIPT></svg>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><g><rect ONCLICK=\"alert(1)\"/></g></svg>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"><a xlink:href=\"java\tscript:alert(1)\"><text>x</text></a></svg>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><image href=\"https://tracker.invalid/p.png\"/></svg>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><foreignObject><div xmlns=\"http://www.w3.org/1999/xhtml\">x</div></foreignObject></svg>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><set attributeName=\"href\" to=\"javascript:alert(1)\"/></svg>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><style>@import url(https://x.invalid/a.css);</style></svg>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect style=\"fill: url(#a); stroke: url( https://x.invalid/b )\"/></svg>",
            "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><svg xmlns=\"http://www.w3.org/2000/svg\">&x;</svg>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><?xml-stylesheet href=\"https://x.invalid/a.css\"?></svg>"})
    void anSvgThatCouldRunOrFetchAnythingIsRefused(String svg) {
        String message = svgRefusal(svg);
        assertTrue(message.startsWith("Logo"), message);
    }
}
