package org.openepr.caserecord.domain.problems;

/**
 * A SNOMED CT concept id: 6 to 18 digits, the last a Verhoeff check digit over the rest, the two before it the
 * partition (00 for a concept of the international release, 10 for a concept of an extension).
 */
public final class SnomedId {

    // Verhoeff's dihedral group D5 multiplication table
    private static final int[][] D = {
            {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 2, 3, 4, 0, 6, 7, 8, 9, 5}, {2, 3, 4, 0, 1, 7, 8, 9, 5, 6},
            {3, 4, 0, 1, 2, 8, 9, 5, 6, 7}, {4, 0, 1, 2, 3, 9, 5, 6, 7, 8}, {5, 9, 8, 7, 6, 0, 4, 3, 2, 1},
            {6, 5, 9, 8, 7, 1, 0, 4, 3, 2}, {7, 6, 5, 9, 8, 2, 1, 0, 4, 3}, {8, 7, 6, 5, 9, 3, 2, 1, 0, 4},
            {9, 8, 7, 6, 5, 4, 3, 2, 1, 0}};
    // the position permutations: row 1 given, row i = row 1 applied i times (computed, so no row can be mistyped)
    private static final int[][] P = new int[8][10];

    static {
        int[] first = {1, 5, 7, 6, 2, 8, 3, 0, 9, 4};
        for (int j = 0; j < 10; j++) {
            P[0][j] = j;
            P[1][j] = first[j];
        }
        for (int i = 2; i < 8; i++) {
            for (int j = 0; j < 10; j++) {
                P[i][j] = P[i - 1][first[j]];
            }
        }
    }

    private SnomedId() {
    }

    /** Does the whole id, check digit included, pass Verhoeff's check? */
    public static boolean passesCheckDigit(String id) {
        if (id == null || !id.matches("\\d+")) {
            return false;
        }
        int c = 0;
        for (int i = 0; i < id.length(); i++) {
            int digit = id.charAt(id.length() - 1 - i) - '0';
            c = D[c][P[i % 8][digit]];
        }
        return c == 0;
    }

    /** A concept id as SNOMED CT defines one: length, no leading zero, concept partition, check digit. */
    public static boolean isConceptId(String id) {
        if (id == null || !id.matches("[1-9]\\d{5,17}")) {
            return false;
        }
        String partition = id.substring(id.length() - 3, id.length() - 1);
        return ("00".equals(partition) || "10".equals(partition)) && passesCheckDigit(id);
    }
}
