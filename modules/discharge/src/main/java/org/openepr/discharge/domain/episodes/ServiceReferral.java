package org.openepr.discharge.domain.episodes;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The referral a community episode accepts: to a service, made on a day; taken from clinic management's waiting list
 * when it came through it ({@code waitingListEntry}), else as the referrer wrote it.
 */
public record ServiceReferral(UUID waitingListEntry, String service, LocalDate referralDate) {
}
