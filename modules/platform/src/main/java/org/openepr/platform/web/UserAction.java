package org.openepr.platform.web;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A screen's action (a button): whatever it throws is shown on the page where it happened, beside the field at
 * fault or at the top, and the user stays on the page; nothing reaches an error page ({@link UserActionInterceptor}).
 * Put it on the Faces bean class (every action method) or on single methods.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface UserAction {
}
