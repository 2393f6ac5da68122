package org.fairshed.server.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fairshed.server.http.CachedBody;
import org.fairshed.server.http.ETags;

/**
 * The page's stylesheet and script, read once from the classpath and served under names that carry their content
 * hash ({@code /static/app.3f9a….css}): cacheable for a year, replaced by a new name when they change. The service
 * worker ({@code /sw.js}, at the root so its scope is the whole site) names them to keep them offline, so its own
 * bytes change whenever they do (a browser then installs the new worker).
 */
public final class Assets {

    private static final String BASE = "/org/fairshed/server/web/static/";

    private final Map<String, CachedBody> byName;
    private final String css;
    private final String js;
    private final CachedBody serviceWorker;

    private Assets(Map<String, CachedBody> byName, String css, String js, CachedBody serviceWorker) {
        this.byName = byName;
        this.css = css;
        this.js = js;
        this.serviceWorker = serviceWorker;
    }

    public static Assets load() {
        Map<String, CachedBody> byName = new LinkedHashMap<>();
        String css = put(byName, "app", "css", "text/css; charset=utf-8");
        String js = put(byName, "app", "js", "text/javascript; charset=utf-8");
        String sw = read("sw.js").replace("__ASSETS__", "[\"/static/" + css + "\",\"/static/" + js + "\"]")
                .replace("__VERSION__", ETags.ofBytes((css + js).getBytes(StandardCharsets.UTF_8)).replace("\"", ""));
        CachedBody worker = CachedBody.hashed(sw.getBytes(StandardCharsets.UTF_8), "text/javascript; charset=utf-8",
                0, false, null);
        return new Assets(Map.copyOf(byName), css, js, worker);
    }

    /** The hashed file name ({@code app.<hash>.css}) of the stylesheet. */
    public String css() {
        return css;
    }

    public String js() {
        return js;
    }

    /** The asset of that hashed name, null when there is none. */
    public CachedBody get(String name) {
        return byName.get(name);
    }

    public CachedBody serviceWorker() {
        return serviceWorker;
    }

    /** The bytes of every asset the pages load (the page-weight test sums their gzip forms). */
    public Map<String, CachedBody> all() {
        return byName;
    }

    private static String put(Map<String, CachedBody> byName, String stem, String ext, String type) {
        byte[] bytes = read(stem + "." + ext).getBytes(StandardCharsets.UTF_8);
        String etag = ETags.ofBytes(bytes);
        String name = stem + "." + etag.substring(3, 15).replace('-', 'x').replace('_', 'y') + "." + ext;
        byName.put(name, CachedBody.of(etag, bytes, type, 0, true, null));
        return name;
    }

    private static String read(String file) {
        try (InputStream in = Assets.class.getResourceAsStream(BASE + file)) {
            if (in == null) {
                throw new IllegalStateException("the page asset " + BASE + file + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
