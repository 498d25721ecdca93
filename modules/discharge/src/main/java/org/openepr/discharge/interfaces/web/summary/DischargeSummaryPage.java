package org.openepr.discharge.interfaces.web.summary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.UUID;
import org.openepr.discharge.application.summary.EditSummary;
import org.openepr.discharge.application.summary.SignSummary;
import org.openepr.discharge.application.summary.ReadSummaries;
import org.openepr.discharge.application.summary.SummarySigningRules;
import org.openepr.discharge.application.summary.SummaryView;
import org.openepr.discharge.domain.summary.SigningRules;
import org.openepr.discharge.domain.summary.SummaryContent;
import org.openepr.discharge.domain.summary.SummaryVersion;
import org.openepr.platform.identity.Ids;
import org.openepr.platform.security.Permissions;
import org.openepr.platform.trust.TrustContext;
import org.openepr.platform.web.FacesProblems;
import org.openepr.platform.web.UserAction;

/**
 * A discharge summary ({@code ?summary=}): while a draft, its headings typed and saved by the platform's draft editor
 * through {@link SummarySavesServlet} (this bean only renders them) and signed there; once signed, its text, every
 * version (printable) and the start of a correction. {@code &version=n} shows signed version n as signed.
 */
@Named
@ViewScoped
@UserAction
public class DischargeSummaryPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReadSummaries reading;

    @Inject
    EditSummary edits;

    @Inject
    SummarySigningRules rules;

    @Inject
    Permissions permissions;

    @Inject
    TrustContext trust;

    private String summary;
    private String version;
    private SummaryView view;
    private SummaryView.VersionListed shownVersion;
    private java.util.List<SummaryView.HeadingText> shownHeadings;
    private boolean canEdit;
    private boolean canSign;
    private String signers;
    private String userId;
    /** Chosen when the page opens, so a repeated "start a correction" starts one. */
    private final String correctionSaveId = UUID.randomUUID().toString();

    public void load() {
        if (view != null) {
            return;
        }
        UUID id = Ids.of("summary", summary);
        view = reading.summary(id);
        shownHeadings = view.headings();
        if (version != null && !version.isBlank() && version.matches("\\d{1,9}")) {
            SummaryVersion v = reading.version(id, Integer.parseInt(version));
            shownHeadings = SummaryView.headings(v.content()).stream().map(h -> new SummaryView.HeadingText(h.heading(), h.text(), false)).toList();
            shownVersion = view.versions().stream().filter(l -> l.number() == v.number()).findFirst().orElse(null);
        }
        canEdit = permissions.allows(EditSummary.class);
        SigningRules now = rules.current();
        signers = now.signersInWords();
        canSign = permissions.allows(SignSummary.class) && now.allows(trust.caller().roles());
        userId = trust.caller().userId();
    }

    public String startCorrection() {
        edits.startCorrection(correctionSaveId, view.id(), view.revision());
        FacesProblems.noticeOnNextPage("Correction started: sign it to make version " + (view.signedVersion() + 1));
        return "/discharge/summary.xhtml?faces-redirect=true&summary=" + view.id();
    }

    public boolean isEditing() {
        return shownVersion == null && view.isDraft() && canEdit;
    }

    public int getMaxLength() {
        return SummaryContent.MAX_LENGTH;
    }

    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getVersion() { return version; }
    public void setVersion(String version) { this.version = version; }
    public SummaryView getView() { return view; }
    public SummaryView.VersionListed getShownVersion() { return shownVersion; }
    public java.util.List<SummaryView.HeadingText> getShownHeadings() { return shownHeadings; }
    public boolean isCanEdit() { return canEdit; }
    public boolean isCanSign() { return canSign; }
    public String getSigners() { return signers; }
    public String getUserId() { return userId; }
}
