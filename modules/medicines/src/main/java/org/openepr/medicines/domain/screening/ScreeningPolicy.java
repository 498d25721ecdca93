package org.openepr.medicines.domain.screening;

/**
 * A trust's screening settings: how old the knowledge base may be before nothing is trusted to it, and the dose
 * margins (warn above 100% of the usual maximum, block above 120%; no margin for narrow-therapeutic-index drugs).
 */
public record ScreeningPolicy(int maxKnowledgeBaseAgeDays, int warnAbovePercent, int blockAbovePercent) {

    public static final ScreeningPolicy DEFAULT = new ScreeningPolicy(400, 100, 120);

    public ScreeningPolicy {
        if (maxKnowledgeBaseAgeDays < 1 || warnAbovePercent < 1 || blockAbovePercent < warnAbovePercent) {
            throw new IllegalArgumentException("A screening policy needs a positive age and a block margin at or above the warning");
        }
    }
}
