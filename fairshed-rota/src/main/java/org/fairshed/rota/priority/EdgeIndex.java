package org.fairshed.rota.priority;

/**
 * Per half-hour (from the first one not frozen), the groups off there at an edge of their outage: the first or last
 * half-hour of it today (an outage running on from the day before has its first edge where today's cells begin only
 * if the day before ended on). Giving up such a half-hour shortens the outage and never splits it.
 */
final class EdgeIndex {

    private final boolean[][] off;
    private final boolean[] tailEndsOff;
    private final int from;
    private final int[][] members;
    private final int[] count;
    /** [group][half-hour] the group's place in {@code members[h]}, or −1. */
    private final int[][] place;

    EdgeIndex(boolean[][] off, boolean[] tailEndsOff, int from) {
        this.off = off;
        this.tailEndsOff = tailEndsOff;
        this.from = from;
        int groups = off.length;
        int halfHours = groups == 0 ? 0 : off[0].length;
        this.members = new int[halfHours][groups];
        this.count = new int[halfHours];
        this.place = new int[groups][halfHours];
        for (int g = 0; g < groups; g++) {
            java.util.Arrays.fill(place[g], -1);
            rebuild(g);
        }
    }

    /** True when group g is off in half-hour h at an edge of its outage. */
    boolean isEdge(int g, int h) {
        boolean[] row = off[g];
        if (!row[h]) {
            return false;
        }
        boolean left = h == 0 ? tailEndsOff[g] : row[h - 1];
        boolean right = h + 1 < row.length && row[h + 1];
        return !left || !right;
    }

    /** Brings group g's entries up to date with its cells. */
    void rebuild(int g) {
        for (int h = from; h < count.length; h++) {
            boolean edge = isEdge(g, h);
            if (edge && place[g][h] < 0) {
                place[g][h] = count[h];
                members[h][count[h]++] = g;
            } else if (!edge && place[g][h] >= 0) {
                int i = place[g][h];
                int last = members[h][--count[h]];
                members[h][i] = last;
                place[last][h] = i;
                place[g][h] = -1;
            }
        }
    }

    /** The groups at an edge in half-hour h: the first {@link #count(int)} entries. */
    int[] at(int h) {
        return members[h];
    }

    int count(int h) {
        return count[h];
    }
}
