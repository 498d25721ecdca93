package org.openepr.discharge.interfaces.web.episodes;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.openepr.discharge.application.episodes.WardList;
import org.openepr.discharge.domain.episodes.Ward;
import org.openepr.platform.identity.Ids;
import org.openepr.platform.web.UserAction;

/** Who is on my ward: choose a ward (the first, or the one in the address), see its patients now and who is on leave. */
@Named
@ViewScoped
@UserAction
public class WardPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    WardList wardList;

    private String ward;
    private List<Ward> wards;
    private WardList.WardBoard board;

    public void load() {
        if (wards == null) {
            wards = wardList.openWards();
            if ((ward == null || ward.isBlank()) && !wards.isEmpty()) {
                ward = wards.get(0).id().toString();
            }
            if (ward != null && !ward.isBlank()) {
                board = wardList.onWard(Ids.of("ward", ward));
            }
        }
    }

    /** The ward chosen in the list: its page, so the address names it (and a refresh or a bookmark shows it again). */
    public String show() {
        return "/discharge/episodes/ward.xhtml?faces-redirect=true&ward=" + (ward == null ? "" : ward);
    }

    public List<Ward> getWards() { return wards; }
    public WardList.WardBoard getBoard() { return board; }
    public String getWard() { return ward; }
    public void setWard(String v) { ward = v; }
}
