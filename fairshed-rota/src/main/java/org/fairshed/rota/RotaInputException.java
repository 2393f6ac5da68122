package org.fairshed.rota;

/** Invalid rota input (group file, plan file, ledger, previous schedule); the message names the source and field. */
public final class RotaInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final String field;

    public RotaInputException(String source, String field, String detail) {
        super(source + (field.isEmpty() ? "" : ": " + field) + " " + detail);
        this.source = source;
        this.field = field;
    }

    /** The file (or "groups", "plan" for in-memory input) the error is in. */
    public String source() {
        return source;
    }

    /** The field path, e.g. {@code regions["5"].groups[3].share}; empty for the whole document. */
    public String field() {
        return field;
    }
}
