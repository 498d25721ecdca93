package org.openepr.platform;

/**
 * Fired once at start, after the schema is up to date and the trusts are onboarded: a module that must prepare
 * something of its own (e.g. load the data it ships) observes this rather than the container's start, which may
 * come before the tables exist.
 */
public record PlatformReady() {
}
