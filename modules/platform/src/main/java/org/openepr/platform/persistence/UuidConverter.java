package org.openepr.platform.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.UUID;

/**
 * For UUID columns that may be null: EclipseLink 4.0's own UUID handling fails on a null value.
 * (Identifiers never are null and keep EclipseLink's handling; converters do not apply to ids.)
 */
@Converter
public class UuidConverter implements AttributeConverter<UUID, Object> {

    @Override
    public Object convertToDatabaseColumn(UUID uuid) {
        return uuid == null ? null : uuid.toString(); // the driver sends it untyped; PostgreSQL casts it to uuid
    }

    @Override
    public UUID convertToEntityAttribute(Object value) {
        return value == null ? null : value instanceof UUID uuid ? uuid : UUID.fromString(value.toString());
    }
}
