package org.openepr.platform.export;

import java.util.List;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * A module's part of the whole-trust export: every resource it holds for the current trust, as FHIR R4, one type at a
 * time, in pages ordered by a key (keyset paging: a page starts after the last key written, so memory stays bounded
 * and a resumed export continues exactly where its checkpoint stands). Each module contributes its part as an
 * {@code @ApplicationScoped} bean; the platform finds them all (as it finds {@code FhirCapability} beans) and names no
 * module. Calls run as the trust's background worker ({@link org.openepr.platform.security.BackgroundWork}), so the
 * use cases behind a part open their access to {@code Roles.BACKGROUND} and row-level security applies.
 */
public interface ExportPart {

    /** The module whose data this is, as trusts list it: a trust that has not taken it exports nothing of it. */
    String module();

    /** The resource types this part writes, one NDJSON file each, in this order. */
    List<String> resourceTypes();

    /**
     * Whether the type's resources are the trust's records (true), which make a trust "not empty" for an import, or what
     * a trust has from its first day and an import merges into (false): its audit trail, settings, logo, staff directory.
     */
    default boolean holdsRecords(String resourceType) {
        return true;
    }

    /** How many resources of the type there are now (the progress bar's scale; the file has what the pages give). */
    long count(String resourceType);

    /**
     * Up to {@code size} resources of the type whose key comes after {@code afterKey} ({@code null}: from the first),
     * in key order. References inside them use the ids the API uses ({@code Patient/<id>}).
     */
    List<Exported> page(String resourceType, String afterKey, int size);

    /** One resource and the key it was read by. */
    record Exported(String key, IBaseResource resource) {
    }
}
