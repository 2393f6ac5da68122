package org.fairshed.server.web.operator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fairshed.grid.model.Branch;
import org.fairshed.grid.model.Bus;
import org.fairshed.grid.model.Grid;

/**
 * The regions drawn from the network's bus coordinates: each region is the convex hull of its buses, filled by the
 * share of its load shed (with the share written on it, so it is read without colour); the branches between regions
 * are drawn thin, the marked ones thick on a white casing: the DC plan's binding branches solid blue, the AC check's
 * overloads red and dashed (a branch that is both shows both), each with its tooltip. A network without coordinates
 * has no map: the caller shows the regions' table alone and says why.
 */
final class GridMap {

    private static final int W = 720;
    private static final int H = 480;
    private static final int PAD = 16;
    /** A marked branch drawn shorter than this (px) also gets a ring: a line of a few pixels is not seen. */
    private static final double MIN_MARK_PX = 14;

    private final Grid grid;
    /** bus area (plan region) → store region code. */
    private final Map<Integer, String> regionOfArea;
    private final Map<Integer, double[]> xy = new HashMap<>();

    private GridMap(Grid grid, Map<Integer, String> regionOfArea) {
        this.grid = grid;
        this.regionOfArea = regionOfArea;
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (Bus b : grid.buses()) {
            minX = Math.min(minX, b.x());
            maxX = Math.max(maxX, b.x());
            minY = Math.min(minY, b.y());
            maxY = Math.max(maxY, b.y());
        }
        double scale = Math.min((W - 2 * PAD) / Math.max(1e-9, maxX - minX), (H - 2 * PAD) / Math.max(1e-9, maxY - minY));
        for (Bus b : grid.buses()) {
            xy.put(b.number(), new double[] {PAD + (b.x() - minX) * scale, H - PAD - (b.y() - minY) * scale});
        }
    }

    /** The map of {@code grid}, or null when a bus has no coordinates. */
    static GridMap of(Grid grid, Map<Integer, String> regionOfArea) {
        if (grid.buses().isEmpty() || grid.buses().stream().anyMatch(b -> Double.isNaN(b.x()) || Double.isNaN(b.y()))) {
            return null;
        }
        return new GridMap(grid, regionOfArea);
    }

    /** A branch drawn thick: binding in the DC plan or overloaded in the AC check, with its tooltip. */
    record Mark(int from, int to, boolean binding, String title) {
    }

    /**
     * @param share store region → share of its load shed (0..1); a region without a value is drawn grey
     * @param marks branches to draw thick (a branch that is not in the network is left out)
     * @param names store region → its name
     */
    String svg(Map<String, Double> share, List<Mark> marks, Map<String, String> names, DashText t) {
        StringBuilder s = new StringBuilder(64 * 1024);
        // a group, not an img: the regions inside are links (an img's children are presentational)
        s.append("<svg class=\"map\" viewBox=\"0 0 ").append(W).append(' ').append(H)
                .append("\" role=\"group\" aria-label=\"")
                .append(Charts.esc(t.t("map.label"))).append("\">");
        Map<String, List<double[]>> points = new HashMap<>();
        for (Bus b : grid.buses()) {
            String r = regionOfArea.get(b.area());
            if (r != null) {
                points.computeIfAbsent(r, k -> new ArrayList<>()).add(xy.get(b.number()));
            }
        }
        List<String> regions = new ArrayList<>(points.keySet());
        regions.sort(Comparator.naturalOrder());
        for (String r : regions) {
            List<double[]> hull = hull(points.get(r));
            Double v = share.get(r);
            if (v != null) {  // a region without a value is outside the operator's scope or unplanned: no link
                s.append("<a href=\"/operator/regions/").append(Charts.esc(r)).append("?lang=").append(t.lang().code())
                        .append("\" aria-label=\"").append(Charts.esc(names.getOrDefault(r, r) + ": "
                        + t.t("map.share", t.percent(v)))).append("\">");
            }
            s.append("<polygon class=\"region\" fill=\"").append(v == null ? "#cccccc" : colour(v))
                    .append("\" points=\"");
            hull.forEach(p -> s.append(Charts.f(p[0])).append(',').append(Charts.f(p[1])).append(' '));
            s.append("\"><title>").append(Charts.esc(names.getOrDefault(r, r) + ": " + (v == null ? "—"
                    : t.t("map.share", t.percent(v))))).append("</title></polygon>").append(v == null ? "" : "</a>");
        }
        for (Branch b : grid.branches()) {
            double[] p = xy.get(b.from());
            double[] q = xy.get(b.to());
            if (p != null && q != null && !java.util.Objects.equals(area(b.from()), area(b.to()))) {
                line(s, "branch", p, q, null);
            }
        }
        // casings first, then binding under overloads: a branch that is both shows the red dashes over the blue
        for (int pass = 0; pass < 3; pass++) {
            for (Mark m : marks) {
                double[] p = xy.get(m.from());
                double[] q = xy.get(m.to());
                if (p == null || q == null) {
                    continue;
                }
                boolean shortLine = Math.hypot(q[0] - p[0], q[1] - p[1]) < MIN_MARK_PX;
                if (pass == 0) {
                    line(s, "casing", p, q, null);
                } else if (m.binding() == (pass == 1)) {
                    String cls = m.binding() ? "binding" : "marked";
                    line(s, cls, p, q, m.title());
                    if (shortLine) {  // a few pixels long: a ring around it, so it is seen and can be hovered
                        s.append("<circle class=\"").append(cls).append(" ring\" cx=\"")
                                .append(Charts.f((p[0] + q[0]) / 2)).append("\" cy=\"").append(Charts.f((p[1] + q[1]) / 2))
                                .append("\" r=\"").append(m.binding() ? 7 : 10).append("\"><title>")
                                .append(Charts.esc(m.title())).append("</title></circle>");
                    }
                }
            }
        }
        for (String r : regions) {
            double[] c = centroid(points.get(r));
            Double v = share.get(r);
            // the region's short name above its share, so the map is read without hovering
            s.append("<text class=\"rlabel\" text-anchor=\"middle\" aria-hidden=\"true\"><tspan class=\"rname\" x=\"")
                    .append(Charts.f(c[0])).append("\" y=\"").append(Charts.f(c[1] - 6)).append("\">")
                    .append(Charts.esc(shortName(names.getOrDefault(r, r)))).append("</tspan><tspan x=\"")
                    .append(Charts.f(c[0])).append("\" y=\"").append(Charts.f(c[1] + 8)).append("\">")
                    .append(Charts.esc(v == null ? "—" : t.percent(v))).append("</tspan></text>");
        }
        return s.append("</svg>").toString();
    }

    private static void line(StringBuilder s, String cls, double[] p, double[] q, String title) {
        s.append("<line class=\"").append(cls).append("\" x1=\"").append(Charts.f(p[0])).append("\" y1=\"")
                .append(Charts.f(p[1])).append("\" x2=\"").append(Charts.f(q[0])).append("\" y2=\"")
                .append(Charts.f(q[1])).append('"');
        if (title == null) {
            s.append("/>");
        } else {
            s.append("><title>").append(Charts.esc(title)).append("</title></line>");
        }
    }

    /** The store region of a bus, null when the bus is unknown or in no store region. */
    String regionOf(int bus) {
        Integer a = area(bus);
        return a == null ? null : regionOfArea.get(a);
    }

    /**
     * "Львівська область" → "Львівська", "Kyiv Oblast (synthetic)" → "Kyiv": the word every reader knows the region by
     * (the full name is the region's tooltip and link label).
     */
    static String shortName(String name) {
        return name.replaceAll("\\s*\\([^)]*\\)$", "").replaceAll("(?iu)\\s+(область|oblast|region)$", "")
                .replaceAll("(?iu)^(місто|city of)\\s+", "");
    }

    private Integer area(int bus) {
        return grid.hasBus(bus) ? grid.bus(bus).area() : null;
    }

    /** Light yellow (nothing shed) to dark red (a third or more shed). */
    static String colour(double share) {
        double k = Math.max(0, Math.min(1, share / 0.33));
        int r = (int) Math.round(255 - k * (255 - 150));
        int g = (int) Math.round(244 - k * (244 - 20));
        int b = (int) Math.round(204 - k * (204 - 30));
        return String.format(java.util.Locale.ROOT, "#%02x%02x%02x", r, g, b);
    }

    private static double[] centroid(List<double[]> pts) {
        double x = 0;
        double y = 0;
        for (double[] p : pts) {
            x += p[0];
            y += p[1];
        }
        return new double[] {x / pts.size(), y / pts.size() + 4};
    }

    /** Andrew's monotone chain. */
    static List<double[]> hull(List<double[]> in) {
        List<double[]> pts = new ArrayList<>(in);
        pts.sort(Comparator.<double[]>comparingDouble(p -> p[0]).thenComparingDouble(p -> p[1]));
        if (pts.size() < 3) {
            return pts;
        }
        double[][] h = new double[2 * pts.size()][];
        int k = 0;
        for (double[] p : pts) {
            while (k >= 2 && cross(h[k - 2], h[k - 1], p) <= 0) {
                k--;
            }
            h[k++] = p;
        }
        for (int i = pts.size() - 2, t = k + 1; i >= 0; i--) {
            double[] p = pts.get(i);
            while (k >= t && cross(h[k - 2], h[k - 1], p) <= 0) {
                k--;
            }
            h[k++] = p;
        }
        return java.util.Arrays.asList(h).subList(0, k - 1);
    }

    private static double cross(double[] o, double[] a, double[] b) {
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
    }
}
