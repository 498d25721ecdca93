package org.openepr.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class PlatformSchema implements ModuleSchema {
    @Override
    public String name() {
        return "platform";
    }

    @Override
    public int order() {
        return 0;
    }
}
