package org.openepr.clinics.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.openepr.platform.persistence.TrustOwned;

/** An outpatient clinic of the trust: a service (Memory Service, CAMHS, Podiatry) at a location, with its clinicians. */
@Entity
@Table(name = "clinic")
public class Clinic extends TrustOwned {

    @Id
    private UUID id;

    private String name;

    private String service;

    private String location;

    /** Display names of the clinicians who run it, comma-separated. */
    private String clinicians;

    @Version
    private int version;

    protected Clinic() {
    }

    public Clinic(UUID id, String name, String service, String location, List<String> clinicians) {
        this.id = id;
        this.name = name;
        this.service = service;
        this.location = location;
        this.clinicians = String.join(", ", clinicians);
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String service() {
        return service;
    }

    public String location() {
        return location;
    }

    public List<String> clinicians() {
        return clinicians == null || clinicians.isBlank() ? List.of() : Arrays.stream(clinicians.split(",")).map(String::strip).toList();
    }

    public boolean hasClinician(String name) {
        return clinicians().contains(name);
    }
}
