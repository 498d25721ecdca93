package org.openepr.medicines;

import jakarta.enterprise.context.ApplicationScoped;

/** Medicines and pharmacy verification as the product shows it: pages, API resources, menu entries, tiles and patient panels. */
@ApplicationScoped
public class MedicinesModule implements org.openepr.platform.modules.ModuleDescriptor {

    public static final String NAME = "medicines";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String title() {
        return "medicines and pharmacy verification";
    }
}
