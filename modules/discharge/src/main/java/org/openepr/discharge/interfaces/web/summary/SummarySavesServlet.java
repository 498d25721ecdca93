package org.openepr.discharge.interfaces.web.summary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.annotation.WebServlet;
import java.util.UUID;
import org.openepr.discharge.application.summary.EditSummary;
import org.openepr.discharge.application.summary.SignSummary;
import org.openepr.discharge.domain.summary.SummaryContent;
import org.openepr.platform.drafts.DraftSaved;
import org.openepr.platform.web.drafts.DraftSaveServlet;

/** The summary editor's autosave, on the platform's draft saving: "sign" signs the headings as sent, anything else saves them. */
@WebServlet("/discharge/summary-saves")
public class SummarySavesServlet extends DraftSaveServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    EditSummary edits;

    @Inject
    SignSummary signing;

    @Override
    protected String what() {
        return "summary";
    }

    @Override
    protected int maxTextLength() {
        return SummaryContent.MAX_LENGTH;
    }

    @Override
    protected DraftSaved save(JsonObject body) {
        UUID summary = uuid(string(body, "summary"), "summary");
        String saveId = string(body, "saveId");
        String headings = string(body, "text");
        return "sign".equals(string(body, "action")) ? signing.sign(saveId, summary, basedOn(body), headings)
                : edits.save(saveId, summary, basedOn(body), headings);
    }
}
