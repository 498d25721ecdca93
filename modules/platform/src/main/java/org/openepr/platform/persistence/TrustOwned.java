package org.openepr.platform.persistence;

import jakarta.persistence.MappedSuperclass;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * Base of every clinical entity: the first lock of trust isolation. EclipseLink adds
 * {@code trust = <current trust>} to every query and insert, taking the value from the
 * EntityManager property that {@link TrustBindingInterceptor} sets per transaction.
 * The trust column is part of the primary key so tables can later be distributed by trust.
 */
@MappedSuperclass
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "trust", contextProperty = TrustOwned.TRUST_PROPERTY, primaryKey = true, length = 6)
public abstract class TrustOwned {

    /** EntityManager property holding the current trust's ODS code. */
    public static final String TRUST_PROPERTY = "epr.trust";
}
