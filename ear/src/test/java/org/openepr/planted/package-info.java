/**
 * Deliberate violations of the architecture rules, one per rule, so PlantedViolationsTest can show each rule
 * rejects what it is meant to. Compiled with the tests only; never part of the application.
 */
package org.openepr.planted;
