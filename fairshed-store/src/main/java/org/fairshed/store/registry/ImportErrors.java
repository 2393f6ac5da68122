package org.fairshed.store.registry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.fairshed.common.InputException;

/**
 * Every bad row of an import, by line. The first {@link #MAX_REPORTED} are kept with their messages, all are
 * counted, so a file with a million bad rows is still reported in bounded memory.
 */
public final class ImportErrors {

    public static final int MAX_REPORTED = 10_000;

    private final String source;
    private final List<InputException> reported = new ArrayList<>();
    private int count;

    public ImportErrors(String source) {
        this.source = source;
    }

    public String source() {
        return source;
    }

    public void add(int line, String field, String detail) {
        add(new InputException(source, line, 0, field, detail));
    }

    public void add(InputException e) {
        count++;
        if (reported.size() < MAX_REPORTED) {
            reported.add(e);
        }
    }

    public int count() {
        return count;
    }

    public boolean isEmpty() {
        return count == 0;
    }

    /** The kept errors ordered by line. */
    public List<InputException> sorted() {
        List<InputException> out = new ArrayList<>(reported);
        out.sort(Comparator.comparingInt(InputException::line));
        return List.copyOf(out);
    }
}
