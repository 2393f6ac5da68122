package org.fairshed.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.fairshed.common.InputException;
import org.fairshed.server.access.AccessParameters;
import org.fairshed.server.access.AccessService;
import org.fairshed.server.access.IssuedToken;
import org.fairshed.server.access.NewAccount;
import org.fairshed.server.access.Role;
import org.fairshed.server.access.Secrets;
import org.fairshed.store.Store;
import org.fairshed.store.access.Account;
import org.fairshed.store.access.Actor;
import org.fairshed.store.access.Token;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code fairshed operator add|token|list|revoke|disable}: operator accounts and API tokens on the embedded store or
 * PostgreSQL, as this machine's user (audited as {@code cli:<user>}). Secrets are printed once and stored hashed.
 */
@Command(name = "operator", mixinStandardHelpOptions = true, description = "Manages operator accounts and API tokens.",
        subcommands = {OperatorCommand.Add.class, OperatorCommand.TokenCmd.class, OperatorCommand.ListCmd.class,
                OperatorCommand.Revoke.class, OperatorCommand.Disable.class})
final class OperatorCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static Actor actor() {
        return Actor.cli(System.getProperty("user.name"));
    }

    static AccessService service(Store s) {
        return AccessService.of(s, AccessParameters.defaults());
    }

    /** The default account name of a role and region: {@code publisher}, {@code publisher@kyiv-oblast}. */
    static String defaultName(Role role, String region) {
        return role.name().toLowerCase(Locale.ROOT) + (region == null ? "" : "@" + region);
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Adds an account with a web login. The password "
            + "is read from standard input (--password-stdin) or generated and printed once.")
    static final class Add implements Runnable {
        @Mixin
        StoreOptions store;
        @Mixin
        RoleScopeOptions scope;
        @Option(names = "--name", paramLabel = "N", description = "Login name (default: the role, @region when scoped).")
        String name;
        @Option(names = "--password-stdin", description = "Read the password from the first line of standard input.")
        boolean passwordStdin;
        @Spec
        CommandSpec spec;

        @Override
        public void run() {
            String password = passwordStdin ? readPassword() : null;
            PrintWriter out = spec.commandLine().getOut();
            try (Store s = OperatorStore.open(store, spec.commandLine().getErr())) {
                String n = name != null ? name : defaultName(scope.role, scope.region);
                NewAccount a = service(s).addAccount(n, scope.role, scope.region, password, actor(), null);
                out.println("added " + describe(a.account()));
                if (a.generatedPassword() != null) {
                    out.println("its password (shown only now; keep it safe):");
                    out.println(a.generatedPassword());
                }
            }
        }

        private static String readPassword() {
            try {
                String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                if (line == null || line.isEmpty()) {
                    throw OptionChecks.error("--password-stdin", "standard input held no password");
                }
                return line;
            } catch (java.io.IOException e) {
                throw OptionChecks.error("--password-stdin", "cannot read standard input: " + e.getMessage());
            }
        }
    }

    @Command(name = "token", mixinStandardHelpOptions = true, description = "Issues an API token and prints it alone on "
            + "the last line (shown only now; stored hashed). Without --account it belongs to the role's default account "
            + "(e.g. publisher or publisher@R), created without a password when missing.")
    static final class TokenCmd implements Runnable {
        @Mixin
        StoreOptions store;
        @Mixin
        RoleScopeOptions scope;
        @Option(names = "--expires", paramLabel = "DAYS", description = "Lifetime in days (default 90, at most 365).")
        Integer days;
        @Option(names = "--account", paramLabel = "NAME", description = "The account it acts for.")
        String account;
        @Option(names = "--label", paramLabel = "TEXT", description = "What it is for (shown in lists).")
        String label;
        @Spec
        CommandSpec spec;

        @Override
        public void run() {
            if (days != null) {
                OptionChecks.intIn(days, "--expires", 1, (int) AccessParameters.defaults().tokenMax().toDays());
            }
            PrintWriter out = spec.commandLine().getOut();
            try (Store s = OperatorStore.open(store, spec.commandLine().getErr())) {
                AccessService access = service(s);
                String n = account;
                if (n == null) {
                    n = defaultName(scope.role, scope.region);
                    access.tokenAccount(n, scope.role, scope.region, actor());
                }
                IssuedToken t = access.issueToken(n, scope.role, scope.region, days, label, actor(), null);
                out.println("token " + t.token().prefix() + " for " + t.token().account() + ": "
                        + lower(t.token().role()) + ", " + scope(t.token().region()) + ", expires " + t.token().expiresAt());
                out.println("send it as: Authorization: Bearer TOKEN  (shown only now; revoke with: fairshed operator "
                        + "revoke " + t.token().prefix() + ")");
                out.println(t.secret());
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists accounts and tokens (never secrets).")
    static final class ListCmd implements Runnable {
        @Mixin
        StoreOptions store;
        @Spec
        CommandSpec spec;

        @Override
        public void run() {
            PrintWriter out = spec.commandLine().getOut();
            try (Store s = OperatorStore.open(store, spec.commandLine().getErr())) {
                AccessService access = service(s);
                List<Account> accounts = access.accounts(null);
                out.println(accounts.size() + " account(s):");
                accounts.forEach(a -> out.println("  " + describe(a)));
                java.time.Instant now = java.time.Instant.now();
                List<Token> tokens = access.tokens(null);
                out.println(tokens.size() + " token(s):");
                for (Token t : tokens) {
                    String state = t.revokedAt() != null ? "revoked " + t.revokedAt() : t.validAt(now)
                            ? "active until " + t.expiresAt() : "expired " + t.expiresAt();
                    out.printf(Locale.ROOT, "  %s  %s  %s  %s  %s  last used %s%s%n", t.prefix(), t.account(),
                            lower(t.role()), scope(t.region()), state, t.lastUsedAt() == null ? "never" : t.lastUsedAt()
                                    + " from " + t.lastUsedFrom(), t.label() == null ? "" : "  (" + t.label() + ")");
                }
            }
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revokes a token, named by its id "
            + "(fst_XXXXXXXX, as listed) or the token itself.")
    static final class Revoke implements Runnable {
        @Mixin
        StoreOptions store;
        @Parameters(paramLabel = "TOKEN_ID", description = "The token's id (fst_XXXXXXXX).")
        String id;
        @Spec
        CommandSpec spec;

        @Override
        public void run() {
            String prefix = Secrets.prefixOf(id + (id.length() == 12 ? "_" : ""));
            if (prefix == null) {
                throw InputException.atField(OptionChecks.SOURCE, "TOKEN_ID", "must be a token id fst_XXXXXXXX, got '"
                        + (id.length() > 12 ? id.substring(0, 12) + "..." : id) + "'");
            }
            try (Store s = OperatorStore.open(store, spec.commandLine().getErr())) {
                AccessService access = service(s);
                access.store().tokens().find(prefix).orElseThrow(() -> InputException.atField(OptionChecks.SOURCE,
                        "TOKEN_ID", "there is no token " + prefix));
                Token r = access.revokeToken(prefix, actor(), null);
                spec.commandLine().getOut().println("revoked " + r.prefix() + " of " + r.account());
            }
        }
    }

    @Command(name = "disable", mixinStandardHelpOptions = true, description = "Disables an account: no more logins, "
            + "its tokens revoked, its sessions ended.")
    static final class Disable implements Runnable {
        @Mixin
        StoreOptions store;
        @Parameters(paramLabel = "NAME", description = "The account's login name.")
        String name;
        @Spec
        CommandSpec spec;

        @Override
        public void run() {
            try (Store s = OperatorStore.open(store, spec.commandLine().getErr())) {
                AccessService access = service(s);
                access.store().accounts().find(name).orElseThrow(() -> InputException.atField(OptionChecks.SOURCE,
                        "NAME", "there is no account '" + name + "'"));
                spec.commandLine().getOut().println("disabled " + describe(access.disable(name, actor(), null)));
            }
        }
    }

    static String describe(Account a) {
        return a.name() + " (" + lower(a.role()) + ", " + scope(a.region()) + (a.hasPassword() ? ", web login" : ", tokens only")
                + (a.active() ? "" : ", disabled " + a.disabledAt()) + ")";
    }

    static String scope(String region) {
        return region == null ? "national" : "region " + region;
    }

    static String lower(String role) {
        return role.toLowerCase(Locale.ROOT);
    }
}
