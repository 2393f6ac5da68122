package org.fairshed.server.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * A response body made once and served many times: its bytes, their gzip form (for bodies worth compressing), the
 * strong ETag of the identity bytes (the gzip form's is the same with {@code -gz}), the content type and how it may
 * be cached.
 *
 * @param etag        the quoted strong ETag
 * @param gzip        the gzip form, null when not worth it
 * @param maxAge      seconds a client or CDN may keep it without asking again (further bounded by {@code validUntil})
 * @param immutable   a revision-addressed resource: cacheable for a year
 * @param validUntil  when a clock-dependent body (today, now, next) stops being right; null for none
 */
public record CachedBody(String etag, byte[] bytes, byte[] gzip, String contentType, int maxAge, boolean immutable,
                         Instant validUntil) {

    /** Bodies smaller than this are sent as they are. */
    public static final int GZIP_THRESHOLD = 1024;

    public static CachedBody of(String etag, byte[] bytes, String contentType, int maxAge, boolean immutable,
                                Instant validUntil) {
        return new CachedBody(etag, bytes, bytes.length >= GZIP_THRESHOLD ? gzip(bytes, Deflater.DEFAULT_COMPRESSION)
                : null, contentType, maxAge, immutable, validUntil);
    }

    /**
     * A body made for one response (a search result): its gzip form only when {@code clientTakesGzip}, at the fastest
     * level — compressing a body nobody asked to be compressed cost a search a third of its time.
     */
    public static CachedBody forOneResponse(String etag, byte[] bytes, String contentType, int maxAge,
                                            Instant validUntil, boolean clientTakesGzip) {
        return new CachedBody(etag, bytes, clientTakesGzip && bytes.length >= GZIP_THRESHOLD
                ? gzip(bytes, Deflater.BEST_SPEED) : null, contentType, maxAge, false, validUntil);
    }

    /** A body whose ETag is its own content hash. */
    public static CachedBody hashed(byte[] bytes, String contentType, int maxAge, boolean immutable, Instant validUntil) {
        return of(ETags.ofBytes(bytes), bytes, contentType, maxAge, immutable, validUntil);
    }

    public long weight() {
        return 64L + bytes.length + (gzip == null ? 0 : gzip.length);
    }

    private static byte[] gzip(byte[] bytes, int level) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3 + 64);
            try (GZIPOutputStream z = new GZIPOutputStream(out) {
                {
                    def.setLevel(level);
                }
            }) {
                z.write(bytes);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
