package org.openepr.caserecord.domain.careteam;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.openepr.platform.persistence.TrustOwned;

/**
 * A member of a patient's care team in one service: a member of the trust's staff (by user id), their role, whether
 * they are the service's lead professional, and from when to when. Ended, never deleted.
 */
@Entity
@Table(name = "care_team_member")
public class CareTeamMember extends TrustOwned {

    /** One open-ended lead per service, the database's second line behind {@link CareTeam}. */
    public static final String ONE_OPEN_LEAD = "care_team_one_open_lead";

    @Id
    private UUID id;

    @Column(name = "patient_id")
    private UUID patientId;

    private String service;

    @Column(name = "service_key")
    private String serviceKey;

    @Column(name = "staff_user_id")
    private String staffUserId;

    @Enumerated(EnumType.STRING)
    private CareTeamRole role;

    private boolean lead;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(name = "added_by")
    private String addedBy;

    @Column(name = "added_at")
    private Instant addedAt;

    @Column(name = "ended_by")
    private String endedBy;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Version
    private int version;

    protected CareTeamMember() {
    }

    /** Who joins, in which service and role, for which dates. */
    public record Membership(String service, String staffUserId, CareTeamRole role, boolean lead, LocalDate start, LocalDate end) {
        public Membership {
            if (end != null && end.isBefore(start)) {
                throw new IllegalArgumentException("The end date is before the start date");
            }
        }
    }

    static CareTeamMember join(UUID patientId, Membership m, String by, Instant at) {
        CareTeamMember c = new CareTeamMember();
        c.id = UUID.randomUUID();
        c.patientId = patientId;
        c.service = m.service();
        c.serviceKey = keyOf(m.service());
        c.staffUserId = m.staffUserId();
        c.role = m.role();
        c.lead = m.lead();
        c.startDate = m.start();
        c.endDate = m.end();
        c.addedBy = by;
        c.addedAt = at;
        return c;
    }

    /** A membership as another instance's export held it, under a new id (the whole-trust import). */
    public static CareTeamMember imported(UUID id, UUID patientId, Membership m, String addedBy, Instant addedAt, String endedBy, Instant endedAt) {
        CareTeamMember c = join(patientId, m, addedBy, addedAt);
        c.id = id;
        c.endedBy = endedBy;
        c.endedAt = endedAt;
        return c;
    }

    /** Services compare without case or extra spaces: "Memory service" is "memory  Service". */
    public static String keyOf(String service) {
        return service.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** Ends the membership on a day (the last day it counts). */
    public void end(LocalDate lastDay, String by, Instant at) {
        if (lastDay.isBefore(startDate)) {
            throw new IllegalArgumentException("The end date is before the membership started (" + startDate + ")");
        }
        if (endDate != null && !lastDay.isBefore(endDate)) {
            throw new IllegalArgumentException("This membership already ends on " + endDate);
        }
        endDate = lastDay;
        endedBy = by;
        endedAt = at;
    }

    public boolean isCurrentOn(LocalDate day) {
        return !day.isBefore(startDate) && (endDate == null || !day.isAfter(endDate));
    }

    /** Do two periods share a day? An open end runs for ever. */
    boolean overlaps(LocalDate start, LocalDate end) {
        return (end == null || !end.isBefore(startDate)) && (endDate == null || !endDate.isBefore(start));
    }

    public UUID id() { return id; }
    public UUID patientId() { return patientId; }
    public String service() { return service; }
    public String serviceKey() { return serviceKey; }
    public String staffUserId() { return staffUserId; }
    public CareTeamRole role() { return role; }
    public boolean lead() { return lead; }
    public LocalDate startDate() { return startDate; }
    public LocalDate endDate() { return endDate; }
    public String addedBy() { return addedBy; }
    public Instant addedAt() { return addedAt; }
    public String endedBy() { return endedBy; }
    public Instant endedAt() { return endedAt; }
    public int version() { return version; }
}
