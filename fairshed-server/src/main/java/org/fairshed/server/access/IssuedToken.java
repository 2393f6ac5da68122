package org.fairshed.server.access;

import org.fairshed.store.access.Token;

/** A token just issued: {@code secret} is the whole token, shown once and never stored or logged. */
public record IssuedToken(Token token, String secret) {
    @Override
    public String toString() {
        return "IssuedToken[" + token.prefix() + ", secret hidden]";
    }
}
