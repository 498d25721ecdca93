package org.openepr.medicines.application;

import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.openepr.medicines.MedicinesModule;
import org.openepr.medicines.domain.knowledge.KnowledgeBaseFiles;
import org.openepr.medicines.domain.knowledge.KnowledgeBaseRelease;
import org.openepr.medicines.domain.knowledge.KnowledgeBaseReleases;
import org.openepr.platform.audit.AuditTrail;
import org.openepr.platform.errors.ConflictException;
import org.openepr.platform.errors.InvalidInputException;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;
import org.openepr.platform.trust.TrustContext;

/**
 * The hosting operator loads a newer knowledge base release (a zip of its files) for the whole instance: checked
 * whole first, stored, and made live in one step, with no downtime (screening reads whichever snapshot is live).
 */
@UseCase
@Access(module = MedicinesModule.NAME, roles = Roles.HOSTING_OPERATOR, inTrust = false)
public class KnowledgeBaseAdmin {

    static final int MAX_ZIP_BYTES = 10 * 1024 * 1024;

    @Inject
    KnowledgeBaseReleases releases;

    @Inject
    LiveKnowledgeBase knowledge;

    @Inject
    AuditTrail audit;

    @Inject
    TrustContext trust;

    @Inject
    Clock clock;

    public List<KnowledgeBaseRelease> releases() {
        return releases.all();
    }

    public KnowledgeBaseRelease load(byte[] zip) {
        Map<String, String> files = unzip(zip);
        KnowledgeBaseRelease release;
        try {
            release = KnowledgeBaseRelease.of(files, trust.caller().userId(), clock.instant());
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new InvalidInputException("release", "The release was not loaded: " + e.getMessage());
        }
        if (releases.find(release.name(), release.version()).isPresent()) {
            throw new ConflictException("release", "Release " + release.name() + " " + release.version() + " is already loaded");
        }
        knowledge.install(release);
        audit.recordOperatorAction(MedicinesAudit.KNOWLEDGE_BASE_LOADED, null, "medicines knowledge base " + release.name() + " "
                + release.version() + " of " + release.issued() + " loaded and live");
        return release;
    }

    private static Map<String, String> unzip(byte[] zip) {
        if (zip == null || zip.length == 0 || zip.length > MAX_ZIP_BYTES) {
            throw new InvalidInputException("release", "Choose a release file (a .zip of the knowledge base files, at most 10 MB)");
        }
        Map<String, String> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                String name = e.getName().substring(e.getName().lastIndexOf('/') + 1);
                if (KnowledgeBaseFiles.FILES.contains(name)) {
                    files.put(name, new String(in.readNBytes(MAX_ZIP_BYTES), StandardCharsets.UTF_8));
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidInputException("release", "The release file is not a readable zip");
        }
        var missing = KnowledgeBaseFiles.FILES.stream().filter(f -> !files.containsKey(f)).toList();
        if (!missing.isEmpty()) {
            throw new InvalidInputException("release", "The release is missing " + String.join(", ", missing));
        }
        return files;
    }
}
