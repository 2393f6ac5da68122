package org.fairshed.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.fairshed.common.InputException;
import org.fairshed.store.StoreParameters;
import org.fairshed.store.secret.SecretBox;
import org.fairshed.store.secret.SecretBoxException;

/**
 * Where {@code serve} keeps the key that seals webhook and push secrets and its VAPID private key in the database
 * ({@link SecretBox}): the file {@value #ENV} names, else {@value #FILE_NAME} in the embedded database's folder. A
 * PostgreSQL server ({@code --db}) needs the variable: its replicas must share one key, and a key made silently beside
 * each of them would not open what another sealed.
 */
final class SecretsKey {

    static final String ENV = "FAIRSHED_SECRETS_KEY_FILE";
    static final String FILE_NAME = "secrets.key";

    private SecretsKey() {
    }

    /** The key file for {@code store} (checked before the store is opened; nothing is made here). */
    static Path location(StoreParameters store, String env) {
        if (env != null && !env.isBlank()) {
            try {
                return Path.of(env.strip());
            } catch (InvalidPathException e) {
                throw InputException.atField("environment", ENV, "must be a file path, got '" + env + "'");
            }
        }
        if (store.isEmbedded()) {
            return store.dataDirectory().resolve(FILE_NAME);
        }
        throw OptionChecks.error("--db", "needs " + ENV + ": the file of the key that seals the webhook and push "
                + "secrets and the VAPID key in the database (made there, readable by its owner only, when it does not exist); every "
                + "server on this database must be given the same file");
    }

    /**
     * A store sealed under another key, as bad input naming the setting to fix; a key file this run made ({@code made})
     * is removed again, so that the next run with the right file is not met by a stray one.
     */
    static InputException mismatch(Path file, boolean made, SecretBoxException e) {
        if (made) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // the message below still names the file
            }
        }
        return InputException.atField("environment", ENV, "names " + file + (made ? " (made just now, removed again)"
                : "") + ", whose key does not open the store's secrets: " + e.getMessage());
    }
}
