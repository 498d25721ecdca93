package org.openepr.platform.trust;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openepr.platform.audit.AuditTrail;
import org.openepr.platform.audit.PlatformAudit;
import org.openepr.platform.errors.FieldProblem;
import org.openepr.platform.errors.InvalidInputException;
import org.openepr.platform.errors.StaleEditException;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;

/**
 * The trust admin's branding of their own trust: the name shown, the short name, the header colour. Seen by every
 * request once saved, audited with before and after. A trust described by a file under tenants/ (the demo seed) takes
 * the file's branding again at the next start.
 */
@UseCase
@Access(module = Access.PLATFORM, roles = Roles.TRUST_ADMIN)
public class TrustBranding {

    /** Name shown, short name, colour (#rrggbb). */
    public record Branding(String name, String shortName, String colour) implements java.io.Serializable {
    }

    @Inject
    TrustContext trustContext;

    @Inject
    TrustRegistry registry;

    @Inject
    AuditTrail audit;

    public Branding current() {
        Trust trust = registry.read(trustContext.requireTrust()); // as stored, which the save compares with
        return new Branding(trust.name(), trust.shortName(), trust.colour());
    }

    /**
     * @param seen the branding the admin's form was filled from: if someone changed it since, nothing is saved
     */
    public void rebrand(Branding seen, Branding wanted) {
        List<FieldProblem> problems = new ArrayList<>();
        String name = wanted.name() == null ? "" : wanted.name().strip();
        String shortName = wanted.shortName() == null ? "" : wanted.shortName().strip();
        String colour = wanted.colour() == null ? "" : wanted.colour().strip().toUpperCase(Locale.ENGLISH);
        if (name.isEmpty() || name.length() > 200) {
            problems.add(new FieldProblem("brandName", "Name is required (at most 200 characters)"));
        }
        if (shortName.isEmpty() || shortName.length() > 20) {
            problems.add(new FieldProblem("brandShortName", "Short name is required (at most 20 characters)"));
        }
        if (!colour.matches("#[0-9A-F]{6}")) {
            problems.add(new FieldProblem("brandColour", "Colour must be #rrggbb, e.g. #005EB8"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Trust trust = registry.forChange(trustContext.requireTrust());
        Branding before = new Branding(trust.name(), trust.shortName(), trust.colour());
        if (!before.equals(seen)) {
            throw new StaleEditException("Someone else changed the branding while you were editing it. Nothing was saved: "
                    + "it now reads " + before.name() + " (" + before.shortName() + ", " + before.colour() + ").");
        }
        trust.rebrand(name, shortName, colour);
        audit.record(PlatformAudit.TRUST_REBRANDED, trust.odsCode().value(), null, before.name() + " (" + before.shortName() + ", "
                + before.colour() + ") → " + name + " (" + shortName + ", " + colour + ")");
    }
}
