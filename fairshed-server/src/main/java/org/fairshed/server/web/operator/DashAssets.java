package org.fairshed.server.web.operator;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.fairshed.server.http.CachedBody;
import org.fairshed.server.http.ETags;
import org.fairshed.server.web.SecurityHeaders;

/**
 * The dashboard's stylesheet and script ({@code /dash/dash.<hash>.css|js}, public so the login page can load them;
 * they hold no data), named by content hash and cacheable for a year, under the public pages' security headers.
 */
final class DashAssets {

    private static final String BASE = "/org/fairshed/server/web/operator/";
    private final Map<String, CachedBody> byName;
    private final String css;
    private final String js;

    private DashAssets(Map<String, CachedBody> byName, String css, String js) {
        this.byName = byName;
        this.css = css;
        this.js = js;
    }

    static DashAssets load() {
        byte[] c = read("dash.css");
        byte[] j = read("dash.js");
        String css = name("css", c);
        String js = name("js", j);
        return new DashAssets(Map.of(css, CachedBody.of(ETags.ofBytes(c), c, "text/css; charset=utf-8", 0, true, null),
                js, CachedBody.of(ETags.ofBytes(j), j, "text/javascript; charset=utf-8", 0, true, null)), "/dash/" + css,
                "/dash/" + js);
    }

    String css() {
        return css;
    }

    String js() {
        return js;
    }

    CachedBody get(String name) {
        return byName.get(name);
    }

    static void headers(Context ctx) {
        SecurityHeaders.apply(ctx);
    }

    private static String name(String ext, byte[] bytes) {
        return "dash." + ETags.ofBytes(bytes).substring(3, 15).replace('-', 'x').replace('_', 'y') + "." + ext;
    }

    private static byte[] read(String file) {
        try (InputStream in = DashAssets.class.getResourceAsStream(BASE + file)) {
            if (in == null) {
                throw new IllegalStateException("the dashboard asset " + BASE + file + " is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
