package org.openepr.medicines.application;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openepr.medicines.MedicinesModule;
import org.openepr.medicines.domain.allergies.AllergyEntry;
import org.openepr.medicines.domain.orders.MedicationOrder;
import org.openepr.medicines.domain.orders.OrderRepository;
import org.openepr.medicines.domain.orders.OrderVersion;
import org.openepr.platform.export.RecordPages;
import org.openepr.platform.persistence.ReadsOnly;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;

/** Orders (with their current version) and allergy entries in id order, for the whole-trust export (background worker only). */
@UseCase
@ReadsOnly
@Access(module = MedicinesModule.NAME, roles = Roles.BACKGROUND)
public class MedicinesForExport {

    @Inject
    RecordPages pages;

    @Inject
    OrderRepository orders;

    public List<OrderView> ordersAfter(String key, int size) {
        List<MedicationOrder> page = pages.after(MedicationOrder.class, key, size);
        if (page.isEmpty()) {
            return List.of();
        }
        Map<UUID, OrderVersion> current = orders.currentVersions(page).stream()
                .collect(Collectors.toMap(OrderVersion::orderId, Function.identity()));
        return page.stream().map(o -> OrderView.of(o, current.get(o.id()))).toList();
    }

    public List<AllergyEntry> allergiesAfter(String key, int size) {
        return pages.after(AllergyEntry.class, key, size);
    }

    public long count(Class<?> entity) {
        return pages.count(entity);
    }
}
