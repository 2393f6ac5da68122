package org.fairshed.server.access;

/** What an operator may do, each role including the ones before it. */
public enum Role {
    /** Reads drafts, jobs, previews and the audit log of its scope. */
    VIEWER,
    /** Also uploads scenarios and damage updates and runs plan jobs (makes drafts). */
    PLANNER,
    /** Also publishes drafts, approves another's draft (four eyes), declares and ends emergency mode. */
    PUBLISHER,
    /** Also manages operators, tokens and webhook subscriptions. */
    ADMINISTRATOR;

    public boolean atLeast(Role other) {
        return compareTo(other) >= 0;
    }
}
