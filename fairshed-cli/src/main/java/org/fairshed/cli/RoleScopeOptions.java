package org.fairshed.cli;

import org.fairshed.server.access.Role;
import picocli.CommandLine.Option;

/** {@code --role ROLE [--region R]} of the operator commands: what an account or token may do, and where. */
final class RoleScopeOptions {

    @Option(names = "--role", required = true, paramLabel = "ROLE", description = "viewer, planner, publisher or administrator.")
    Role role;

    @Option(names = "--region", paramLabel = "R", description = "The region (code) it is scoped to; national without.")
    String region;
}
