package org.fairshed.grid.opf;

/**
 * Result of a DC OPF. Arrays are indexed like the grid's lists (generator row - 1, bus index, branch row - 1).
 *
 * @param status        outcome; values below are meaningful only when {@link DcOpfStatus#OPTIMAL}
 * @param message       why, in words, when not optimal (empty otherwise)
 * @param objective     generation cost ($/h) as MATPOWER reports it: the sum of every in-service generator's cost
 *                      curve at its dispatch (constant terms included)
 * @param costGap       objective minus the LP's outer approximation of it ($/h): an upper bound on the error
 * @param genMw         dispatch (MW); 0 for generators out of service or in dead islands
 * @param anglesDeg     bus angles (degrees); 0 for isolated buses and dead islands
 * @param flowsMw       from-end branch flows (MW)
 * @param generationMw  total dispatch (MW)
 * @param servedLoadMw  load served (MW): all load outside dead islands
 * @param unservedLoadMw load in dead islands (MW), unserved whatever the dispatch
 * @param rounds        cutting-plane rounds solved
 * @param solveSeconds  wall time spent in the LP engine
 * @param totalSeconds  wall time including model building
 */
public record DcOpfResult(DcOpfStatus status, String message, double objective, double costGap, double[] genMw,
                          double[] anglesDeg, double[] flowsMw, double generationMw, double servedLoadMw,
                          double unservedLoadMw, int rounds, double solveSeconds, double totalSeconds) {

    /** The same result with another {@link #totalSeconds()}. */
    public DcOpfResult withTotalSeconds(double seconds) {
        return new DcOpfResult(status, message, objective, costGap, genMw, anglesDeg, flowsMw, generationMw, servedLoadMw,
                unservedLoadMw, rounds, solveSeconds, seconds);
    }
}
