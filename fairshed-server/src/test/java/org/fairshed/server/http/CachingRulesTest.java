package org.fairshed.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** ETag matching, Cache-Control and the search rate limit, rule by rule. */
class CachingRulesTest {

    @Test
    void ifNoneMatchComparesWeaklyAndAcceptsEitherEncoding() {
        String etag = ETags.of("kyiv-5", "schedule", "3.1");
        assertThat(ETags.matches(etag, etag)).isTrue();
        assertThat(ETags.matches("W/" + etag, etag)).isTrue();
        assertThat(ETags.matches(ETags.gzip(etag), etag)).isTrue();
        assertThat(ETags.matches("\"other\", " + etag, etag)).isTrue();
        assertThat(ETags.matches("*", etag)).isTrue();
        assertThat(ETags.matches("\"other\"", etag)).isFalse();
        assertThat(ETags.matches(null, etag)).isFalse();
        assertThat(ETags.of("kyiv-5", "a", "b")).isNotEqualTo(ETags.of("kyiv-5", "ab", ""));
    }

    @Test
    void cacheControlEndsAtTheNextBoundaryAndRevisionsAreImmutable() {
        Instant now = Instant.parse("2026-12-02T10:00:00Z");
        CachedBody current = CachedBody.hashed(new byte[10], "application/json", 60, false, null);
        assertThat(Responses.cacheControl(current, now))
                .isEqualTo("public, max-age=60, stale-while-revalidate=30, stale-if-error=86400");
        CachedBody soon = CachedBody.hashed(new byte[10], "application/json", 60, false, now.plusSeconds(20));
        assertThat(Responses.cacheControl(soon, now)).startsWith("public, max-age=20,");
        CachedBody past = CachedBody.hashed(new byte[10], "application/json", 60, false, now.minusSeconds(5));
        assertThat(Responses.cacheControl(past, now)).startsWith("public, max-age=0,");
        CachedBody revision = CachedBody.hashed(new byte[10], "application/json", 0, true, null);
        assertThat(Responses.cacheControl(revision, now)).isEqualTo("public, max-age=31536000, immutable");
        assertThat(Responses.acceptsGzip("br, gzip;q=0.5")).isTrue();
        assertThat(Responses.acceptsGzip("gzip;q=0")).isFalse();
        assertThat(Responses.acceptsGzip("identity")).isFalse();
    }

    @Test
    void aClientBeyondItsRateGets429WithRetryAfter() {
        RateLimiter limiter = new RateLimiter(1, 3);
        for (int i = 0; i < 3; i++) {
            limiter.acquire("10.0.0.1");
        }
        assertThatThrownBy(() -> limiter.acquire("10.0.0.1")).isInstanceOfSatisfying(Problem.class, p -> {
            assertThat(p.status()).isEqualTo(429);
            assertThat(p.headers()).containsEntry("Retry-After", "1");
        });
        limiter.acquire("10.0.0.2");
        new RateLimiter(0, 0).acquire("anyone");
    }
}
