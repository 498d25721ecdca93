package org.openepr.medicines.domain.formulary;

import java.util.List;
import java.util.Optional;
import org.openepr.platform.persistence.Repository;

/** The current trust's formulary. */
public interface Formulary extends Repository {

    List<FormularyEntry> entries();

    Optional<FormularyEntry> entry(String productId);

    boolean isEmpty();

    void add(FormularyEntry entry);

    void remove(FormularyEntry entry);
}
