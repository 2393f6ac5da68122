package org.fairshed.plan.scenario;

/**
 * An invalid scenario: the message names the file and the JSON field, e.g.
 * {@code s1.json: slots must be a positive whole number, got -3}.
 */
public final class ScenarioException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final String field;

    /**
     * @param source file name (or description) of the scenario
     * @param field  JSON path of the offending field, e.g. {@code areaLoadMw["4"]}; empty for the whole file
     * @param detail what is wrong, starting with a verb or a value (appended after the field)
     */
    public ScenarioException(String source, String field, String detail) {
        this(source, field, detail, null);
    }

    public ScenarioException(String source, String field, String detail, Throwable cause) {
        super(source + ": " + (field.isEmpty() ? "" : field + " ") + detail, cause);
        this.source = source;
        this.field = field;
    }

    /** The scenario's file name or description. */
    public String source() {
        return source;
    }

    /** JSON path of the offending field (empty when the whole file is at fault). */
    public String field() {
        return field;
    }
}
