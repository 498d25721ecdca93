package org.openepr.discharge.application.summary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.openepr.discharge.domain.summary.DischargeSummary;
import org.openepr.discharge.domain.summary.SummaryDocuments;
import org.openepr.discharge.domain.summary.SummaryVersion;
import org.openepr.patients.api.PatientDetails;
import org.openepr.patients.api.PatientDirectory;
import org.openepr.platform.errors.RecordNotFoundException;
import org.openepr.platform.identity.OdsCode;
import org.openepr.platform.staff.StaffDirectory;
import org.openepr.platform.trust.TrustContext;
import org.openepr.platform.trust.TrustRegistry;

/** What a document of a summary says about whom and by whom: the patient now, the trust, the author by name and role. */
@ApplicationScoped
class SummaryFacts {

    @Inject
    PatientDirectory patients;

    @Inject
    TrustContext trust;

    @Inject
    TrustRegistry trusts;

    @Inject
    StaffDirectory staff;

    /** A signed version: its author is the signer, its date the signature. */
    SummaryDocuments.Facts of(DischargeSummary summary, SummaryVersion version) {
        return facts(summary, version.number(), version.replacesVersion(), version, version.signedBy(), version.signedAt());
    }

    /** The draft as it stands: its author the responsible clinician, its date the last save. */
    SummaryDocuments.Facts ofDraft(DischargeSummary summary) {
        return facts(summary, 0, null, null, summary.responsibleClinician(), summary.lastSavedAt());
    }

    private SummaryDocuments.Facts facts(DischargeSummary s, int number, Integer replaces, SummaryVersion version, String author,
                                         java.time.Instant date) {
        PatientDetails patient = patients.details(s.patientId()).orElseThrow(() -> new RecordNotFoundException("summary"));
        OdsCode code = trust.requireTrust();
        String trustName = trusts.find(code).map(TrustRegistry.TrustView::name).orElse(code.value());
        return new SummaryDocuments.Facts(s.id(), number, replaces, version == null ? null : version.bundleId(), patient, code.value(), trustName,
                author, staff.nameOf(author), date, version == null ? s.content() : version.content());
    }
}
