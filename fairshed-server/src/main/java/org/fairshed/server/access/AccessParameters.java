package org.fairshed.server.access;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import org.fairshed.store.secret.SecretBox;

/**
 * How operators get in: cookie security, session timeouts, token lifetimes, login rate limits.
 *
 * @param clock             now, for expiry and timeouts (tests pass their own)
 * @param secureCookies     mark the session cookie {@code Secure} (and name it {@code __Host-...}): on whenever a TLS proxy
 *                          is in front, which is every deployment but a laptop's demo
 * @param trustForwardedFor take the client's address from {@code X-Forwarded-For} (only behind a proxy that sets it)
 * @param sessionIdle       a session unused this long ends
 * @param sessionAbsolute   a session ends this long after its login, however busy (a dispatcher's shift)
 * @param tokenDefault      an API token's lifetime when none is asked for
 * @param tokenMax          the longest lifetime a token may have
 * @param loginsPerIp       login attempts a client address may make in a burst; one more each
 *                          {@link #loginRefill}
 * @param failuresPerName   failed logins of one name in a burst, before it is refused for {@link #loginRefill} each
 * @param loginRefill       the time one attempt takes to come back
 * @param secrets           the key the typed names of failed logins are keyed under in the database (an HMAC, not a
 *                          bare hash: a name field sometimes receives a password); every replica must have the same
 *                          (default: a key of this process alone, for tests; {@code serve} gives its key file's)
 */
public record AccessParameters(Clock clock, boolean secureCookies, boolean trustForwardedFor, Duration sessionIdle,
                               Duration sessionAbsolute, Duration tokenDefault, Duration tokenMax, int loginsPerIp,
                               int failuresPerName, Duration loginRefill, SecretBox secrets) {

    /** The key of {@link #defaults}: this process's alone. */
    private static final SecretBox PROCESS_SECRETS = SecretBox.ephemeral();

    public AccessParameters {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(secrets, "secrets");
        for (Duration d : new Duration[] {sessionIdle, sessionAbsolute, tokenDefault, tokenMax, loginRefill}) {
            if (d == null || d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("durations must be positive, got " + d);
            }
        }
        if (tokenDefault.compareTo(tokenMax) > 0) {
            throw new IllegalArgumentException("tokenDefault " + tokenDefault + " exceeds tokenMax " + tokenMax);
        }
        if (loginsPerIp < 1 || failuresPerName < 1) {
            throw new IllegalArgumentException("login limits must be at least 1");
        }
    }

    /**
     * Secure cookies, sessions of 30 minutes idle and 12 hours at most, tokens of 90 days by default and a year at
     * most, 10 logins per address and 5 failures per name in a burst, one more each 30 s.
     */
    public static AccessParameters defaults() {
        return new AccessParameters(Clock.systemUTC(), true, false, Duration.ofMinutes(30), Duration.ofHours(12),
                Duration.ofDays(90), Duration.ofDays(365), 10, 5, Duration.ofSeconds(30), PROCESS_SECRETS);
    }

    public AccessParameters withClock(Clock c) {
        return new AccessParameters(c, secureCookies, trustForwardedFor, sessionIdle, sessionAbsolute, tokenDefault,
                tokenMax, loginsPerIp, failuresPerName, loginRefill, secrets);
    }

    public AccessParameters withSecureCookies(boolean secure) {
        return new AccessParameters(clock, secure, trustForwardedFor, sessionIdle, sessionAbsolute, tokenDefault,
                tokenMax, loginsPerIp, failuresPerName, loginRefill, secrets);
    }

    public AccessParameters withTrustForwardedFor(boolean trust) {
        return new AccessParameters(clock, secureCookies, trust, sessionIdle, sessionAbsolute, tokenDefault,
                tokenMax, loginsPerIp, failuresPerName, loginRefill, secrets);
    }

    public AccessParameters withSessionTimeouts(Duration idle, Duration absolute) {
        return new AccessParameters(clock, secureCookies, trustForwardedFor, idle, absolute, tokenDefault, tokenMax,
                loginsPerIp, failuresPerName, loginRefill, secrets);
    }

    public AccessParameters withLoginLimits(int perIp, int perName, Duration refill) {
        return new AccessParameters(clock, secureCookies, trustForwardedFor, sessionIdle, sessionAbsolute, tokenDefault,
                tokenMax, perIp, perName, refill, secrets);
    }

    public AccessParameters withSecrets(SecretBox box) {
        return new AccessParameters(clock, secureCookies, trustForwardedFor, sessionIdle, sessionAbsolute, tokenDefault,
                tokenMax, loginsPerIp, failuresPerName, loginRefill, box);
    }

    /** The session cookie's name: {@code __Host-} (Secure, path /, no domain) when cookies are secure. */
    public String cookieName() {
        return secureCookies ? "__Host-fairshed_session" : "fairshed_session";
    }
}
