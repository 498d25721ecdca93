package org.openepr.discharge.application.summary;

import jakarta.inject.Inject;
import java.time.Clock;
import java.util.UUID;
import org.openepr.discharge.DischargeModule;
import org.openepr.discharge.domain.summary.SummaryContent;
import org.openepr.platform.drafts.DraftSaved;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;
import org.openepr.platform.trust.TrustContext;

/**
 * A clinician edits the draft (saved as typed: every few seconds, on leaving a heading), against the revision they last
 * saw: a newer one refuses it with both texts. And the start of a correction of a signed summary.
 */
@UseCase
@Access(module = DischargeModule.NAME, roles = {Roles.CLINICIAN, Roles.PRESCRIBER})
public class EditSummary {

    @Inject
    SummarySaves saves;

    @Inject
    TrustContext trust;

    @Inject
    Clock clock;

    public DraftSaved save(String saveId, UUID summaryId, int basedOn, String headingsJson) {
        SummaryContent typed = SummarySaves.content(headingsJson);
        return saves.once(saveId, summaryId, SummaryAudit.SUMMARY_SAVED, summary -> {
            summary.save(basedOn, typed, trust.caller().userId(), clock.instant());
            return "now " + summary.state().name().toLowerCase().replace('_', ' ');
        });
    }

    /** A new draft from the signed text, to be signed as the next version; the signed versions stay as they are. */
    public DraftSaved startCorrection(String saveId, UUID summaryId, int basedOn) {
        return saves.once(saveId, summaryId, SummaryAudit.SUMMARY_CORRECTION_STARTED, summary -> {
            summary.startCorrection(basedOn, trust.caller().userId(), clock.instant());
            return "correcting version " + summary.signedVersion();
        });
    }
}
