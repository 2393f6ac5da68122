package org.fairshed.cli;

import picocli.CommandLine.Command;

/** {@code fairshed grid ...}: look at a network. */
@Command(name = "grid", mixinStandardHelpOptions = true,
        description = "Inspect a network: counts and islands, DC power flow, AC power flow check.",
        subcommands = {GridInfoCommand.class, GridDcpfCommand.class, GridAcpfCommand.class, GridSyntheticCommand.class})
final class GridCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
