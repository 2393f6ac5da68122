package org.fairshed.store.registry;

import java.time.Duration;
import java.util.List;
import org.fairshed.common.InputException;

/**
 * What an import did.
 *
 * @param rows       rows that passed the checks of their fields (all rows when IMPORTED)
 * @param inserted   addresses new to the store
 * @param updated    addresses whose fields, groups or search keys changed (their ids kept)
 * @param unchanged  addresses as they were
 * @param retired    live addresses of the imported regions the file lacked (replace mode)
 * @param errors     the first {@link ImportErrors#MAX_REPORTED} errors by line (REJECTED only)
 * @param errorCount all errors
 */
public record RegistryImportResult(RegistryImportStatus status, int rows, int inserted, int updated, int unchanged,
                                   int retired, List<InputException> errors, int errorCount, Duration elapsed) {

    public RegistryImportResult {
        errors = List.copyOf(errors);
    }

    public boolean isImported() {
        return status == RegistryImportStatus.IMPORTED;
    }
}
