package org.openepr.platform.trust;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.openepr.platform.errors.InvalidInputException;

/**
 * A trust's logo as uploaded: a PNG, JPEG or SVG image of at most 200 KB, its type told by its content (never the
 * file's name or the browser's word). An SVG that could run or fetch anything (script, event handlers, external
 * references, a DOCTYPE) is refused, not cleaned: a logo has no need of any of it.
 */
public record LogoImage(String mediaType, byte[] bytes, String sha256) {

    public static final String FIELD = "logo";
    public static final int MAX_BYTES = 200 * 1024;

    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";
    public static final String SVG = "image/svg+xml";

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final Set<String> ACTIVE_ELEMENTS = Set.of("script", "foreignobject", "iframe", "embed", "object", "handler", "listener",
            "set", "animate", "animatemotion", "animatetransform");

    /** Reads at most one byte past the limit, so a huge upload is refused without being held. */
    public static LogoImage read(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw refused("Logo must be at most 200 KB: this file is larger. Save it smaller (a header logo needs about 300 × 80 pixels)");
        }
        return of(bytes);
    }

    public static LogoImage of(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw refused("Logo: choose an image file (PNG, JPEG or SVG)");
        }
        if (bytes.length > MAX_BYTES) {
            throw refused("Logo must be at most 200 KB: this file is " + (bytes.length + 1023) / 1024 + " KB");
        }
        String type;
        if (startsWith(bytes, PNG_SIGNATURE)) {
            type = PNG;
            decodes(bytes, "PNG");
        } else if (bytes.length > 3 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8 && (bytes[2] & 0xff) == 0xff) {
            type = JPEG;
            decodes(bytes, "JPEG");
        } else if (looksLikeXml(bytes)) {
            type = SVG;
            svgWithoutActiveContent(bytes);
        } else {
            throw refused("Logo must be a PNG, JPEG or SVG image: this file is none of these (whatever its name says)");
        }
        return new LogoImage(type, bytes.clone(), sha256(bytes));
    }

    private static void decodes(byte[] bytes, String kind) {
        try {
            if (ImageIO.read(new ByteArrayInputStream(bytes)) == null) {
                throw refused("Logo: the file starts like a " + kind + " image but cannot be read as one");
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw refused("Logo: the file starts like a " + kind + " image but cannot be read as one");
        }
    }

    private static boolean looksLikeXml(byte[] bytes) {
        int i = startsWith(bytes, new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}) ? 3 : 0; // a UTF-8 byte order mark
        while (i < bytes.length && Character.isWhitespace(bytes[i])) {
            i++;
        }
        return i < bytes.length && bytes[i] == '<';
    }

    private static void svgWithoutActiveContent(byte[] bytes) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false); // no entities, no external DTD
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        Optional<String> active;
        try {
            XMLStreamReader xml = factory.createXMLStreamReader(new ByteArrayInputStream(bytes));
            try {
                active = activeContent(xml);
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw refused("Logo: the file is not a well-formed SVG image");
        }
        active.ifPresent(what -> {
            throw refused("Logo: the SVG holds " + what + ", which a logo may not (it could run in the browser); save it without");
        });
    }

    /** The first thing in the SVG that could run script or fetch from elsewhere, in words; refuses a root that is not svg. */
    private static Optional<String> activeContent(XMLStreamReader xml) throws XMLStreamException {
        boolean root = true;
        boolean inStyle = false;
        while (xml.hasNext()) {
            switch (xml.next()) {
                case XMLStreamConstants.DTD -> {
                    return Optional.of("a DOCTYPE");
                }
                case XMLStreamConstants.PROCESSING_INSTRUCTION -> {
                    return Optional.of("a processing instruction");
                }
                case XMLStreamConstants.ENTITY_REFERENCE -> {
                    return Optional.of("an entity reference");
                }
                case XMLStreamConstants.START_ELEMENT -> {
                    String name = xml.getLocalName().toLowerCase(Locale.ENGLISH);
                    if (root && !name.equals("svg")) {
                        throw refused("Logo must be a PNG, JPEG or SVG image: this file is XML but not SVG");
                    }
                    root = false;
                    if (ACTIVE_ELEMENTS.contains(name)) {
                        return Optional.of("a <" + xml.getLocalName() + "> element");
                    }
                    for (int i = 0; i < xml.getAttributeCount(); i++) {
                        String attr = xml.getAttributeLocalName(i).toLowerCase(Locale.ENGLISH);
                        String value = xml.getAttributeValue(i).replaceAll("[\\s\\u0000-\\u001f]", "").toLowerCase(Locale.ENGLISH);
                        if (attr.startsWith("on")) {
                            return Optional.of("an event handler (" + xml.getAttributeLocalName(i) + ")");
                        }
                        if ((attr.equals("href") || attr.equals("src")) && !value.startsWith("#")) {
                            return Optional.of("a reference outside the image (" + xml.getAttributeLocalName(i) + ")");
                        }
                        if (value.contains("javascript:") || fetchesFromElsewhere(value)) {
                            return Optional.of("a script or external reference in " + xml.getAttributeLocalName(i));
                        }
                    }
                    inStyle = name.equals("style");
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                    if (inStyle && fetchesFromElsewhere(xml.getText().replaceAll("\\s", "").toLowerCase(Locale.ENGLISH))) {
                        return Optional.of("a style sheet that fetches from elsewhere");
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> inStyle = false;
                default -> {
                    // comments, whitespace, the XML declaration: harmless
                }
            }
        }
        if (root) {
            throw refused("Logo: the file is not a well-formed SVG image");
        }
        return Optional.empty();
    }

    /** CSS that reaches outside the image: an import, or a url(...) not pointing at one of its own elements. */
    private static boolean fetchesFromElsewhere(String css) {
        return css.contains("@import") || css.replaceAll("url\\(['\"]?#", "").contains("url(");
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InvalidInputException refused(String message) {
        return new InvalidInputException(FIELD, message);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LogoImage other && sha256.equals(other.sha256) && mediaType.equals(other.mediaType);
    }

    @Override
    public int hashCode() {
        return sha256.hashCode();
    }

    @Override
    public String toString() {
        return mediaType + ", " + bytes.length + " bytes, sha256 " + sha256;
    }
}
