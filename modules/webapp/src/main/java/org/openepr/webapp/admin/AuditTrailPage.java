package org.openepr.webapp.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.openepr.platform.audit.AuditActionName;
import org.openepr.platform.audit.AuditLine;
import org.openepr.platform.audit.AuditQuery;
import org.openepr.platform.audit.SearchAuditTrail;
import org.openepr.platform.errors.InputCheck;
import org.openepr.platform.identity.InvalidIdentifierException;
import org.openepr.platform.identity.NhsNumber;
import org.openepr.platform.time.UkDates;
import org.openepr.platform.web.UserAction;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The trust admin's audit trail: who saw or changed what, searched by user, patient's NHS number, action and
 * dates, and paged from the database (the whole trail, a page at a time).
 */
@Named
@ViewScoped
@UserAction
public class AuditTrailPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SearchAuditTrail trail;

    private String actor;
    private String nhsNumber;
    private String action;
    private String from;
    private String to;
    private List<String> actors;
    private List<AuditActionName> actions;
    private final Lines lines = new Lines();

    public void load() {
        actors = trail.actors();
        actions = trail.actions();
    }

    public void search() {
        lines.query = query();
    }

    public void clear() {
        actor = null;
        nhsNumber = null;
        action = null;
        from = null;
        to = null;
        lines.query = AuditQuery.EVERYTHING;
    }

    private AuditQuery query() {
        InputCheck check = new InputCheck();
        NhsNumber patient = null;
        if (nhsNumber != null && !nhsNumber.isBlank()) {
            try {
                patient = NhsNumber.of(nhsNumber);
            } catch (InvalidIdentifierException e) {
                check.problem("patient", e.getMessage());
            }
        }
        LocalDate fromDay = day("from", from, check);
        LocalDate toDay = day("to", to, check);
        check.throwIfAny();
        return new AuditQuery(actor, patient, action, fromDay, toDay);
    }

    private static LocalDate day(String field, String typed, InputCheck check) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        return UkDates.parseTyped(typed).orElseGet(() -> {
            check.problem(field, "Type the date as DD/MM/YYYY");
            return null;
        });
    }

    /** The lines of the current search, read a page at a time as the admin pages through them. */
    private final class Lines extends LazyDataModel<AuditLine> {
        private static final long serialVersionUID = 1L;
        private AuditQuery query = AuditQuery.EVERYTHING;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return trail.count(query);
        }

        @Override
        public List<AuditLine> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return trail.page(query, first, pageSize);
        }

        @Override
        public String getRowKey(AuditLine line) {
            return line.event().id().toString();
        }
    }

    public LazyDataModel<AuditLine> getLines() {
        return lines;
    }

    public String when(AuditLine line) {
        return UkDates.auditTime(line.event().at());
    }

    public List<String> getActors() {
        return actors;
    }

    public List<AuditActionName> getActions() {
        return actions;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getNhsNumber() {
        return nhsNumber;
    }

    public void setNhsNumber(String nhsNumber) {
        this.nhsNumber = nhsNumber;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }
}
