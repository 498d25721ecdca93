package org.openepr.discharge.application.summary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.openepr.discharge.domain.summary.DischargeSummary;
import org.openepr.discharge.domain.summary.SummaryContent;
import org.openepr.discharge.domain.summary.SummaryRepository;
import org.openepr.discharge.domain.summary.SummarySave;
import org.openepr.platform.audit.AuditTrail;
import org.openepr.platform.drafts.DraftSaved;
import org.openepr.platform.errors.InputCheck;
import org.openepr.platform.errors.InvalidInputException;
import org.openepr.platform.errors.RecordNotFoundException;

/**
 * What every save of a summary shares (an edit, a signature, starting a correction): its save id (sent again, it gets
 * the first answer and changes nothing), the summary locked while it changes, the save recorded with the revision it
 * made, and the audit line.
 */
@ApplicationScoped
class SummarySaves {

    @Inject
    SummaryRepository summaries;

    @Inject
    AuditTrail audit;

    /** A change of the summary as one save: does it, and says what it did for the audit line. */
    interface Change {
        String apply(DischargeSummary summary);
    }

    DraftSaved once(String saveIdText, UUID summaryId, SummaryAudit action, Change change) {
        UUID saveId = saveId(saveIdText);
        DischargeSummary summary = summaries.lock(summaryId).orElseThrow(() -> new RecordNotFoundException("summary"));
        // checked after the lock: a retry racing its own first attempt waits for it, then finds its answer
        var earlier = summaries.save(saveId);
        if (earlier.isPresent()) {
            if (!earlier.get().summaryId().equals(summaryId)) {
                throw new InvalidInputException("saveId", "This save id was already used for another summary: choose a new one for each save");
            }
            return answer(earlier.get(), true);
        }
        String detail = change.apply(summary);
        SummarySave save = new SummarySave(saveId, summary);
        summaries.add(save);
        summaries.flush();
        audit.record(action, summary.id(), summary.patientId(), "revision " + summary.revision() + "; " + detail);
        return answer(save, false);
    }

    /** The headings as the editor sent them, or the field at fault named. */
    static SummaryContent content(String json) {
        InputCheck check = new InputCheck();
        SummaryContent content = check.field("text", () -> SummaryContent.parse(json));
        check.throwIfAny();
        return content;
    }

    private static UUID saveId(String raw) {
        try {
            if (raw != null && raw.length() == 36) {
                return UUID.fromString(raw);
            }
        } catch (IllegalArgumentException e) {
            // refused below
        }
        throw new InvalidInputException("saveId", "Save id must be a UUID chosen by the client for this save");
    }

    private static DraftSaved answer(SummarySave save, boolean repeated) {
        return new DraftSaved(save.summaryId(), save.revision(), save.savedBy(), save.savedAt(), repeated);
    }
}
