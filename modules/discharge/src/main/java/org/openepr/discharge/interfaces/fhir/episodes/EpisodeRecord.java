package org.openepr.discharge.interfaces.fhir.episodes;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openepr.discharge.application.episodes.EpisodeView;
import org.openepr.discharge.domain.episodes.EpisodeOfCare;
import org.openepr.discharge.domain.episodes.LeaveOfAbsence;
import org.openepr.discharge.domain.episodes.Ward;
import org.openepr.discharge.domain.episodes.WardStay;
import org.openepr.discharge.interfaces.fhir.DischargeRecord;

/**
 * An episode as the module keeps it, in the export's EpisodeOfCare: the episode, its ward stays and leave (oldest
 * first) and the wards they name (as the trust's admin has them now: name, closed). Wards have no resource of their own
 * in the export; an import sets up the wards its episodes name.
 */
final class EpisodeRecord {

    /** A ward named by an episode. */
    public record WardOfExport(UUID id, String name, boolean closed) {
    }

    /** What an import reads back. */
    record Read(EpisodeOfCare.Imported episode, List<WardStay.Imported> stays, List<LeaveOfAbsence.Imported> leave, List<WardOfExport> wards) {
    }

    private EpisodeRecord() {
    }

    static JsonObject of(EpisodeView v, Map<UUID, Ward> wards) {
        Map<UUID, WardOfExport> named = new LinkedHashMap<>();
        EpisodeOfCare e = v.episode();
        if (e.wardId() != null) {
            named.put(e.wardId(), ward(e.wardId(), e.wardName(), wards));
        }
        v.stays().forEach(s -> named.putIfAbsent(s.wardId(), ward(s.wardId(), s.wardName(), wards)));
        return Json.createObjectBuilder()
                .add("episode", DischargeRecord.write(e.toImported()))
                .add("stays", DischargeRecord.writeAll(v.stays().stream().map(WardStay::toImported).toList()))
                .add("leave", DischargeRecord.writeAll(v.leave().stream().map(LeaveOfAbsence::toImported).toList()))
                .add("wards", DischargeRecord.writeAll(List.copyOf(named.values())))
                .build();
    }

    static Read read(JsonObject o) {
        return new Read(DischargeRecord.read(EpisodeOfCare.Imported.class, o.getJsonObject("episode")),
                DischargeRecord.readAll(WardStay.Imported.class, o.getJsonArray("stays")),
                DischargeRecord.readAll(LeaveOfAbsence.Imported.class, o.getJsonArray("leave")),
                DischargeRecord.readAll(WardOfExport.class, o.getJsonArray("wards")));
    }

    /** The ward as it is now; as the stay named it if it is gone (it never is: wards are closed, not deleted). */
    private static WardOfExport ward(UUID id, String nameThen, Map<UUID, Ward> wards) {
        Ward w = wards.get(id);
        return w == null ? new WardOfExport(id, nameThen, false) : new WardOfExport(id, w.name(), w.isClosed());
    }
}
