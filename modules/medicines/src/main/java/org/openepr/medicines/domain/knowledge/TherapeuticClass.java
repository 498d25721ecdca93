package org.openepr.medicines.domain.knowledge;

/** A group of substances that act alike (SSRI, NSAID...), with its BNF-like section. */
public record TherapeuticClass(String code, String name, String bnfSection) {
}
