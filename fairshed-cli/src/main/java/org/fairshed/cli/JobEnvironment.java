package org.fairshed.cli;

import org.fairshed.server.operator.FlowParameters;

/**
 * How plan jobs run, from the environment, as {@code serve} and {@code worker} both read it: FAIRSHED_JOB_THREADS
 * (1 to 1024, default every core) and FAIRSHED_JOB_NICE (0 to 19, default 10), the engine warmed up at start.
 */
final class JobEnvironment {

    private JobEnvironment() {
    }

    static FlowParameters flowParameters() {
        FlowParameters flow = FlowParameters.defaults().withWarmUp(true);
        return flow.withJobThreads(EnvSetting.integer("FAIRSHED_JOB_THREADS", System.getenv("FAIRSHED_JOB_THREADS"),
                        flow.jobThreads(), 1, 1024))
                .withJobNice(EnvSetting.integer("FAIRSHED_JOB_NICE", System.getenv("FAIRSHED_JOB_NICE"),
                        flow.jobNice(), 0, 19));
    }
}
