package org.openepr.platform.offboarding;

/** One table of an erasure: its rows of the trust before, erased so far (the checkpoint), and after once done. */
public record ErasedTable(int position, String table, long rowsBefore, long rowsErased, Long rowsAfter, boolean done) {

    public int percent() {
        return rowsBefore == 0 ? 100 : (int) Math.min(100, rowsErased * 100 / rowsBefore);
    }
}
