package org.openepr.medicines.domain.knowledge;

import java.util.List;
import java.util.Optional;

/**
 * A substance (VTM) and what screening needs of it: its classes (the first is its therapeutic class, used for
 * duplicate therapy; the others, such as QT_PROLONGING, only for interactions), whether it is high-risk, its
 * controlled drug schedule, and whether its therapeutic index is narrow (no dose margin above the ceiling).
 */
public record Substance(SubstanceId id, String name, List<String> classes, boolean highRisk, Optional<Integer> controlledDrugSchedule,
                        boolean narrowTherapeuticIndex) {

    public Substance {
        classes = List.copyOf(classes);
        if (classes.isEmpty()) {
            throw new IllegalArgumentException(name + " has no therapeutic class");
        }
    }

    public String therapeuticClass() {
        return classes.get(0);
    }

    public boolean isIn(String classCode) {
        return classes.contains(classCode);
    }
}
