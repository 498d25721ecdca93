package org.openepr.medicines.domain.knowledge;

/** A medicinal product (dm+d VMP): local ids LVMP0001... in the shipped set, a dm+d id only where certain. */
public record ProductId(String value) {

    public ProductId {
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("Not a medicine id: " + value);
        }
    }

    public static boolean isWellFormed(String value) {
        return value != null && value.matches("LVMP\\d{4}|\\d{6,18}");
    }

    public boolean isLocal() {
        return value.startsWith("L");
    }

    @Override
    public String toString() {
        return value;
    }
}
