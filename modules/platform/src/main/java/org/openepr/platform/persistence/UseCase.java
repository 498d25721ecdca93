package org.openepr.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Stereotype;
import jakarta.transaction.Transactional;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One user action: one transaction, its access checked and bound to the current trust
 * ({@link UseCaseInterceptor}). Every application service carries this and an
 * {@link org.openepr.platform.security.Access} saying who may run it, so a user action is allowed or refused
 * the same way from every screen and the API, and saved whole or not at all.
 */
@Stereotype
@ApplicationScoped
@Transactional
@TrustBound
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface UseCase {
}
