package org.openepr.platform.releases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openepr.platform.errors.InvalidInputException;

class ReleaseCatalogueTest {

    static final Feature REASON = new Feature("clinics.booking-reason-on-clinic-list", "Reason on the clinic list", "The list shows why");
    static final Feature AGE = new Feature("patient-index.age-in-results", "Age in search results", "Results show the age");

    static ReleaseCatalogue catalogue(String text) {
        return ReleaseCatalogue.parse(new StringReader(text));
    }

    @Test
    void theShippedReleasesAreInOrderAndTheFirstAddsNothing() {
        ReleaseCatalogue shipped = ReleaseCatalogue.shipped();
        assertEquals(List.of("2026.1 stable", "2026.2 early"), shipped.inOrder().stream().map(Release::label).toList());
        assertTrue(shipped.inOrder().get(0).features().isEmpty(), "trusts from before release channels behave as the first release");
        assertTrue(shipped.inOrder().get(1).has(REASON));
        assertEquals("2026.1", shipped.shippedDefault().name(), "new trusts start on the newest stable release");
    }

    @Test
    void aReleaseNamesEveryFeatureItHasAndTheNextOneFollowsInOrder() {
        ReleaseCatalogue c = catalogue("""
                # comment
                2026.1 stable =
                2026.2 early = clinics.booking-reason-on-clinic-list
                2026.3 stable = clinics.booking-reason-on-clinic-list, patient-index.age-in-results
                """);
        Release first = c.require("release", "2026.1");
        assertEquals("2026.2", c.after(first).orElseThrow().name());
        assertTrue(c.after(c.require("release", "2026.3")).isEmpty(), "nothing after the newest");
        assertEquals("2026.3", c.shippedDefault().name());
        assertEquals(Set.of(), c.undeclared(List.of(REASON, AGE)));
        assertEquals(Set.of("patient-index.age-in-results"), c.undeclared(List.of(REASON)));
    }

    @Test
    void whatTheNextReleaseChangesIsInTheFeaturesWords() {
        ReleaseCatalogue c = catalogue("2026.1 stable = patient-index.age-in-results\n2026.2 early = clinics.booking-reason-on-clinic-list\n");
        var changes = ReleaseCatalogue.changes(c.inOrder().get(0), c.inOrder().get(1), Map.of(REASON.key(), REASON, AGE.key(), AGE));
        assertEquals(List.of(new ReleaseChange(REASON, ReleaseChange.Kind.ADDED), new ReleaseChange(AGE, ReleaseChange.Kind.WITHDRAWN)), changes);
        assertEquals("New", changes.get(0).kind().label());
    }

    @Test
    void anUnknownReleaseIsRefusedNamingTheFieldAndTheReleasesThereAre() {
        var e = assertThrows(InvalidInputException.class, () -> ReleaseCatalogue.shipped().require("defaultRelease", "2019.1"));
        assertEquals("defaultRelease", e.problems().get(0).field());
        assertTrue(e.problems().get(0).message().contains("2026.1 stable, 2026.2 early"), e.getMessage());
    }

    @Test
    void aBadCatalogueIsRefusedAtStart() {
        assertThrows(IllegalStateException.class, () -> catalogue("2026.1 beta =\n"));
        assertThrows(IllegalStateException.class, () -> catalogue("2026.1 stable =\n2026.1 early =\n"));
        assertThrows(IllegalStateException.class, () -> catalogue("2026.1 early =\n"), "no stable release to default to");
        assertThrows(IllegalStateException.class, () -> catalogue("release one\n"));
        assertThrows(IllegalArgumentException.class, () -> new Feature("Clinics.Reason", "t", "w"));
    }
}
