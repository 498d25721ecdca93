package org.openepr.medicines.domain.knowledge;

import java.time.LocalDate;

/** Which knowledge base: its name, version and issue date, named on every screening result. */
public record KnowledgeBaseVersion(String name, String version, LocalDate issued) {

    public KnowledgeBaseVersion {
        if (name == null || name.isBlank() || version == null || version.isBlank() || issued == null) {
            throw new IllegalArgumentException("A knowledge base needs a name, a version and an issue date");
        }
    }

    public String describe() {
        return name + " " + version;
    }
}
