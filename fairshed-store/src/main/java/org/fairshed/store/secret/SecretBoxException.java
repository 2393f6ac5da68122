package org.fairshed.store.secret;

/** A sealed secret that this {@link SecretBox} cannot open: another key sealed it, or it was altered. */
public final class SecretBoxException extends RuntimeException {

    public SecretBoxException(String message) {
        super(message);
    }
}
