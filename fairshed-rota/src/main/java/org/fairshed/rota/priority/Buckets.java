package org.fairshed.rota.priority;

/**
 * The groups that may start a block in one half-hour, by how many half-hours they still need (capped at max-off), each
 * bucket in published order: {@link #pickFor} takes the one that best fits a room under the quota curve.
 */
final class Buckets {

    private final int[][] members;
    private final int[] head;
    private final int[] size;
    private int remaining;

    Buckets(int groups, int maxOff) {
        members = new int[maxOff + 1][groups];
        head = new int[maxOff + 1];
        size = new int[maxOff + 1];
    }

    void clear() {
        java.util.Arrays.fill(head, 0);
        java.util.Arrays.fill(size, 0);
        remaining = 0;
    }

    void add(int g, int need) {
        int b = Math.min(need, members.length - 1);
        members[b][size[b]++] = g;
        remaining++;
    }

    boolean isEmpty() {
        return remaining == 0;
    }

    /**
     * Removes and returns the group for a block of at most {@code room} half-hours: from the fullest bucket the room
     * completes, else the smallest need beyond it; within the bucket the first in published order, or, when
     * {@code shortfall} units are all the quota still needs, the smallest load that covers them.
     */
    int pickFor(int room, long shortfall, long[][] load, int h) {
        int b = -1;
        for (int k = Math.min(room, members.length - 1); k >= 1 && b < 0; k--) {
            b = head[k] < size[k] ? k : -1;
        }
        for (int k = room + 1; k < members.length && b < 0; k++) {
            b = head[k] < size[k] ? k : -1;
        }
        int[] m = members[b];
        int best = head[b];
        if (load[m[best]][h] >= shortfall) {
            // the first would finish the cover: the smallest load in the bucket that still does over-sheds least
            for (int i = head[b] + 1; i < size[b]; i++) {
                long l = load[m[i]][h];
                if (l >= shortfall && l < load[m[best]][h]) {
                    best = i;
                }
            }
        }
        int g = m[best];
        m[best] = m[head[b]];
        m[head[b]] = g;
        head[b]++;
        remaining--;
        return g;
    }
}
