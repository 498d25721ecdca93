package org.openepr.planted.application;

import org.openepr.platform.persistence.UseCase;

/** Planted: a use case that never says who may run it. */
@UseCase
public class UnguardedUseCase {
    public void run() {
    }
}
