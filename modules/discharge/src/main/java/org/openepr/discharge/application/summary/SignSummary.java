package org.openepr.discharge.application.summary;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.UUID;
import org.openepr.discharge.DischargeModule;
import org.openepr.discharge.domain.SummarySigned;
import org.openepr.discharge.domain.summary.SigningRules;
import org.openepr.discharge.domain.summary.SummaryContent;
import org.openepr.discharge.domain.summary.SummaryDocuments;
import org.openepr.discharge.domain.summary.SummaryRepository;
import org.openepr.discharge.domain.summary.SummaryVersion;
import org.openepr.platform.drafts.DraftSaved;
import org.openepr.platform.errors.AccessRefusedException;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;
import org.openepr.platform.trust.TrustContext;

/**
 * A clinician the trust's rules allow signs the summary as they last saw it: the next version, immutable, with its FHIR
 * document made there and then; {@link SummarySigned} is fired in the same transaction, so what sends it to the GP
 * is written with the signature or not at all. Refused, naming them, while a mandatory heading is empty.
 */
@UseCase
@Access(module = DischargeModule.NAME, roles = {Roles.CLINICIAN, Roles.PRESCRIBER})
public class SignSummary {

    @Inject
    SummaryRepository summaries;

    @Inject
    SummarySaves saves;

    @Inject
    SigningRulesSetting rules;

    @Inject
    SummaryFacts facts;

    @Inject
    SummaryDocuments documents;

    @Inject
    Event<SummarySigned> signed;

    @Inject
    TrustContext trust;

    @Inject
    Clock clock;

    public DraftSaved sign(String saveId, UUID summaryId, int basedOn, String headingsJson) {
        SummaryContent typed = SummarySaves.content(headingsJson);
        SigningRules now = rules.current();
        if (!now.allows(trust.caller().roles())) {
            throw new AccessRefusedException("Your trust allows only a " + now.signersInWords() + " to sign discharge summaries");
        }
        return saves.once(saveId, summaryId, SummaryAudit.SUMMARY_SIGNED, summary -> {
            SummaryVersion version = summary.sign(basedOn, typed, trust.caller().userId(), clock.instant());
            var document = facts.of(summary, version);
            version.documentIs(documents.document(document));
            summaries.add(version);
            signed.fire(new SummarySigned(summary.id(), version.number(), version.replacesVersion(), summary.patientId(),
                    document.patient().nhsNumber(), document.patient().gpPractice(), version.document(), version.signedBy(), version.signedAt()));
            return "version " + version.number() + (version.replacesVersion() == null ? "" : ", replacing version " + version.replacesVersion());
        });
    }
}
