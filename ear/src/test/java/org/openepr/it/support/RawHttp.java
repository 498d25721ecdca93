package org.openepr.it.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Sends a request exactly as written, byte for byte, for what a well-behaved client library refuses to send
 * (a malformed escape such as %ZZ in the query). HTTP/1.1 with Connection: close; reads status and body.
 */
public final class RawHttp {

    public record Answer(int status, String body) {
        public String resourceType() {
            int at = body.indexOf("\"resourceType\":\"");
            return at < 0 ? null : body.substring(at + 16, body.indexOf('"', at + 16));
        }
    }

    private RawHttp() {
    }

    public static Answer get(String pathAndQuery, Map<String, String> headers) {
        URI base = URI.create(Env.BASE_URL);
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(60_000);
            StringBuilder request = new StringBuilder("GET " + pathAndQuery + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                    + "\r\nConnection: close\r\n");
            headers.forEach((k, v) -> request.append(k).append(": ").append(v).append("\r\n"));
            request.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return parse(socket.getInputStream().readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Answer parse(byte[] response) throws IOException {
        String text = new String(response, StandardCharsets.ISO_8859_1);
        int headEnd = text.indexOf("\r\n\r\n");
        String head = text.substring(0, headEnd);
        int status = Integer.parseInt(head.substring(9, 12));
        byte[] body = java.util.Arrays.copyOfRange(response, headEnd + 4, response.length);
        if (head.toLowerCase().contains("transfer-encoding: chunked")) {
            body = dechunk(new java.io.ByteArrayInputStream(body));
        }
        return new Answer(status, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] dechunk(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (true) {
            StringBuilder size = new StringBuilder();
            int c;
            while ((c = in.read()) != -1 && c != '\n') {
                if (c != '\r') {
                    size.append((char) c);
                }
            }
            int n = size.isEmpty() ? 0 : Integer.parseInt(size.toString().split(";")[0].trim(), 16);
            if (n == 0) {
                return out.toByteArray();
            }
            out.write(in.readNBytes(n));
            in.read();
            in.read(); // the chunk's CRLF
        }
    }
}
