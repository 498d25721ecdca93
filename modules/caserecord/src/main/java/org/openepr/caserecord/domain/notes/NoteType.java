package org.openepr.caserecord.domain.notes;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.List;
import java.util.UUID;
import org.openepr.platform.persistence.TrustOwned;

/** A kind of note a trust writes. Retired rather than deleted, so every note keeps its type's name. */
@Entity
@Table(name = "note_type")
public class NoteType extends TrustOwned {

    public static final String NAME_UNIQUE = "note_type_name_unique";
    public static final int NAME_MAX = 80;

    /** What a trust starts with until its admin says otherwise. */
    public static final List<String> DEFAULTS = List.of("Progress note", "Assessment", "Letter");

    @Id
    private UUID id;

    private String name;

    private int position;

    private boolean retired;

    @Version
    private int version;

    protected NoteType() {
    }

    public NoteType(String name, int position) {
        this.id = UUID.randomUUID();
        this.name = name;
        this.position = position;
    }

    /** A type another instance's export named, keeping its id there (the whole-trust import). */
    public static NoteType imported(UUID id, String name, int position) {
        return imported(id, name, position, false);
    }

    /** A type as another instance's export holds it: its id there, name, place in the order, retired or not. */
    public static NoteType imported(UUID id, String name, int position, boolean retired) {
        NoteType type = new NoteType(name, position);
        type.id = id;
        type.retired = retired;
        return type;
    }

    /** A type the import made (from a note naming it) put in its place and state once the export's list of types says. */
    public void placeAsExported(int newPosition, boolean nowRetired) {
        position = newPosition;
        retired = nowRetired;
    }

    public void rename(String newName) {
        name = newName;
    }

    public void retire() {
        retired = true;
    }

    public void reinstate() {
        retired = false;
    }

    public UUID id() { return id; }
    public String name() { return name; }
    public int position() { return position; }
    public boolean isRetired() { return retired; }
    public int version() { return version; }
}
