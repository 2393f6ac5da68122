package org.fairshed.grid.synth;

/**
 * A region of the synthetic map: a rectangular cell (km, x east, y north) with a capital, a population weight and a
 * share of the buses.
 */
record Region(int number, String name, double minX, double minY, double maxX, double maxY,
              double capitalX, double capitalY, double weight, boolean bigCity) {

    double width() {
        return maxX - minX;
    }

    double height() {
        return maxY - minY;
    }
}
