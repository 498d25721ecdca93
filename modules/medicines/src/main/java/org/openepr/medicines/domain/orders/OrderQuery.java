package org.openepr.medicines.domain.orders;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.openepr.platform.persistence.TrustOwned;

/** A pharmacist's question about one version of an order, and the prescriber's answer (or an amended version). */
@Entity
@Table(name = "order_query")
public class OrderQuery extends TrustOwned {

    @Id
    private UUID id;

    @Column(name = "order_id")
    private UUID orderId;

    @Column(name = "version_number")
    private int versionNumber;

    @Column(name = "asked_by")
    private String askedBy;

    @Column(name = "asked_at")
    private Instant askedAt;

    private String question;

    @Column(name = "answered_by")
    private String answeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    private String answer;

    @Version
    private int version;

    protected OrderQuery() {
    }

    OrderQuery(UUID orderId, int versionNumber, String askedBy, Instant askedAt, String question) {
        this.id = UUID.randomUUID();
        this.orderId = orderId;
        this.versionNumber = versionNumber;
        this.askedBy = askedBy;
        this.askedAt = askedAt;
        this.question = question;
    }

    /** A query as an export kept it, answered or open (restored by an import, under a new id). */
    public static OrderQuery restore(UUID orderId, int versionNumber, String askedBy, Instant askedAt, String question, String answeredBy,
                                     Instant answeredAt, String answer) {
        OrderQuery q = new OrderQuery(orderId, versionNumber, askedBy, askedAt, question);
        q.answeredBy = answeredBy;
        q.answeredAt = answeredAt;
        q.answer = answer;
        return q;
    }

    void answer(String by, Instant at, String text) {
        answeredBy = by;
        answeredAt = at;
        answer = text;
    }

    public boolean isOpen() {
        return answeredAt == null;
    }

    public UUID id() { return id; }
    public UUID orderId() { return orderId; }
    public int versionNumber() { return versionNumber; }
    public String askedBy() { return askedBy; }
    public Instant askedAt() { return askedAt; }
    public String question() { return question; }
    public String answeredBy() { return answeredBy; }
    public Instant answeredAt() { return answeredAt; }
    public String answer() { return answer; }
}
