package org.openepr.medicines.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import org.openepr.medicines.application.KnowledgeBaseAdmin;
import org.openepr.medicines.domain.knowledge.KnowledgeBaseRelease;
import org.openepr.platform.errors.InvalidInputException;
import org.openepr.platform.web.FacesProblems;
import org.openepr.platform.web.UserAction;

/** The hosting operator's knowledge base releases: which is live, and loading a newer one (a .zip of its files). */
@Named
@ViewScoped
@UserAction
public class KnowledgeBasePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    KnowledgeBaseAdmin admin;

    private transient Part file;
    private List<KnowledgeBaseRelease> releases;

    public void load() {
        if (releases == null) {
            releases = admin.releases();
        }
    }

    public void upload() {
        if (file == null) {
            throw new InvalidInputException("release", "Choose a release file (.zip)");
        }
        byte[] bytes;
        try (InputStream in = file.getInputStream()) {
            bytes = in.readNBytes(10 * 1024 * 1024 + 1);
        } catch (IOException e) {
            throw new InvalidInputException("release", "The file could not be read: try again");
        }
        KnowledgeBaseRelease loaded = admin.load(bytes);
        FacesProblems.notice("Knowledge base " + loaded.name() + " " + loaded.version() + " loaded and live");
        releases = admin.releases();
    }

    public List<KnowledgeBaseRelease> getReleases() { return releases; }
    public Part getFile() { return file; }
    public void setFile(Part v) { file = v; }
}
