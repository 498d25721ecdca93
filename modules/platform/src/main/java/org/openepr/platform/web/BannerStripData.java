package org.openepr.platform.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * What a patient-banner strip shows (a {@code BannerStrip}), loaded once per request and patient however often the
 * view asks, and only while the page renders. Held by a module's request-scoped banner bean, one per strip.
 *
 * <p>Why only while rendering: a form's postback evaluates every component's {@code rendered} while decoding, before
 * the action runs; loading then would show the banner as it was before the action (a risk or an allergy just
 * recorded missing), and audit a read nobody saw.
 */
public final class BannerStripData<T> {

    private final Function<UUID, T> load;
    private final T notYet;
    private final Map<UUID, T> loaded = new HashMap<>();

    /**
     * @param load   the strip's use case: one bounded, audited read for the patient
     * @param notYet what the strip sees before the render (or without a patient); never shown
     */
    public BannerStripData(Function<UUID, T> load, T notYet) {
        this.load = load;
        this.notYet = notYet;
    }

    public T of(UUID patientId) {
        if (patientId == null || !rendering()) {
            return notYet;
        }
        return loaded.computeIfAbsent(patientId, load);
    }

    private static boolean rendering() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null || faces.getCurrentPhaseId() == PhaseId.RENDER_RESPONSE;
    }
}
