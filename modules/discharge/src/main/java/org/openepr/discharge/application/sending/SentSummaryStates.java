package org.openepr.discharge.application.sending;

import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import org.openepr.discharge.DischargeModule;
import org.openepr.discharge.domain.DeliveryStates;
import org.openepr.discharge.domain.TrackedSummary;
import org.openepr.discharge.domain.sending.Dispatch;
import org.openepr.discharge.domain.sending.DispatchKey;
import org.openepr.discharge.domain.sending.DispatchRepository;
import org.openepr.platform.persistence.ReadsOnly;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;

/**
 * Sending's side of tracking for the summary's own screens and API: the delivery state of a signed version. A use case,
 * so it binds the trust whether it is called inside another use case's transaction (it joins it) or on its own. The
 * caller audits what it shows.
 */
@UseCase
@ReadsOnly
@Access(module = DischargeModule.NAME, roles = {Roles.CLINICIAN, Roles.PRESCRIBER, Roles.PHARMACIST, Roles.CLERK, Roles.TRUST_ADMIN})
public class SentSummaryStates implements DeliveryStates {

    @Inject
    DispatchRepository dispatches;

    @Override
    public Optional<TrackedSummary> of(UUID summaryId, int version) {
        return dispatches.find(new DispatchKey(summaryId, version)).map(Dispatch::tracked);
    }
}
