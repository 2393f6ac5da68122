package org.fairshed.server.access;

import org.fairshed.store.access.Account;

/** An account just added; {@code generatedPassword} is the password made for it (shown once), or null. */
public record NewAccount(Account account, String generatedPassword) {
    @Override
    public String toString() {
        return "NewAccount[" + account + (generatedPassword == null ? "" : ", generated password hidden") + "]";
    }
}
