package org.openepr.medicines.domain.knowledge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A release of the knowledge base as loaded into this instance, kept whole (its files) so the live one can be
 * rebuilt on any start and an older one inspected. Exactly one is live. The instance's, not a trust's.
 */
@Entity
@Table(name = "kb_release")
public class KnowledgeBaseRelease {

    @Id
    private UUID id;

    private String name;

    private String version;

    private LocalDate issued;

    @Column(name = "loaded_at")
    private Instant loadedAt;

    @Column(name = "loaded_by")
    private String loadedBy;

    private boolean live;

    private String about;

    private String classes;

    private String substances;

    private String products;

    private String interactions;

    @Column(name = "allergy_groups")
    private String allergyGroups;

    protected KnowledgeBaseRelease() {
    }

    /** A release from its files, checked by reading them; refused if they do not hold together. */
    public static KnowledgeBaseRelease of(Map<String, String> files, String by, Instant at) {
        KnowledgeBase kb = KnowledgeBaseFiles.fromText(files);
        if (kb.isEmpty()) {
            throw new IllegalArgumentException("The knowledge base " + kb.version().describe() + " holds no medicines");
        }
        KnowledgeBaseRelease r = new KnowledgeBaseRelease();
        r.id = UUID.randomUUID();
        r.name = kb.version().name();
        r.version = kb.version().version();
        r.issued = kb.version().issued();
        r.loadedAt = at;
        r.loadedBy = by;
        r.about = files.get("knowledge-base.properties");
        r.classes = files.get("classes.csv");
        r.substances = files.get("substances.csv");
        r.products = files.get("products.csv");
        r.interactions = files.get("interactions.csv");
        r.allergyGroups = files.get("allergy-groups.csv");
        return r;
    }

    public KnowledgeBase read() {
        var files = new LinkedHashMap<String, String>();
        files.put("knowledge-base.properties", about);
        files.put("classes.csv", classes);
        files.put("substances.csv", substances);
        files.put("products.csv", products);
        files.put("interactions.csv", interactions);
        files.put("allergy-groups.csv", allergyGroups);
        return KnowledgeBaseFiles.fromText(files);
    }

    public void goLive() {
        live = true;
    }

    public void retire() {
        live = false;
    }

    public UUID id() { return id; }
    public String name() { return name; }
    public String version() { return version; }
    public LocalDate issued() { return issued; }
    public Instant loadedAt() { return loadedAt; }
    public String loadedBy() { return loadedBy; }
    public boolean isLive() { return live; }
}
