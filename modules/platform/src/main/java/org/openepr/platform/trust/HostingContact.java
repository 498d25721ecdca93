package org.openepr.platform.trust;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/** Who the hosting provider is for a trust's users (server setting {@code epr.hosting.contact}): named when a trust is suspended. */
@ApplicationScoped
public class HostingContact {

    static final String FALLBACK = "your hosting provider";

    private String contact;

    @PostConstruct
    void read() {
        try {
            Object value = new InitialContext().lookup("epr/hostingContact");
            contact = value == null || value.toString().isBlank() ? FALLBACK : value.toString().strip();
        } catch (NamingException e) {
            contact = FALLBACK; // a server without the setting still tells users whom to ask, in general words
        }
    }

    public String contact() {
        return contact;
    }

    /** What a suspended trust's users read instead of a bare refusal. */
    public String suspendedMessage() {
        return "Your trust's access to this service is suspended; contact " + contact;
    }

    /** What an offboarded trust's users read: the trust has left the service. */
    public String closedMessage() {
        return "Your trust has left this service: sign-in is closed and its records are erased; contact " + contact;
    }
}
