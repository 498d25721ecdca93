package org.openepr.clinics.domain;

import org.openepr.platform.text.Labelled;

/** Whether a slot or booking is a first appointment or a follow-up; clinics keep them apart. */
public enum AppointmentType implements Labelled {
    NEW("New"),
    FOLLOW_UP("Follow-up");

    private final String label;

    AppointmentType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static AppointmentType parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Appointment type is required (new or follow-up)");
        }
        String t = text.strip().toUpperCase().replace('-', '_').replace(' ', '_');
        for (AppointmentType type : values()) {
            if (type.name().equals(t) || (type == FOLLOW_UP && t.equals("FOLLOWUP"))) {
                return type;
            }
        }
        throw new IllegalArgumentException("Appointment type must be new or follow-up");
    }
}
