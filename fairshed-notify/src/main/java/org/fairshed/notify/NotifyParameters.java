package org.fairshed.notify;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import org.fairshed.notify.outbox.Backoff;
import org.fairshed.notify.outbox.EgressProxy;
import org.fairshed.notify.webhook.UrlPolicy;
import org.fairshed.store.secret.SecretBox;

/**
 * How the notifier runs.
 *
 * @param clock          due times, timestamps and backoff come from it
 * @param urlPolicy      which webhook and push URLs may be called (default: public https only)
 * @param pollInterval   how often the dispatcher looks for work when there was none
 * @param connectTimeout TCP/TLS connect timeout of one attempt
 * @param requestTimeout the whole attempt's timeout (a receiver should answer 2xx quickly and work later)
 * @param lease          how long a claimed message is another dispatcher's to leave alone; a crashed sender's
 *                       message goes again after it
 * @param backoff        retries
 * @param batch          messages claimed per round
 * @param baseUrl        prefix of the links in payloads ({@code https://outages.example.ua}), empty for relative
 * @param vapidSubject   the VAPID {@code sub} claim: a mailto: or https: contact for push services
 * @param sender         the CAP {@code sender} (an address-like name of this service)
 * @param secrets        seals the webhook secrets and the VAPID private key in the store (default: a key of this
 *                       process alone, for tests and benches; {@code serve} gives the key of its key file)
 * @param egressProxy    the HTTP proxy deliveries go through ({@link EgressProxy}), null for direct connections
 */
public record NotifyParameters(Clock clock, UrlPolicy urlPolicy, Duration pollInterval, Duration connectTimeout,
                               Duration requestTimeout, Duration lease, Backoff backoff, int batch, String baseUrl,
                               String vapidSubject, String sender, SecretBox secrets, EgressProxy egressProxy) {

    /** The key of {@link #defaults}: this process's alone, the same for every notifier in it (tests, benches). */
    private static final SecretBox PROCESS_SECRETS = SecretBox.ephemeral();

    public NotifyParameters {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(urlPolicy, "urlPolicy");
        Objects.requireNonNull(backoff, "backoff");
        Objects.requireNonNull(secrets, "secrets");
        if (lease.compareTo(requestTimeout.plus(connectTimeout)) <= 0) {
            throw new IllegalArgumentException("the lease (" + lease + ") must outlast an attempt ("
                    + requestTimeout.plus(connectTimeout) + ")");
        }
        if (batch < 1) {
            throw new IllegalArgumentException("batch must be at least 1, got " + batch);
        }
        baseUrl = baseUrl == null ? "" : baseUrl;
    }

    public static NotifyParameters defaults() {
        return new NotifyParameters(Clock.systemUTC(), UrlPolicy.PUBLIC_ONLY, Duration.ofMillis(250),
                Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(60), Backoff.DEFAULT, 64, "",
                "mailto:operator@fairshed.invalid", "fairshed@fairshed.invalid", PROCESS_SECRETS, null);
    }

    public NotifyParameters withClock(Clock c) {
        return new NotifyParameters(c, urlPolicy, pollInterval, connectTimeout, requestTimeout, lease, backoff, batch,
                baseUrl, vapidSubject, sender, secrets, egressProxy);
    }

    public NotifyParameters withUrlPolicy(UrlPolicy p) {
        return new NotifyParameters(clock, p, pollInterval, connectTimeout, requestTimeout, lease, backoff, batch,
                baseUrl, vapidSubject, sender, secrets, egressProxy);
    }

    public NotifyParameters withBackoff(Backoff b) {
        return new NotifyParameters(clock, urlPolicy, pollInterval, connectTimeout, requestTimeout, lease, b, batch,
                baseUrl, vapidSubject, sender, secrets, egressProxy);
    }

    public NotifyParameters withTimeouts(Duration connect, Duration request, Duration newLease) {
        return new NotifyParameters(clock, urlPolicy, pollInterval, connect, request, newLease, backoff, batch, baseUrl,
                vapidSubject, sender, secrets, egressProxy);
    }

    public NotifyParameters withPollInterval(Duration d) {
        return new NotifyParameters(clock, urlPolicy, d, connectTimeout, requestTimeout, lease, backoff, batch, baseUrl,
                vapidSubject, sender, secrets, egressProxy);
    }

    public NotifyParameters withBaseUrl(String url) {
        return new NotifyParameters(clock, urlPolicy, pollInterval, connectTimeout, requestTimeout, lease, backoff, batch,
                url, vapidSubject, sender, secrets, egressProxy);
    }

    public NotifyParameters withSecrets(SecretBox box) {
        return new NotifyParameters(clock, urlPolicy, pollInterval, connectTimeout, requestTimeout, lease, backoff, batch,
                baseUrl, vapidSubject, sender, box, egressProxy);
    }

    public NotifyParameters withEgressProxy(EgressProxy proxy) {
        return new NotifyParameters(clock, urlPolicy, pollInterval, connectTimeout, requestTimeout, lease, backoff, batch,
                baseUrl, vapidSubject, sender, secrets, proxy);
    }
}
