package org.fairshed.grid.opf;

/** How the DC OPF writes the network into its LP. Both give the same optimum; they differ in size and speed. */
public enum DcOpfFormulation {
    /**
     * MATPOWER's: a voltage-angle variable and a power-balance row per bus, a row per limited branch and per
     * angle-difference limit, all in the LP from the start. The reference formulation; slow on large grids.
     */
    ANGLES,
    /**
     * Dispatch variables, one balance row per island, and a branch's limit row (its power transfer distribution
     * factors over the generators) added only once a DC power flow of the LP's dispatch finds that branch outside its
     * limits. Small LPs that one topology can reuse for many load vectors ({@link DcOpfSeries}).
     */
    PTDF
}
