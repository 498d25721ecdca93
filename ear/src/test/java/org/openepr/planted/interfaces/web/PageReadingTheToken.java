package org.openepr.planted.interfaces.web;

import org.eclipse.microprofile.jwt.JsonWebToken;

/** Planted: module code reading token claims itself instead of the trust context. */
public class PageReadingTheToken {
    public Object trusts(JsonWebToken token) {
        return token.getClaim("trusts");
    }
}
