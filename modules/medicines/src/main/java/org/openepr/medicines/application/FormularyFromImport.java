package org.openepr.medicines.application;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.openepr.medicines.MedicinesModule;
import org.openepr.medicines.domain.formulary.Formulary;
import org.openepr.medicines.domain.formulary.FormularyEntry;
import org.openepr.medicines.domain.knowledge.ProductId;
import org.openepr.platform.errors.InvalidInputException;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;

/**
 * The trust's formulary loaded from a whole-trust export (the background worker only), a batch in the import's
 * transaction: each entry as it stood, listed or withdrawn, with who changed it last and when. An entry the trust
 * already has for the product stands (the trust's own decision is not overwritten by an archive). A product the
 * instance's knowledge base does not know is kept: the knowledge base is the instance's, may be of another release
 * than the source's, and the formulary page already shows such an entry as not in the live knowledge base; screening
 * cannot reach it, as no one can prescribe the product. No audit line per entry (as the other imports).
 */
@UseCase
@Access(module = MedicinesModule.NAME, roles = Roles.BACKGROUND)
public class FormularyFromImport {

    /** A formulary entry as exported. */
    public record ImportedEntry(String productId, boolean withdrawn, String restriction, BigDecimal localMaximum, String changedBy,
                                Instant changedAt) {
    }

    @Inject
    Formulary formulary;

    /** How many entries were written (an entry the trust already has is not). */
    public int add(List<ImportedEntry> batch) {
        batch.forEach(FormularyFromImport::check);
        int written = 0;
        for (ImportedEntry e : batch) {
            if (formulary.entry(e.productId()).isPresent()) {
                continue;
            }
            FormularyEntry entry = new FormularyEntry(e.productId(), e.restriction(), e.localMaximum(), e.changedBy(), e.changedAt());
            if (e.withdrawn()) {
                entry.withdraw(e.changedBy(), e.changedAt());
            }
            formulary.add(entry);
            written++;
        }
        return written;
    }

    /** An entry the formulary page could never have made is refused, naming the product. */
    static void check(ImportedEntry e) {
        if (!ProductId.isWellFormed(e.productId())) {
            throw new InvalidInputException("productId", "Formulary entry for " + e.productId() + ": not a medicine id");
        }
        if (e.changedBy() == null || e.changedAt() == null) {
            throw new InvalidInputException("changedBy", "Formulary entry for " + e.productId() + ": who changed it last and when are required");
        }
        if (e.localMaximum() != null && e.localMaximum().signum() <= 0) {
            throw new InvalidInputException("localMaximum", "Formulary entry for " + e.productId() + ": local maximum must be more than 0");
        }
        if (e.restriction() != null && e.restriction().length() > 200) {
            throw new InvalidInputException("restriction", "Formulary entry for " + e.productId() + ": restriction longer than 200 characters");
        }
    }
}
