package org.openepr.discharge.domain.episodes;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openepr.platform.persistence.Repository;

/** The current trust's wards. */
public interface WardRepository extends Repository {

    /** Every ward, closed ones too, by name. */
    List<Ward> all();

    Optional<Ward> find(UUID id);

    void add(Ward ward);

    /** Writes pending changes now, so a clash of names is answered in the use case. */
    void flush();
}
