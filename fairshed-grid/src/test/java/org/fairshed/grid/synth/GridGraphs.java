package org.fairshed.grid.synth;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.fairshed.grid.model.Branch;
import org.fairshed.grid.model.Grid;

/** Graph checks on a grid's in-service branches, for the synthetic-grid tests. */
final class GridGraphs {

    private final int n;
    private final int[] start;
    private final int[] neighbour;
    private final int[] edge;

    GridGraphs(Grid grid) {
        n = grid.buses().size();
        List<Branch> branches = grid.branches();
        start = new int[n + 1];
        for (Branch b : branches) {
            if (b.inService()) {
                start[grid.busIndex(b.from()) + 1]++;
                start[grid.busIndex(b.to()) + 1]++;
            }
        }
        for (int i = 0; i < n; i++) {
            start[i + 1] += start[i];
        }
        int[] fill = start.clone();
        neighbour = new int[start[n]];
        edge = new int[start[n]];
        for (int k = 0; k < branches.size(); k++) {
            Branch b = branches.get(k);
            if (b.inService()) {
                int f = grid.busIndex(b.from());
                int t = grid.busIndex(b.to());
                neighbour[fill[f]] = t;
                edge[fill[f]++] = k;
                neighbour[fill[t]] = f;
                edge[fill[t]++] = k;
            }
        }
    }

    /** Buses reachable from the first bus (breadth-first). */
    int reachableFromFirstBus() {
        boolean[] seen = new boolean[n];
        Deque<Integer> queue = new ArrayDeque<>();
        queue.add(0);
        seen[0] = true;
        int count = 1;
        while (!queue.isEmpty()) {
            int i = queue.poll();
            for (int e = start[i]; e < start[i + 1]; e++) {
                if (!seen[neighbour[e]]) {
                    seen[neighbour[e]] = true;
                    count++;
                    queue.add(neighbour[e]);
                }
            }
        }
        return count;
    }

    /** Number of bridges: branches whose single outage islands part of the grid (iterative Tarjan). */
    int bridgeCount() {
        int[] disc = new int[n];
        int[] low = new int[n];
        int[] parentEdge = new int[n];
        int[] cursor = new int[n];
        int[] stack = new int[n];
        int time = 0;
        int bridges = 0;
        for (int root = 0; root < n; root++) {
            if (disc[root] != 0) {
                continue;
            }
            int top = 0;
            stack[top++] = root;
            disc[root] = low[root] = ++time;
            parentEdge[root] = -1;
            cursor[root] = start[root];
            while (top > 0) {
                int v = stack[top - 1];
                if (cursor[v] < start[v + 1]) {
                    int e = cursor[v]++;
                    int w = neighbour[e];
                    if (edge[e] == parentEdge[v]) {
                        continue;
                    }
                    if (disc[w] == 0) {
                        disc[w] = low[w] = ++time;
                        parentEdge[w] = edge[e];
                        cursor[w] = start[w];
                        stack[top++] = w;
                    } else {
                        low[v] = Math.min(low[v], disc[w]);
                    }
                } else {
                    top--;
                    if (top > 0) {
                        int u = stack[top - 1];
                        low[u] = Math.min(low[u], low[v]);
                        if (low[v] > disc[u]) {
                            bridges++;
                        }
                    }
                }
            }
        }
        return bridges;
    }
}
