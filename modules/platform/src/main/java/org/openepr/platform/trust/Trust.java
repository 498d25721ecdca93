package org.openepr.platform.trust;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import org.openepr.platform.identity.OdsCode;

/**
 * A tenant of the hosted instance: one NHS trust, its branding and the modules it has taken.
 * Platform metadata, not clinical data, so it is shared by the whole instance.
 */
@Entity
@Table(name = "trust")
public class Trust {

    public enum Status implements org.openepr.platform.text.Labelled {
        ACTIVE("Active"), SUSPENDED("Suspended"), OFFBOARDED("Offboarded");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    @Id
    @Column(name = "ods_code")
    private String odsCode;

    private String name;

    @Column(name = "short_name")
    private String shortName;

    /** Header colour, #rrggbb. */
    private String colour;

    /** Comma-separated module names, e.g. "patient-index,clinics". */
    private String modules;

    @Enumerated(EnumType.STRING)
    private Status status;

    private String realm;

    @Column(name = "onboarded_at")
    private Instant onboardedAt;

    @Column(name = "export_confirmed_job")
    private String exportConfirmedJob;

    @Column(name = "export_confirmed_by")
    private String exportConfirmedBy;

    @Column(name = "export_confirmed_at")
    private Instant exportConfirmedAt;

    @Column(name = "legal_hold")
    private boolean legalHold;

    @Column(name = "legal_hold_reason")
    private String legalHoldReason;

    /** SHA-256 of the trust's logo (trust_logo), or null without one: the header's cue and its URL's version. */
    @Column(name = "logo_sha256")
    private String logoSha256;

    @Version
    private int version;

    protected Trust() {
    }

    public Trust(OdsCode odsCode, String name, String shortName, String colour, List<String> modules, String realm, Instant onboardedAt) {
        if (!colour.matches("#[0-9A-Fa-f]{6}")) {
            throw new IllegalArgumentException("Trust colour must be #rrggbb");
        }
        this.odsCode = odsCode.value();
        this.name = name;
        this.shortName = shortName;
        this.colour = colour;
        this.modules = String.join(",", modules);
        this.realm = realm;
        this.status = Status.ACTIVE;
        this.onboardedAt = onboardedAt;
    }

    /** Takes name, branding, modules and realm from the trust's description; its status stays the operators'. */
    public void describeAs(Trust description) {
        this.name = description.name;
        this.shortName = description.shortName;
        this.colour = description.colour;
        this.modules = description.modules;
        this.realm = description.realm;
    }

    /** The trust admin's branding: the name shown, the short name and the header colour. */
    public void rebrand(String name, String shortName, String colour) {
        if (!colour.matches("#[0-9A-Fa-f]{6}")) {
            throw new IllegalArgumentException("Trust colour must be #rrggbb");
        }
        this.name = name;
        this.shortName = shortName;
        this.colour = colour;
    }

    /** The trust admin's choice of modules (checked against the installed ones by {@code ModuleChoice}). */
    public void takeModules(List<String> chosen) {
        if (chosen.isEmpty()) {
            throw new IllegalArgumentException("A trust takes at least one module");
        }
        this.modules = String.join(",", chosen);
    }

    /** The logo now shown in the header, by its SHA-256; null for none. */
    void showLogo(String sha256) {
        this.logoSha256 = sha256;
    }

    public String logoSha256() {
        return logoSha256;
    }

    /** Changes with every change of the row: the trust admin's forms carry it (optimistic locking). */
    public int version() {
        return version;
    }

    public void suspend() {
        status = Status.SUSPENDED;
    }

    public void reinstate() {
        if (status == Status.OFFBOARDED) {
            throw new IllegalStateException("An offboarded trust is never reinstated");
        }
        status = Status.ACTIVE;
    }

    /** Sign-in closed for good: the first step of offboarding, before any row is erased. */
    public void offboard() {
        status = Status.OFFBOARDED;
    }

    /** The trust admin's word that the export (one of the trust's finished export jobs) was received. */
    public void exportReceived(java.util.UUID job, String by, Instant at) {
        this.exportConfirmedJob = job.toString();
        this.exportConfirmedBy = by;
        this.exportConfirmedAt = at;
    }

    public void holdForLegalReasons(String reason) {
        this.legalHold = true;
        this.legalHoldReason = reason;
    }

    public void releaseLegalHold() {
        this.legalHold = false;
        this.legalHoldReason = null;
    }

    public java.util.Optional<java.util.UUID> exportConfirmedJob() {
        return java.util.Optional.ofNullable(exportConfirmedJob).map(java.util.UUID::fromString);
    }

    public String exportConfirmedBy() {
        return exportConfirmedBy;
    }

    public Instant exportConfirmedAt() {
        return exportConfirmedAt;
    }

    public boolean legalHold() {
        return legalHold;
    }

    public String legalHoldReason() {
        return legalHoldReason;
    }

    public OdsCode odsCode() {
        return OdsCode.of(odsCode);
    }

    public String name() {
        return name;
    }

    public String shortName() {
        return shortName;
    }

    public String colour() {
        return colour;
    }

    public List<String> modules() {
        return modulesOf(modules);
    }

    /** The stored list, "patient-index,clinics", as names. */
    static List<String> modulesOf(String stored) {
        return stored == null || stored.isBlank() ? List.of() : List.of(stored.split(","));
    }

    public boolean hasModule(String module) {
        return modules().contains(module);
    }

    public Status status() {
        return status;
    }

    public boolean isActive() {
        return status == Status.ACTIVE;
    }

    public String realm() {
        return realm;
    }

    public Instant onboardedAt() {
        return onboardedAt;
    }
}
