package org.fairshed.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import org.fairshed.common.InputException;
import org.fairshed.notify.SecretsRotation;
import org.fairshed.store.Store;
import org.fairshed.store.StoreFactory;
import org.fairshed.store.StoreParameters;
import org.fairshed.store.secret.SecretBox;
import org.fairshed.store.secret.SecretBoxException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code fairshed secrets rotate}: re-seals the store's webhook secrets, push auth secrets and VAPID private key under
 * a new key ({@link SecretsRotation}: one transaction, audited). The servers must be stopped: one still running holds
 * the old key. For the embedded store's own key file ({@code DIR/secrets.key}, no {@value SecretsKey#ENV}) the new key
 * then takes its place and the old one is kept beside it for backups taken before; with the variable, the operator
 * points it at the new file.
 */
@Command(name = "secrets", mixinStandardHelpOptions = true, description = "Manages the key that seals the store's "
        + "secrets (webhook secrets, push auth secrets, the VAPID private key).",
        subcommands = {SecretsCommand.Rotate.class})
final class SecretsCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "rotate", mixinStandardHelpOptions = true, description = "Re-seals every sealed secret under the key "
            + "in --new-key (made there, readable by its owner only, when the file does not exist). Stop every server "
            + "on the store first.")
    static final class Rotate implements Runnable {
        @Mixin
        StoreOptions store;
        @Option(names = "--new-key", paramLabel = "FILE", required = true, description = "The new key's file.")
        Path newKey;
        @Spec
        CommandSpec spec;

        @Override
        public void run() {
            PrintWriter out = spec.commandLine().getOut();
            StoreParameters parameters = store.parameters();
            String env = System.getenv(SecretsKey.ENV);
            Path current = SecretsKey.location(parameters, env);
            boolean ownKeyFile = parameters.isEmbedded() && (env == null || env.isBlank());
            if (!Files.isRegularFile(current)) {
                String why = ", which does not exist: there is no current key, so nothing sealed to rotate (serve makes "
                        + "the key on its first start)";
                throw ownKeyFile ? OptionChecks.error("--data", "has no secrets key " + current + why)
                        : InputException.atField("environment", SecretsKey.ENV, "names " + current + why);
            }
            if (parameters.isEmbedded() && OperatorStore.runningServer(parameters.dataDirectory()) != null) {
                throw OptionChecks.error("--data", "the data folder " + parameters.dataDirectory() + " is served by a "
                        + "running fairshed: stop it first (it holds the current key and would seal new secrets under it)");
            }
            if (newKey.toAbsolutePath().normalize().equals(current.toAbsolutePath().normalize())) {
                throw OptionChecks.error("--new-key", "names the current key file " + current + "; give a new file");
            }
            SecretBox from = SecretBox.fromFile(current);
            boolean made = Files.notExists(newKey);
            SecretBox to = SecretBox.fromFile(newKey);
            SecretsRotation.Result r;
            try (Store s = StoreFactory.open(parameters.withPoolSize(2))) {
                r = SecretsRotation.rotate(s, from, to, OperatorCommand.actor());
            } catch (SecretBoxException e) {
                if (made) {
                    deleteQuietly(newKey);
                }
                throw OptionChecks.error("--new-key", e.getMessage() + (made ? " (" + newKey + " made just now, removed "
                        + "again)" : ""));
            }
            out.println("re-sealed under the key " + to.id() + " (was " + from.id() + "): " + r.webhookSecrets()
                    + " webhook secret(s), " + r.pushAuthSecrets() + " push auth secret(s), " + r.vapidKeys()
                    + " VAPID key(s)" + (r.alreadyUnderNewKey() > 0 ? "; " + r.alreadyUnderNewKey()
                    + " already under it" : ""));
            if (ownKeyFile) {
                Path retired = current.resolveSibling(SecretsKey.FILE_NAME + ".retired-" + from.id());
                install(current, newKey, retired);
                out.println("the data folder's key " + current + " is now the new one; the old one is kept as " + retired
                        + ": it opens only backups taken before now, delete it when they expire");
            } else {
                out.println("now start every server on this store with " + SecretsKey.ENV + "=" + newKey.toAbsolutePath()
                        + "; the old key " + current + " opens only backups taken before now");
            }
            out.flush();
        }

        /** The old key file moves aside to {@code retired}, a copy of the new one takes its place (mode 600). */
        private static void install(Path current, Path newKey, Path retired) {
            try {
                Path tmp = Files.createTempFile(current.getParent(), ".secrets", ".tmp",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                Files.write(tmp, Files.readAllBytes(newKey));
                Files.move(current, retired, StandardCopyOption.ATOMIC_MOVE);
                Files.move(tmp, current, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw InputException.atField("environment", SecretsKey.ENV, "the store is re-sealed under " + newKey
                        + ", but it could not be put in place of " + current + " (" + e.getMessage() + "): start the "
                        + "server with " + SecretsKey.ENV + "=" + newKey.toAbsolutePath());
            }
        }

        private static void deleteQuietly(Path file) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // the message names the file
            }
        }
    }
}
