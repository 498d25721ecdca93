package org.openepr.medicines.domain.orders;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.openepr.medicines.domain.knowledge.ProductId;
import org.openepr.platform.persistence.TrustOwned;

/**
 * One version of an order as prescribed: what, how much, how often, screened against which knowledge base, any
 * override with its reason, and its own verification. Never changed once superseded.
 */
@Entity
@Table(name = "medication_order_version")
public class OrderVersion extends TrustOwned {

    @Id
    private UUID id;

    @Column(name = "order_id")
    private UUID orderId;

    private int number;

    @Column(name = "product_id")
    private String productId;

    @Column(name = "product_name")
    private String productName;

    @Column(name = "route_code")
    private String routeCode;

    @Column(name = "dose_amount")
    private BigDecimal doseAmount;

    @Column(name = "dose_unit")
    private String doseUnit;

    @Enumerated(EnumType.STRING)
    private Frequency frequency;

    @Column(name = "max_doses_per_24h")
    private Integer maxDosesPer24Hours;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    private String indication;

    private String notes;

    @Column(name = "prescribed_by")
    private String prescribedBy;

    @Column(name = "prescribed_at")
    private Instant prescribedAt;

    /** The screening result as recorded when prescribed (JSON, see the application's ScreeningRecord). */
    private String screening;

    @Column(name = "kb_version")
    private String kbVersion;

    @Column(name = "override_reason")
    private String overrideReason;

    @Enumerated(EnumType.STRING)
    private Verification verification;

    @Column(name = "verified_by")
    private String verifiedBy;

    @Column(name = "verified_at")
    private Instant verifiedAt;

    @Column(name = "verification_note")
    private String verificationNote;

    @Column(name = "verification_screening")
    private String verificationScreening;

    protected OrderVersion() {
    }

    OrderVersion(UUID orderId, int number, Prescription p, String productName, Prescribing prescribing) {
        this.id = UUID.randomUUID();
        this.orderId = orderId;
        this.number = number;
        this.productId = p.product().value();
        this.productName = productName;
        this.routeCode = p.routeCode();
        this.doseAmount = p.dose().amount();
        this.doseUnit = p.dose().unit();
        this.frequency = p.frequency();
        this.maxDosesPer24Hours = p.maxDosesPer24Hours();
        this.startDate = p.start();
        this.endDate = p.end();
        this.indication = p.indication();
        this.notes = p.notes();
        this.prescribedBy = prescribing.by();
        this.prescribedAt = prescribing.at();
        this.screening = prescribing.screening();
        this.kbVersion = prescribing.kbVersion();
        this.overrideReason = prescribing.overrideReason();
        this.verification = Verification.AWAITING;
    }

    /** A version as an export kept it, with its own verification as it stood (restored by an import, under a new id). */
    public static OrderVersion restore(UUID orderId, int number, Prescription p, String productName, Prescribing prescribing,
                                       Verification verification, String verifiedBy, Instant verifiedAt, String verificationNote,
                                       String verificationScreening) {
        OrderVersion v = new OrderVersion(orderId, number, p, productName, prescribing);
        v.verification = verification;
        v.verifiedBy = verifiedBy;
        v.verifiedAt = verifiedAt;
        v.verificationNote = verificationNote;
        v.verificationScreening = verificationScreening;
        return v;
    }

    public Prescription prescription() {
        return new Prescription(new ProductId(productId), routeCode, new Dose(doseAmount, doseUnit), frequency, maxDosesPer24Hours, startDate,
                endDate, indication, notes);
    }

    void verify(String pharmacist, Instant at, String note, String screeningThen) {
        verification = Verification.VERIFIED;
        verifiedBy = pharmacist;
        verifiedAt = at;
        verificationNote = note;
        verificationScreening = screeningThen;
    }

    void carryOverFrom(OrderVersion earlier) {
        verification = Verification.CARRIED_OVER;
        verifiedBy = earlier.verifiedBy;
        verifiedAt = earlier.verifiedAt;
        verificationNote = "Carried over from version " + earlier.number + ": no change to medicine, dose, route or frequency";
    }

    void reject(String pharmacist, Instant at, String reason) {
        verification = Verification.REJECTED;
        verifiedBy = pharmacist;
        verifiedAt = at;
        verificationNote = reason;
    }

    void supersede() {
        if (verification == Verification.AWAITING) {
            verification = Verification.SUPERSEDED;
        }
    }

    public UUID id() { return id; }
    public UUID orderId() { return orderId; }
    public int number() { return number; }
    public String productName() { return productName; }
    public String prescribedBy() { return prescribedBy; }
    public Instant prescribedAt() { return prescribedAt; }
    public String screening() { return screening; }
    public String kbVersion() { return kbVersion; }
    public String overrideReason() { return overrideReason; }
    public Verification verification() { return verification; }
    public String verifiedBy() { return verifiedBy; }
    public Instant verifiedAt() { return verifiedAt; }
    public String verificationNote() { return verificationNote; }
    public String verificationScreening() { return verificationScreening; }
    public String productId() { return productId; }
}
