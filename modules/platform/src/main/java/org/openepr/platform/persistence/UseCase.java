package org.openepr.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Stereotype;
import jakarta.transaction.Transactional;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One clinical action: one transaction, bound to the current trust. Every application service of a
 * clinical module carries this, so a user action is saved whole or not at all.
 */
@Stereotype
@ApplicationScoped
@Transactional
@TrustBound
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface UseCase {
}
