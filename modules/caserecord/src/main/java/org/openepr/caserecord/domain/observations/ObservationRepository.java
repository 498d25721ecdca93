package org.openepr.caserecord.domain.observations;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openepr.platform.persistence.Repository;

/** A patient's observations, within the current trust; every list is bounded. */
public interface ObservationRepository extends Repository {

    void add(Observation observation);

    Optional<Observation> find(UUID id);

    /** The latest observation of each sign, not entered in error (one query over the (patient, kind, taken_at) index). */
    List<Observation> latestOfEach(UUID patientId);

    Optional<Observation> latest(UUID patientId, VitalSign kind);

    /** Of the given signs, taken in [from, to), newest first, at most {@code max}; with or without those entered in error. */
    List<Observation> taken(UUID patientId, Collection<VitalSign> kinds, Instant from, Instant to, boolean withEnteredInError, int offset, int max);

    long count(UUID patientId, Collection<VitalSign> kinds, Instant from, Instant to, boolean withEnteredInError);

    /** BMIs derived from this weight or height. */
    List<Observation> derivedFrom(Observation o);
}
