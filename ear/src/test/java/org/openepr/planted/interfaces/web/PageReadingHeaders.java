package org.openepr.planted.interfaces.web;

import jakarta.servlet.http.HttpServletRequest;

/** Planted: module code deciding something from a request header. */
public class PageReadingHeaders {
    public String trustFrom(HttpServletRequest request) {
        return request.getHeader("X-Trust");
    }
}
