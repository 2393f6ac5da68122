package org.fairshed.server.web.operator;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Inline SVG drawn on the server (no script needed to read it): the deficit of a day per half-hour and the heat map
 * of groups × half-hours. Every text in them is escaped here; series are told apart by pattern and dash as well as
 * colour, and each SVG has a label for screen readers (the figures are also in a table next to it).
 */
final class Charts {

    private static final int W = 720;
    private static final int H = 240;
    private static final int LEFT = 52;
    private static final int BOTTOM = 26;
    /** Room above the plot for the unit, so it never sits on the top tick's value. */
    private static final int TOP = 24;

    private Charts() {
    }

    /** Load (line), available = load − shed (dashed line), shed (bars) and critical shed (hatched bars), in MW. */
    static String deficit(RegionDay d, DashText t) {
        double max = 1;
        for (int h = 0; h < RegionDay.HALF_HOURS; h++) {
            max = Math.max(max, Math.max(d.loadMw()[h], d.shedMw()[h]));
        }
        double top = niceCeiling(max);
        double plotW = W - LEFT - 8;
        double plotH = H - TOP - BOTTOM;
        double cell = plotW / RegionDay.HALF_HOURS;
        StringBuilder s = new StringBuilder(8192);
        int peakAt = 0;
        for (int h = 0; h < RegionDay.HALF_HOURS; h++) {
            peakAt = d.shedMw()[h] > d.shedMw()[peakAt] ? h : peakAt;
        }
        String label = t.t("chart.label", t.mw(d.shedMw()[peakAt]), time(peakAt), t.mw(max(d.criticalMw())),
                t.mw(max(d.loadMw())));
        s.append("<svg class=\"chart\" viewBox=\"0 0 ").append(W).append(' ').append(H)
                .append("\" role=\"img\" aria-label=\"").append(esc(label)).append("\">");
        s.append("<defs><pattern id=\"crit\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
                + "patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#7a0019\"/>"
                + "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#fff\" stroke-width=\"2\"/></pattern></defs>");
        for (int k = 0; k <= 4; k++) {
            double y = TOP + plotH - plotH * k / 4;
            s.append("<line class=\"grid\" x1=\"").append(LEFT).append("\" x2=\"").append(W - 8).append("\" y1=\"")
                    .append(f(y)).append("\" y2=\"").append(f(y)).append("\"/>");
            s.append("<text class=\"ax\" x=\"").append(LEFT - 4).append("\" y=\"").append(f(y + 4))
                    .append("\" text-anchor=\"end\">").append(esc(t.mw(top * k / 4))).append("</text>");
        }
        for (int h = 0; h <= RegionDay.HALF_HOURS; h += 6) {
            double x = LEFT + h * cell;
            s.append("<text class=\"ax\" x=\"").append(f(x)).append("\" y=\"").append(H - 8)
                    .append(h == 0 ? "\" text-anchor=\"start\">" : h == 48 ? "\" text-anchor=\"end\">"
                            : "\" text-anchor=\"middle\">").append(h == 48 ? "24:00" : time(h)).append("</text>");
        }
        for (int h = 0; h < RegionDay.HALF_HOURS; h++) {
            double x = LEFT + h * cell;
            bar(s, "shed", x, cell, d.shedMw()[h], top, plotH, null);
            bar(s, "critical", x, cell, d.criticalMw()[h], top, plotH, "url(#crit)");
        }
        line(s, "load", d.loadMw(), top, plotH, cell, null);
        double[] available = new double[RegionDay.HALF_HOURS];
        for (int h = 0; h < RegionDay.HALF_HOURS; h++) {
            available[h] = Math.max(0, d.loadMw()[h] - d.shedMw()[h]);
        }
        line(s, "available", available, top, plotH, cell, "6 4");
        s.append("<text class=\"ax unit\" x=\"").append(LEFT - 4).append("\" y=\"").append(TOP - 10)
                .append("\" text-anchor=\"end\">").append(esc(t.t("chart.mw"))).append("</text></svg>");
        return s.toString();
    }

    private static void bar(StringBuilder s, String cls, double x, double cell, double mw, double top, double plotH,
                            String fill) {
        if (mw <= 0) {
            return;
        }
        double hgt = plotH * Math.min(mw, top) / top;
        s.append("<rect class=\"").append(cls).append("\" x=\"").append(f(x + 0.5)).append("\" y=\"")
                .append(f(TOP + plotH - hgt)).append("\" width=\"").append(f(cell - 1)).append("\" height=\"")
                .append(f(hgt)).append('"');
        if (fill != null) {
            s.append(" fill=\"").append(fill).append('"');
        }
        s.append("/>");
    }

    private static void line(StringBuilder s, String cls, double[] v, double top, double plotH, double cell,
                             String dash) {
        s.append("<polyline class=\"").append(cls).append("\" fill=\"none\"");
        if (dash != null) {
            s.append(" stroke-dasharray=\"").append(dash).append('"');
        }
        s.append(" points=\"");
        for (int h = 0; h < v.length; h++) {
            double y = TOP + plotH - plotH * Math.min(v[h], top) / top;
            s.append(f(LEFT + h * cell)).append(',').append(f(y)).append(' ')
                    .append(f(LEFT + (h + 1) * cell)).append(',').append(f(y)).append(' ');
        }
        s.append("\"/>");
    }

    /**
     * Groups × half-hours: on (light), off (dark, hatched), possibly off (striped); a cell in {@code changed}
     * ({@code group + ":" + halfHour}) carries a ring and a dot, so a change is seen without colour too.
     */
    static String heat(RegionDay d, Set<String> changed, String title, DashText t) {
        int rows = d.groups().size();
        int cellW = 14;
        int cellH = 18;
        int left = 40;
        int width = left + cellW * RegionDay.HALF_HOURS + 4;
        int height = 20 + rows * cellH + 4;
        StringBuilder s = new StringBuilder(rows * RegionDay.HALF_HOURS * 90);
        s.append("<svg class=\"heat\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" role=\"img\" aria-label=\"").append(esc(title)).append("\">");
        s.append("<defs><pattern id=\"hx-off\" width=\"4\" height=\"4\" patternUnits=\"userSpaceOnUse\" "
                + "patternTransform=\"rotate(45)\"><rect width=\"4\" height=\"4\" fill=\"#1d2a3a\"/><line x1=\"0\" "
                + "y1=\"0\" x2=\"0\" y2=\"4\" stroke=\"#5a6b80\" stroke-width=\"1.5\"/></pattern>"
                + "<pattern id=\"hx-may\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
                + "patternTransform=\"rotate(-45)\"><rect width=\"6\" height=\"6\" fill=\"#f6d365\"/><line x1=\"0\" "
                + "y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#a66b00\" stroke-width=\"2\"/></pattern></defs>");
        for (int h = 0; h < RegionDay.HALF_HOURS; h += 6) {
            s.append("<text class=\"ax\" x=\"").append(left + h * cellW).append("\" y=\"12\">").append(time(h))
                    .append("</text>");
        }
        int row = 0;
        for (Map.Entry<String, int[]> g : d.groups().entrySet()) {
            int y = 20 + row * cellH;
            s.append("<text class=\"ax\" x=\"2\" y=\"").append(y + 13).append("\">").append(esc(g.getKey()))
                    .append("</text>");
            for (int h = 0; h < RegionDay.HALF_HOURS; h++) {
                int state = g.getValue()[h];
                String fill = state == RegionDay.OFF ? "url(#hx-off)" : state == RegionDay.MAYBE ? "url(#hx-may)"
                        : "#d9f2d0";
                boolean ch = changed.contains(g.getKey() + ":" + h);
                int x = left + h * cellW;
                s.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(cellW - 1)
                        .append("\" height=\"").append(cellH - 1).append("\" fill=\"").append(fill).append("\"")
                        .append(ch ? " class=\"ch\"" : "").append("><title>").append(esc(g.getKey() + " "
                        + time(h) + "–" + time(h + 1) + ": " + t.state(state) + (ch ? " (" + t.t("heat.changed")
                        + ")" : ""))).append("</title></rect>");
                if (ch) {
                    s.append("<circle class=\"chdot\" cx=\"").append(x + cellW / 2.0 - 0.5).append("\" cy=\"")
                            .append(y + cellH / 2.0 - 0.5).append("\" r=\"3\"/>");
                }
            }
            row++;
        }
        return s.append("</svg>").toString();
    }

    static String time(int halfHour) {
        return halfHour >= RegionDay.HALF_HOURS ? "24:00"
                : String.format(Locale.ROOT, "%02d:%02d", halfHour / 2, halfHour % 2 * 30);
    }

    static double max(double[] v) {
        double m = 0;
        for (double x : v) {
            m = Math.max(m, x);
        }
        return m;
    }

    static double niceCeiling(double v) {
        double p = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * p >= v) {
                return m * p;
            }
        }
        return 10 * p;
    }

    static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
