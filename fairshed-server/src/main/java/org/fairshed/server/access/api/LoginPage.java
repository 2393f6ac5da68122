package org.fairshed.server.access.api;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.fairshed.server.access.Secrets;

/**
 * {@code GET /login}: the minimal operator login page (the dashboard of issue 12 brings its own). A form whose script
 * posts JSON to {@code POST /api/v1/session}; the session cookie is HttpOnly, so the page keeps nothing. A strict
 * Content-Security-Policy admits only this script (by its hash) and same-origin requests, and no framing.
 */
final class LoginPage {

    private static final String SCRIPT = """
            document.getElementById('f').addEventListener('submit', async (e) => {
              e.preventDefault();
              const out = document.getElementById('out');
              const r = await fetch('/api/v1/session', {method: 'POST', headers: {'Content-Type': 'application/json'},
                body: JSON.stringify({name: e.target.name.value, password: e.target.password.value})});
              const b = await r.json();
              e.target.password.value = '';
              out.textContent = r.ok ? 'Logged in as ' + b.name + ' (' + b.role + ', ' + (b.region || 'national')
                + ') until ' + b.expiresAt + '.' : b.detail;
            });
            """;
    private static final byte[] HTML = ("""
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Fairshed operator login</title></head>
            <body><main><h1>Fairshed operator login</h1>
            <form id="f"><p><label>Name <input name="name" autocomplete="username" required></label></p>
            <p><label>Password <input name="password" type="password" autocomplete="current-password" required></label></p>
            <p><button type="submit">Log in</button></p></form>
            <p id="out" role="status" aria-live="polite"></p>
            <p>Automation uses API tokens instead: <code>Authorization: Bearer TOKEN</code>.</p></main>
            <script>""" + SCRIPT + "</script></body></html>\n").getBytes(StandardCharsets.UTF_8);
    private static final String CSP = "default-src 'none'; script-src 'sha256-" + Base64.getEncoder().encodeToString(
            Secrets.sha256(SCRIPT)) + "'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private LoginPage() {
    }

    static void serve(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cache-Control", "no-store");
        ctx.contentType("text/html; charset=utf-8");
        ctx.result(HTML);
    }
}
