package org.fairshed.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.fairshed.common.InputException;
import org.fairshed.common.io.AtomicFiles;
import org.fairshed.store.Store;
import org.fairshed.store.StoreFactory;
import org.fairshed.store.registry.RegistryImportParameters;
import org.fairshed.store.registry.RegistryImportResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code fairshed registry export|import}: the consumer registry as UTF-8 CSV (docs/store.md: the format). */
@Command(name = "registry", mixinStandardHelpOptions = true, description = "Exports or imports the consumer registry.",
        subcommands = {RegistryCommand.Export.class, RegistryCommand.Import.class})
final class RegistryCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "export", mixinStandardHelpOptions = true, description = "Writes every live address as registry CSV "
            + "(header id,region,settlement,street,house,part,lat,lon,groups,emergency_groups,dso; groups ';'-separated), "
            + "ordered by region then id; the file appears complete or not at all.")
    static final class Export implements Runnable {
        @Mixin
        StoreOptions store;

        @Option(names = "--out", paramLabel = "FILE.csv", required = true, description = "The CSV file to write.")
        Path out;

        @Spec
        CommandSpec spec;

        @Override
        public void run() {
            long[] n = new long[1];
            try (Store s = StoreFactory.open(store.parameters())) {
                AtomicFiles.write(out, o -> n[0] = s.registry().exportCsv(o));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
            }
            spec.commandLine().getOut().printf(Locale.ROOT, "exported %,d addresses to %s%n", n[0], out);
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true, description = "Imports registry CSV in one transaction: "
            + "every bad row is reported with its line and nothing is changed; ids are kept (a row without an id is "
            + "matched by its address); addresses of the file's regions that it lacks are retired unless --keep-absent.")
    static final class Import implements Runnable {
        @Mixin
        StoreOptions store;

        @Parameters(paramLabel = "FILE.csv", description = "The registry CSV file.")
        Path file;

        @Option(names = "--keep-absent", description = "Only add and update: retire nothing.")
        boolean keepAbsent;

        @Option(names = "--create-groups", description = "Create groups the file names that a region lacks.")
        boolean createGroups;

        @Spec
        CommandSpec spec;

        @Override
        public void run() {
            PrintWriter out = spec.commandLine().getOut();
            try (Store s = StoreFactory.open(store.parameters())) {
                RegistryImportResult r = s.registry().importCsv(file, RegistryImportParameters.defaults()
                        .withReplace(!keepAbsent).withCreateGroups(createGroups));
                if (!r.isImported()) {
                    PrintWriter err = spec.commandLine().getErr();
                    r.errors().forEach(e -> err.println(e.getMessage()));
                    throw InputException.of(file.toString(), r.errorCount() + " bad row(s); nothing was imported");
                }
                out.printf(Locale.ROOT, "imported %,d rows: %,d new, %,d changed, %,d unchanged, %,d retired (%.1f s)%n",
                        r.rows(), r.inserted(), r.updated(), r.unchanged(), r.retired(), r.elapsed().toMillis() / 1000.0);
            }
        }
    }
}
