package org.openepr.clinics.application;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openepr.clinics.ClinicsModule;
import org.openepr.clinics.application.Views.DnaCount;
import org.openepr.clinics.domain.BookingRepository;
import org.openepr.clinics.domain.ClinicRepository;
import org.openepr.platform.persistence.ReadsOnly;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;

/** The trust admin's did-not-attend counts per clinic: numbers only, no patient. */
@UseCase
@Access(module = ClinicsModule.NAME, roles = Roles.TRUST_ADMIN)
@ReadsOnly
public class DnaReport {

    @Inject
    BookingRepository bookings;

    @Inject
    ClinicRepository clinics;

    public List<DnaCount> counts(LocalDate from, LocalDate to) {
        Map<UUID, String> names = clinics.names();
        return bookings.outcomeCounts(from, to).stream()
                .map(r -> new DnaCount((UUID) r[0], names.getOrDefault((UUID) r[0], ""), ((Number) r[1]).longValue(), ((Number) r[2]).longValue()))
                .sorted((a, b) -> a.clinicName().compareTo(b.clinicName())).toList();
    }
}
