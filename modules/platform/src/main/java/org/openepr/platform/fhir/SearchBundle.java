package org.openepr.platform.fhir;

import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.function.Function;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;

/**
 * A searchset Bundle: total, self link, next and previous links for a page, and an entry with a full URL per
 * resource. Every module's search answers through this.
 */
public final class SearchBundle {

    private SearchBundle() {
    }

    /** All matches in one Bundle (the search itself is bounded). */
    public static <T> Bundle of(UriInfo uri, String type, List<T> found, Function<T, Resource> toFhir) {
        return page(uri, type, found, found.size(), null, toFhir);
    }

    /** One page of matches out of {@code total}, with links to the next and previous pages. */
    public static <T> Bundle page(UriInfo uri, String type, List<T> items, long total, SearchParams.Paging paging,
                                  Function<T, Resource> toFhir) {
        Bundle bundle = new Bundle().setType(Bundle.BundleType.SEARCHSET).setTotal((int) Math.min(total, Integer.MAX_VALUE));
        bundle.addLink().setRelation("self").setUrl(uri.getRequestUri().toString());
        if (paging != null) {
            if (paging.offset() + items.size() < total) {
                bundle.addLink().setRelation("next").setUrl(uri.getRequestUriBuilder()
                        .replaceQueryParam("_offset", paging.offset() + paging.count()).build().toString());
            }
            if (paging.offset() > 0) {
                bundle.addLink().setRelation("previous").setUrl(uri.getRequestUriBuilder()
                        .replaceQueryParam("_offset", Math.max(0, paging.offset() - paging.count())).build().toString());
            }
        }
        for (T item : items) {
            Resource resource = toFhir.apply(item);
            bundle.addEntry().setFullUrl(uri.getBaseUri() + type + "/" + resource.getIdElement().getIdPart()).setResource(resource)
                    .getSearch().setMode(Bundle.SearchEntryMode.MATCH);
        }
        return bundle;
    }
}
