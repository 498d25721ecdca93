package org.openepr.platform.trust;

/** Who is acting: the signed-in user as the verified token names them, and where the request came from. */
public record Caller(String userId, String displayName, String fromAddress) {
}
