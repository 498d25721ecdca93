package org.openepr.patients.domain;

import org.openepr.platform.text.Labelled;

/**
 * The languages a patient may prefer, as the BCP 47 tags FHIR records (Patient.communication.language): the languages
 * most spoken in England after English, by the 2021 census. Stored by tag; shown in English words.
 */
public enum Language implements Labelled {
    ENGLISH("en", "English"),
    POLISH("pl", "Polish"),
    ROMANIAN("ro", "Romanian"),
    PUNJABI("pa", "Punjabi"),
    URDU("ur", "Urdu"),
    PORTUGUESE("pt", "Portuguese"),
    SPANISH("es", "Spanish"),
    ARABIC("ar", "Arabic"),
    BENGALI("bn", "Bengali"),
    GUJARATI("gu", "Gujarati"),
    ITALIAN("it", "Italian"),
    CHINESE("zh", "Chinese"),
    FRENCH("fr", "French"),
    TURKISH("tr", "Turkish"),
    SOMALI("so", "Somali"),
    TAMIL("ta", "Tamil"),
    LITHUANIAN("lt", "Lithuanian"),
    PERSIAN("fa", "Persian"),
    RUSSIAN("ru", "Russian"),
    UKRAINIAN("uk", "Ukrainian");

    private final String tag;
    private final String label;

    Language(String tag, String label) {
        this.tag = tag;
        this.label = label;
    }

    public String tag() {
        return tag;
    }

    @Override
    public String label() {
        return label;
    }

    public static Language fromTag(String tag) {
        for (Language l : values()) {
            if (l.tag.equalsIgnoreCase(tag.strip()) || l.name().equalsIgnoreCase(tag.strip())) {
                return l;
            }
        }
        throw new IllegalArgumentException("Preferred language must be one of the languages offered (" + tag.strip() + " is not)");
    }
}
