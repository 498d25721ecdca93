package org.openepr.discharge;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.openepr.platform.modules.ModuleDescriptor;

/** Discharge as the product shows it: pages, API resources, menu entries, tiles and patient panels. */
@ApplicationScoped
public class DischargeModule implements ModuleDescriptor {

    public static final String NAME = "discharge";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String title() {
        return "discharge";
    }

    @Override
    public List<String> pagePaths() {
        return List.of("/discharge/");
    }

    @Override
    public List<String> fhirTypes() {
        return List.of(
                // episodes of care and discharge summaries
                // sending and tracking
        );
    }
}
