package org.fairshed.cli;

import picocli.CommandLine.Command;

/** {@code fairshed}: the top-level command. */
@Command(name = "fairshed", mixinStandardHelpOptions = true, version = "fairshed 0.1.0",
        description = "Plans and publishes rotating power outages for a grid that cannot meet demand.",
        subcommands = {GridCommand.class, OpfCommand.class, PlanCommand.class, RotaCommand.class, DemoCommand.class, ServeCommand.class, WorkerCommand.class, RegistryCommand.class, OperatorCommand.class, SecretsCommand.class, BenchCommand.class, RotaBenchCommand.class, picocli.CommandLine.HelpCommand.class})
final class FairshedCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
