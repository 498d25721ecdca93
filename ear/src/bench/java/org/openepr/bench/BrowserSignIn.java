package org.openepr.bench;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.http.HttpDsl.Cookie;
import static io.gatling.javaapi.http.HttpDsl.addCookie;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.CoreDsl;
import io.gatling.javaapi.core.Session;
import java.util.function.Function;

/**
 * A page's sign-in as a browser does it, for the simulations of screens: Liberty's redirect page (its script sets the
 * cookie naming the page asked for, then goes to Keycloak), Keycloak's login form, and back through Liberty's redirect
 * to the page, whose content {@code landed} checks. The session needs {@code user}.
 */
final class BrowserSignIn {

    private BrowserSignIn() {
    }

    static ChainBuilder to(String base, Function<Session, String> firstPage, CheckBuilder landed) {
        return exec(session -> session.set("firstPage", firstPage.apply(session)))
                .exec(http("sign in: page").get("#{firstPage}")
                        // the address is written HTML-escaped in the page's script: &amp; between its parameters
                        .check(regex("window\\.location\\.replace\\(\"([^\"]+)\"\\)").transform(u -> u.replace("&amp;", "&")).saveAs("authUrl"),
                                regex("document\\.cookie=\"(WASReqURLOidc[^=]+)=").saveAs("reqCookie")))
                .exec(addCookie(Cookie("#{reqCookie}", base + "#{firstPage}").withPath("/")))
                .exec(http("sign in: login form").get("#{authUrl}").check(CoreDsl.css("#kc-form-login", "action").saveAs("loginAction")))
                .exec(http("sign in: credentials").post("#{loginAction}")
                        .formParam("username", "#{user}").formParam("password", BenchConfig.userPassword())
                        .check(status().is(200), landed));
    }
}
