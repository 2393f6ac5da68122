package org.fairshed.store;

/**
 * The store could not do what was asked for a reason that is not the caller's input: the database is unreachable, a
 * migration failed, the embedded server did not start, the data folder is used by another process. An internal error
 * (exit code 1, HTTP 500/503); bad input is an {@link org.fairshed.common.InputException} instead.
 */
public final class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
