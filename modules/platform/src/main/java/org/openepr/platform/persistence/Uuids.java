package org.openepr.platform.persistence;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * Ids for rows written in time order at a high rate (audit lines): the milliseconds first, then random bits, in
 * the layout of UUID version 7. New rows land at the end of the primary-key index instead of on a random page of it,
 * so each insert dirties one page and the write-ahead log carries fewer full-page images.
 */
public final class Uuids {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Uuids() {
    }

    public static UUID timeOrdered(long epochMillis) {
        long random = RANDOM.nextLong();
        long high = (epochMillis << 16) | 0x7000L | ((random >>> 52) & 0x0FFFL);
        long low = (random & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }
}
