package org.fairshed.common.job;

/**
 * Told how a long computation advances: the stage it is in ({@code "plan"}, {@code "ac-check"}, {@code "rota"}) and
 * how many of its units are done. Called from worker threads; must be quick and must not throw.
 */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = (stage, done, total) -> { };

    /**
     * @param stage short name of the stage, stable (clients show it and may switch on it)
     * @param done  units finished in the stage (0 at its start)
     * @param total units in the stage
     */
    void update(String stage, int done, int total);
}
