package org.openepr.discharge.application.episodes;

import org.openepr.discharge.domain.episodes.LegalStatusClassification;

/**
 * What a form offers as the legal status: the case record's current one where it has a classification code, with how
 * the case record puts it ("Section 3 since 01-Mar-2027"); the user may choose another.
 *
 * @param suggested null where the case record has none, or one without a classification code (a CTO)
 * @param recorded the case record's words, or null where none is recorded
 */
public record LegalStatusSuggestion(LegalStatusClassification suggested, String recorded) {
}
