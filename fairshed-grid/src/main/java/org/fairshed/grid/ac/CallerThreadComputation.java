package org.fairshed.grid.ac;

import com.powsybl.computation.ComputationManager;
import com.powsybl.computation.ComputationResourcesStatus;
import com.powsybl.computation.ExecutionEnvironment;
import com.powsybl.computation.ExecutionHandler;
import com.powsybl.computation.local.LocalComputationManager;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * PowSyBl's shared local computation manager, except that a load flow runs in the thread that asks for it. OpenLoadFlow
 * runs on the manager's executor and the caller waits: with the local manager's executor (the common fork-join pool,
 * one thread on a 2-core machine) the AC checks of a job's slots ran one at a time however many threads the planner
 * gave them. In the caller's thread they run as the caller's pool says. Closing it leaves the shared manager open.
 */
final class CallerThreadComputation implements ComputationManager {

    static final CallerThreadComputation INSTANCE = new CallerThreadComputation();
    private static final Executor CALLER = Runnable::run;

    private CallerThreadComputation() {
    }

    private static ComputationManager local() {
        return LocalComputationManager.getDefault();
    }

    @Override
    public String getVersion() {
        return local().getVersion();
    }

    @Override
    public OutputStream newCommonFile(String fileName) throws IOException {
        return local().newCommonFile(fileName);
    }

    @Override
    public <R> CompletableFuture<R> execute(ExecutionEnvironment environment, ExecutionHandler<R> handler) {
        return local().execute(environment, handler);
    }

    @Override
    public ComputationResourcesStatus getResourcesStatus() {
        return local().getResourcesStatus();
    }

    @Override
    public Executor getExecutor() {
        return CALLER;
    }

    @Override
    public Path getLocalDir() {
        return local().getLocalDir();
    }

    @Override
    public void close() {
        // the shared local manager is PowSyBl's to close
    }
}
