package org.openepr.platform.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Who may run a use case: the module it belongs to (a trust that has not taken the module is refused) and the
 * roles allowed. On the use-case class; a method may narrow or widen the roles with its own {@code @Access}.
 * The use-case interceptor enforces it on every call, however the call was reached (a page, an included
 * page, the API, another module); screens ask {@link Permissions} the same question to decide what to show.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Access {

    /** The platform's own use cases (trust administration, hosting operations): every trust has them. */
    String PLATFORM = "platform";

    /** The module's name as trusts list it, e.g. "clinics". */
    String module();

    String[] roles();

    /**
     * False only for the hosting operator's actions on the instance (suspend a trust), which run outside any
     * trust and so can never reach a trust's clinical data.
     */
    boolean inTrust() default true;
}
