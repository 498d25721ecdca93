package org.openepr.patients.domain;

import java.io.Serializable;

/** Who to tell first: a name, how they are related (as the patient says it: "Daughter"), and a number to call. */
public record NextOfKin(String name, String relationship, PhoneNumber phone) implements Serializable {
}
