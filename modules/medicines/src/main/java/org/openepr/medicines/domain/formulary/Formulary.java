package org.openepr.medicines.domain.formulary;

import java.util.List;
import java.util.Optional;
import org.openepr.platform.persistence.Repository;

/** The current trust's formulary. */
public interface Formulary extends Repository {

    /** The products listed now (withdrawn ones left out), by product id. */
    List<FormularyEntry> entries();

    /** The product's entry, listed or withdrawn. */
    Optional<FormularyEntry> entry(String productId);

    /** Whether the trust lists no product at all (it has not set up a formulary). */
    boolean isEmpty();

    void add(FormularyEntry entry);

    /** Every entry, withdrawn ones included, by product id after the given one ({@code null}: from the first). */
    List<FormularyEntry> after(String productId, int size);

    /** Every entry, withdrawn ones included. */
    long count();
}
