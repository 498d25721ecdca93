package org.openepr.medicines.application;

import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openepr.medicines.MedicinesModule;
import org.openepr.medicines.domain.allergies.AllergyEntry;
import org.openepr.medicines.domain.formulary.Formulary;
import org.openepr.medicines.domain.formulary.FormularyEntry;
import org.openepr.medicines.domain.orders.MedicationOrder;
import org.openepr.medicines.domain.orders.OrderQuery;
import org.openepr.medicines.domain.orders.OrderRepository;
import org.openepr.medicines.domain.orders.OrderVersion;
import org.openepr.platform.export.RecordPages;
import org.openepr.platform.persistence.ReadsOnly;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;

/**
 * Orders (with their current version, or their whole history) and allergy entries in id order, and the formulary by
 * product id, for the whole-trust export (background worker only).
 */
@UseCase
@ReadsOnly
@Access(module = MedicinesModule.NAME, roles = Roles.BACKGROUND)
public class MedicinesForExport {

    @Inject
    RecordPages pages;

    @Inject
    OrderRepository orders;

    @Inject
    Formulary formulary;

    public List<OrderView> ordersAfter(String key, int size) {
        List<MedicationOrder> page = pages.after(MedicationOrder.class, key, size);
        if (page.isEmpty()) {
            return List.of();
        }
        Map<UUID, OrderVersion> current = orders.currentVersions(page).stream()
                .collect(Collectors.toMap(OrderVersion::orderId, Function.identity()));
        return page.stream().map(o -> OrderView.of(o, current.get(o.id()))).toList();
    }

    /** An order whole: as the API shows it, every version oldest first, and every pharmacy query oldest first. */
    public record OrderRecord(OrderView order, List<OrderVersion> versions, List<OrderQuery> queries) {
    }

    /** A page of orders with their histories: three queries a page, whatever the number of versions. */
    public List<OrderRecord> orderRecordsAfter(String key, int size) {
        List<MedicationOrder> page = pages.after(MedicationOrder.class, key, size);
        if (page.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = page.stream().map(MedicationOrder::id).toList();
        Map<UUID, List<OrderVersion>> versions = orders.versionsOf(ids);
        Map<UUID, List<OrderQuery>> queries = orders.queriesOf(ids);
        return page.stream().map(o -> {
            List<OrderVersion> oldestFirst = versions.get(o.id()).stream().sorted(Comparator.comparingInt(OrderVersion::number)).toList();
            OrderVersion current = oldestFirst.stream().filter(v -> v.number() == o.currentVersion()).findFirst().orElseThrow();
            return new OrderRecord(OrderView.of(o, current), oldestFirst, List.copyOf(queries.get(o.id())));
        }).toList();
    }

    public List<AllergyEntry> allergiesAfter(String key, int size) {
        return pages.after(AllergyEntry.class, key, size);
    }

    /** The trust's formulary, withdrawn entries included, by product id (its key). */
    public List<FormularyEntry> formularyAfter(String productId, int size) {
        return formulary.after(productId, size);
    }

    public long formularyCount() {
        return formulary.count();
    }

    public long count(Class<?> entity) {
        return pages.count(entity);
    }
}
