package org.openepr.discharge.interfaces.fhir;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Meta;
import org.hl7.fhir.r4.model.StringType;

/**
 * The module's own record carried beside its FHIR in the whole-trust export, for the import: what FHIR loses (who
 * recorded a stay, a draft's text under a signed version, an outbox row's attempts) as one JSON object in an extension
 * ({@value #URL}, valueString). Only the export carries it, never the API. Each part is one of the domain's
 * {@code Imported} records, written field by field under its components' names (uuids, instants and dates as text,
 * enums by name), so the import rebuilds exactly what was exported.
 */
public final class DischargeRecord {

    public static final String URL = "https://openepr.org/fhir/StructureDefinition/discharge-record";

    private DischargeRecord() {
    }

    public static void attach(DomainResource resource, JsonObject record) {
        resource.addExtension(new Extension(URL, new StringType(record.toString())));
    }

    /** On a Bundle, which has no extensions of its own: in its meta. */
    public static void attach(Meta meta, JsonObject record) {
        meta.addExtension(new Extension(URL, new StringType(record.toString())));
    }

    public static JsonObject of(DomainResource resource) {
        return read(resource.getExtensionByUrl(URL), resource.fhirType());
    }

    public static JsonObject of(Meta meta, String type) {
        return read(meta.getExtensionByUrl(URL), type);
    }

    private static JsonObject read(Extension x, String type) {
        if (x == null || !(x.getValue() instanceof StringType s)) {
            throw new IllegalArgumentException("This " + type + " has no " + URL + ": it was not exported by this system");
        }
        return Json.createReader(new StringReader(s.getValue())).readObject();
    }

    /** One record, field by field. */
    public static JsonObject write(Record r) {
        JsonObjectBuilder o = Json.createObjectBuilder();
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            Object v;
            try {
                var accessor = c.getAccessor();
                accessor.setAccessible(true); // a record of this module's own, possibly not public
                v = accessor.invoke(r);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            if (v == null) {
                o.addNull(c.getName());
            } else if (v instanceof Integer i) {
                o.add(c.getName(), i);
            } else if (v instanceof Boolean b) {
                o.add(c.getName(), b);
            } else if (v instanceof Enum<?> e) {
                o.add(c.getName(), e.name());
            } else if (v instanceof String || v instanceof UUID || v instanceof Instant || v instanceof LocalDate) {
                o.add(c.getName(), v.toString());
            } else {
                throw new IllegalArgumentException("No JSON for " + c.getName() + " of " + r.getClass().getSimpleName());
            }
        }
        return o.build();
    }

    public static JsonArray writeAll(List<? extends Record> records) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        records.forEach(r -> a.add(write(r)));
        return a.build();
    }

    /** The record back from its JSON: every component must be there (null where it was null). */
    public static <R extends Record> R read(Class<R> type, JsonObject o) {
        RecordComponent[] parts = type.getRecordComponents();
        Object[] values = new Object[parts.length];
        for (int i = 0; i < parts.length; i++) {
            values[i] = value(parts[i].getType(), parts[i].getName(), o, type);
        }
        try {
            Constructor<R> canonical = type.getDeclaredConstructor(Arrays.stream(parts).map(RecordComponent::getType).toArray(Class<?>[]::new));
            canonical.setAccessible(true);
            return canonical.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    public static <R extends Record> List<R> readAll(Class<R> type, JsonArray a) {
        return a.stream().map(v -> read(type, v.asJsonObject())).toList();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object value(Class<?> t, String name, JsonObject o, Class<?> record) {
        if (!o.containsKey(name)) {
            throw new IllegalArgumentException(record.getSimpleName() + " has no " + name);
        }
        JsonValue v = o.get(name);
        if (v.getValueType() == JsonValue.ValueType.NULL) {
            if (t.isPrimitive()) {
                throw new IllegalArgumentException(record.getSimpleName() + "." + name + " cannot be null");
            }
            return null;
        }
        if (t == int.class || t == Integer.class) {
            return o.getInt(name);
        }
        if (t == boolean.class || t == Boolean.class) {
            return o.getBoolean(name);
        }
        String s = o.getString(name);
        if (t == String.class) {
            return s;
        }
        if (t == UUID.class) {
            return UUID.fromString(s);
        }
        if (t == Instant.class) {
            return Instant.parse(s);
        }
        if (t == LocalDate.class) {
            return LocalDate.parse(s);
        }
        if (t.isEnum()) {
            return Enum.valueOf((Class<Enum>) t, s);
        }
        throw new IllegalArgumentException("No JSON for " + name + " of " + record.getSimpleName());
    }
}
