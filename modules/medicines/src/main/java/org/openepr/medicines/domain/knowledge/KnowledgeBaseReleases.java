package org.openepr.medicines.domain.knowledge;

import java.util.List;
import java.util.Optional;
import org.openepr.platform.persistence.Repository;

/** The knowledge base releases loaded into this instance. */
public interface KnowledgeBaseReleases extends Repository {

    Optional<KnowledgeBaseRelease> live();

    Optional<KnowledgeBaseRelease> find(String name, String version);

    /** Newest first. */
    List<KnowledgeBaseRelease> all();

    void add(KnowledgeBaseRelease release);

    /** Writes now: the one-live rule and the version's uniqueness are checked inside the action. */
    void flush();
}
