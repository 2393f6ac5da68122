package org.fairshed.store.access;

import java.util.Objects;

/**
 * Who does a write, as the audit log records it.
 *
 * @param name          the account's login name, or {@code cli:<user>} for the command line
 * @param accountId     the account's id, null for the command line
 * @param via           how it came in: {@code session}, {@code token:<prefix>}, {@code cli}
 * @param remoteAddress the client's IP address, null for the command line
 */
public record Actor(String name, Long accountId, String via, String remoteAddress) {

    public Actor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(via, "via");
    }

    /** The command line of this machine, run by the operating system's user {@code user}. */
    public static Actor cli(String user) {
        String who = user == null || user.isBlank() ? "unknown" : user;
        return new Actor("cli:" + (who.length() > 60 ? who.substring(0, 60) : who), null, "cli", null);
    }
}
