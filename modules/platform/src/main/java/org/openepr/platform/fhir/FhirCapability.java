package org.openepr.platform.fhir;

import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;

/** A module's part of the CapabilityStatement: the resource types it serves and how. */
public interface FhirCapability {
    CapabilityStatementRestResourceComponent resource();
}
