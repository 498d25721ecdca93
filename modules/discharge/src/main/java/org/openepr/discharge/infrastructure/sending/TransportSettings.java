package org.openepr.discharge.infrastructure.sending;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.openepr.discharge.domain.sending.Backoff;

/**
 * The GP transport as this instance is configured (Liberty variables, liberty-config/includes/gp-transport.xml; see
 * docs/operations.md): the MESH address, our mailboxes (prefix + trust ODS code) and their password, the time a send
 * may take, how often the sender runs, and the retry backoff. {@code mesh.url=none} switches sending off: summaries
 * then wait, queued, on the dashboard.
 */
@ApplicationScoped
public class TransportSettings {

    @Resource(lookup = "epr/mesh/url")
    String url;

    @Resource(lookup = "epr/mesh/mailboxPrefix")
    String mailboxPrefix;

    @Resource(lookup = "epr/mesh/password")
    Object password; // a password of digits would come as a number

    @Resource(lookup = "epr/mesh/timeoutMillis")
    Object timeoutMillis; // Liberty gives a number entry as a number

    @Resource(lookup = "epr/mesh/pollMillis")
    Object pollMillis; // Liberty gives a number entry as a number

    @Resource(lookup = "epr/mesh/retryBaseMillis")
    Object retryBaseMillis; // Liberty gives a number entry as a number

    @Resource(lookup = "epr/mesh/retryMaxMillis")
    Object retryMaxMillis; // Liberty gives a number entry as a number

    public boolean configured() {
        return url != null && !url.isBlank() && !"none".equals(url.strip());
    }

    public String url() {
        return url.strip().replaceAll("/+$", "");
    }

    public String mailboxPrefix() {
        return mailboxPrefix == null ? "" : mailboxPrefix.strip();
    }

    public String password() {
        return password == null ? "" : password.toString();
    }

    public Duration timeout() {
        return millis(timeoutMillis, 10_000);
    }

    public Duration poll() {
        return millis(pollMillis, 2_000);
    }

    /** A claimed dispatch is another sender's to retry only after this: longer than any one send may take. */
    public Duration lease() {
        return timeout().multipliedBy(2).plusSeconds(1);
    }

    public Backoff backoff() {
        return new Backoff(millis(retryBaseMillis, 2_000), millis(retryMaxMillis, 300_000));
    }

    private static Duration millis(Object raw, long otherwise) {
        try {
            long ms = Long.parseLong(raw == null ? "" : raw.toString().strip());
            return Duration.ofMillis(ms > 0 ? ms : otherwise);
        } catch (NumberFormatException e) {
            return Duration.ofMillis(otherwise);
        }
    }
}
