package org.fairshed.grid.io;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.fairshed.grid.testing.SharedData;

/** The MATPOWER cases of the shared reference data with their element counts (counted in the files). */
record SharedCases(String folder, String file, int buses, int generators, int branches) {

    static Stream<SharedCases> all() {
        return Stream.of(
                new SharedCases("matpower", "case14.m", 14, 5, 20),
                new SharedCases("matpower", "case30.m", 30, 6, 41),
                new SharedCases("matpower", "case57.m", 57, 7, 80),
                new SharedCases("matpower", "case118.m", 118, 54, 186),
                new SharedCases("matpower", "case300.m", 300, 69, 411),
                new SharedCases("matpower", "case1354pegase.m", 1354, 260, 1991),
                new SharedCases("matpower", "case9241pegase.m", 9241, 1445, 16049),
                new SharedCases("matpower", "case_ACTIVSg2000.m", 2000, 544, 3206),
                new SharedCases("pglib", "pglib_opf_case14_ieee.m", 14, 5, 20),
                new SharedCases("pglib", "pglib_opf_case30_ieee.m", 30, 6, 41),
                new SharedCases("pglib", "pglib_opf_case57_ieee.m", 57, 7, 80),
                new SharedCases("pglib", "pglib_opf_case118_ieee.m", 118, 54, 186),
                new SharedCases("pglib", "pglib_opf_case300_ieee.m", 300, 69, 411),
                new SharedCases("pglib", "pglib_opf_case1354_pegase.m", 1354, 260, 1991),
                new SharedCases("pglib", "pglib_opf_case2869_pegase.m", 2869, 510, 4582));
    }

    Path path() {
        return folder.equals("pglib") ? SharedData.pglibCase(file) : SharedData.matpowerCase(file);
    }

    String gridName() {
        return file.substring(0, file.length() - 2);
    }

    @Override
    public String toString() {
        return file;
    }
}
