package org.fairshed.server.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.fairshed.server.testing.AccessWorld;
import org.junit.jupiter.api.Test;

/**
 * No password, token, session id or CSRF token in any log line: every log record (java.util.logging at ALL), the
 * process's stdout and stderr and the database server's log are captured while accounts are made, logins succeed and
 * fail, tokens are issued, used, misused and revoked, and an internal error is provoked; then searched for each secret.
 */
class SecretsInLogsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void noSecretAppearsInAnyLogLine() throws Exception {
        List<String> records = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord r) {
                StringBuilder sb = new StringBuilder(String.valueOf(r.getMessage()));
                if (r.getParameters() != null) {
                    for (Object p : r.getParameters()) {
                        sb.append(' ').append(p);
                    }
                }
                for (Throwable t = r.getThrown(); t != null; t = t.getCause()) {
                    sb.append(' ').append(t);
                }
                synchronized (records) {
                    records.add(sb.toString());
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        Level level = root.getLevel();
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        List<String> secrets = new ArrayList<>();
        root.addHandler(capture);
        root.setLevel(Level.ALL);
        System.setOut(new PrintStream(console, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(console, true, StandardCharsets.UTF_8));
        try (AccessWorld a = new AccessWorld()) {
            String password = "S3cret-pass-" + System.nanoTime();
            String token = a.account("sl-admin", Role.ADMINISTRATOR, null, password);
            secrets.add(password);
            secrets.add(token);
            var login = a.send("POST", "/api/v1/session", "{\"name\":\"sl-admin\",\"password\":\"" + password + "\"}");
            String cookie = login.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
            String csrf = JSON.readTree(login.body()).path("csrfToken").asText();
            secrets.add(cookie.substring(cookie.indexOf('=') + 1));
            secrets.add(csrf);
            String typo = "Mistyped-" + password;
            secrets.add(typo);
            a.send("POST", "/api/v1/session", "{\"name\":\"sl-admin\",\"password\":\"" + typo + "\"}");
            a.send("POST", "/api/v1/session", "{\"name\":\"" + typo.toLowerCase(java.util.Locale.ROOT)
                    + "\",\"password\":\"x\"}");
            var made = a.bearer("POST", "/api/v1/operator/accounts", "{\"name\":\"sl-gen\",\"role\":\"viewer\"}", token);
            secrets.add(JSON.readTree(made.body()).path("password").asText());
            var issued = a.send("POST", "/api/v1/operator/tokens", "{\"account\":\"sl-gen\"}", "Cookie", cookie,
                    "X-CSRF-Token", csrf);
            String second = JSON.readTree(issued.body()).path("token").asText();
            secrets.add(second);
            a.bearer("GET", "/api/v1/operator/session", null, second);
            a.bearer("GET", "/api/v1/operator/session", null, second + "x");
            a.send("GET", "/api/v1/operator/session", null, "Authorization", "Basic " + password);
            a.send("POST", "/api/v1/operator/tokens", "{not json " + password, "Authorization", "Bearer " + token);
            a.bearer("DELETE", "/api/v1/operator/tokens/" + Secrets.prefixOf(second), null, token);
            a.bearer("GET", "/api/v1/operator/session", null, second);
            a.send("DELETE", "/api/v1/operator/session", null, "Cookie", cookie, "X-CSRF-Token", csrf);
        } finally {
            System.setOut(out);
            System.setErr(err);
            root.removeHandler(capture);
            root.setLevel(level);
        }
        assertThat(secrets).hasSize(7).allSatisfy(s -> assertThat(s).hasSizeGreaterThan(11));
        String text = String.join("\n", records) + "\n" + console.toString(StandardCharsets.UTF_8);
        Path pgLog = AccessWorldLogs.postgresLog();
        if (Files.exists(pgLog)) {
            text += "\n" + Files.readString(pgLog);
        }
        for (String s : secrets) {
            assertThat(text).as("a secret in the logs").doesNotContain(s);
        }
    }
}
