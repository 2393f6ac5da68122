package org.fairshed.plan.scenario;

import org.fairshed.common.json.JsonFields;
import org.fairshed.common.InputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds a scenario's network file by name: in the cases folder (searched recursively) when one is given, otherwise
 * in the scenario's own folder (searched recursively). An absolute path that exists is taken as is.
 */
final class NetworkLocator {

    private NetworkLocator() {
    }

    static Path locate(String network, String source, Path scenarioFile, Path casesDir) {
        Path given = Path.of(network);
        if (given.isAbsolute() && Files.isRegularFile(given)) {
            return given;
        }
        Path folder = casesDir != null ? casesDir
                : scenarioFile.toAbsolutePath().getParent() != null ? scenarioFile.toAbsolutePath().getParent() : Path.of(".");
        String where = casesDir != null ? "the cases folder " : "the scenario's folder ";
        if (!Files.isDirectory(folder)) {
            throw new InputException(source, 0, 0, "network", "\"" + network + "\": " + where + folder
                    + " does not exist or is not a folder");
        }
        String fileName = given.getFileName().toString();
        List<Path> found = find(folder, fileName);
        if (found.isEmpty()) {
            throw new InputException(source, 0, 0, "network", "\"" + network + "\" was not found: looked for a file named "
                    + fileName + " in " + where + folder.toAbsolutePath().normalize() + " and all its subfolders"
                    + (casesDir == null ? "; pass the folder holding the cases (--cases-dir)" : ""));
        }
        if (found.size() > 1) {
            throw new InputException(source, 0, 0, "network", "\"" + network + "\" is ambiguous: " + found.size()
                    + " files named " + fileName + " under " + folder + ": " + JsonFields.sample(found));
        }
        return found.get(0);
    }

    private static List<Path> find(Path folder, String fileName) {
        List<Path> found = new ArrayList<>();
        try {
            // from the folder's real path: a folder reached through a symbolic link is otherwise visited as the link
            // alone, and nothing in it is found (links inside are not followed, so no loop can arise)
            Files.walkFileTree(folder.toRealPath(), new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (file.getFileName().toString().equals(fileName) && attrs.isRegularFile()) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search " + folder + " for " + fileName + ": " + e.getMessage(), e);
        }
        found.sort(null);
        return found;
    }
}
