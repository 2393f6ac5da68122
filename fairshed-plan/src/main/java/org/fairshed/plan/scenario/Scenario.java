package org.fairshed.plan.scenario;

/**
 * PLACEHOLDER so the CLI compiles on the report branch: the real scenario record (written on the planner's branch)
 * replaces this file at merge.
 *
 * @param name scenario name
 */
public record Scenario(String name) {
}
