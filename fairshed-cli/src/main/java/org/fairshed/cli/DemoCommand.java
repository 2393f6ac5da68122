package org.fairshed.cli;

import picocli.CommandLine.Command;

/** {@code fairshed demo}: the main job end to end on built-in data. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Generates the synthetic national grid, applies a built-in damage scenario and reports islands, "
                + "deficit per region at the evening peak and the DC OPF status.")
final class DemoCommand implements Runnable {

    @Override
    public void run() {
        throw new UnsupportedOperationException("demo arrives with the synthetic grid");
    }
}
