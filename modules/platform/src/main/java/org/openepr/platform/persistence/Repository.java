package org.openepr.platform.persistence;

/**
 * Marks a repository (the interface beside its aggregate in a module's domain). Only use cases may use one: they
 * open the transaction, bind the trust and audit; the architecture tests hold every other class to that.
 */
public interface Repository {
}
