package org.fairshed.notify;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.fairshed.notify.cap.CapAlerts;
import org.fairshed.notify.outbox.DeliveryRepository;
import org.fairshed.notify.outbox.Delivery;
import org.fairshed.notify.outbox.Dispatcher;
import org.fairshed.notify.outbox.FanOut;
import org.fairshed.notify.outbox.OutboxWriter;
import org.fairshed.notify.outbox.Payloads;
import org.fairshed.notify.push.PushRepository;
import org.fairshed.notify.push.PushSender;
import org.fairshed.notify.push.Vapid;
import org.fairshed.notify.warning.WarningRelease;
import org.fairshed.notify.webhook.WebhookRepository;
import org.fairshed.notify.webhook.WebhookSender;
import org.fairshed.store.Store;
import org.fairshed.store.secret.SecretBox;
import org.fairshed.store.secret.SecretBoxException;

/**
 * The notifications of one process over a {@link Store}: {@link #open} installs the outbox listener in the store's
 * publish and day-status transactions and loads the VAPID keys; {@link #start} runs the dispatcher loop on its own
 * thread (catch-up → fan-out → due warnings → deliveries), {@link #runOnce} one round of it (tests). Every state
 * it acts on is in the store, so a restart, or another replica, carries on where this one stopped.
 */
public final class Notifier implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Notifier.class.getName());
    private static final long CATCH_UP_MILLIS = 30_000;

    private final Store store;
    private final NotifyParameters parameters;
    private final OutboxWriter outbox = new OutboxWriter();
    private final WebhookRepository webhooks;
    private final PushRepository push;
    private final Vapid vapid;
    private final FanOut fanOut;
    private final WarningRelease warnings;
    private final Dispatcher dispatcher;
    private final CapAlerts cap;
    private volatile Thread loop;
    private volatile boolean running;
    private long lastCatchUp;

    private Notifier(Store store, NotifyParameters p) {
        this.store = store;
        this.parameters = p;
        Payloads payloads = new Payloads(p.baseUrl());
        sealSecrets(store, p.secrets());
        this.webhooks = new WebhookRepository(store, p.urlPolicy(), p.secrets());
        this.push = new PushRepository(store, p.urlPolicy(), p.secrets());
        this.vapid = Vapid.load(store.database(), p.vapidSubject(), p.secrets());
        this.fanOut = new FanOut(store, payloads);
        this.warnings = new WarningRelease(store.database(), payloads);
        this.dispatcher = new Dispatcher(new DeliveryRepository(store.database()), Map.of(
                Delivery.Channel.WEBHOOK, new WebhookSender(store.database(), p.urlPolicy(), p.egressProxy(), p.secrets(), p.clock(),
                        p.connectTimeout(), p.requestTimeout()),
                Delivery.Channel.PUSH, new PushSender(store.database(), p.urlPolicy(), p.egressProxy(), vapid, p.secrets(), p.clock(),
                        p.connectTimeout(), p.requestTimeout())), p.clock(), p.backoff(), p.lease(), p.batch());
        this.cap = new CapAlerts(store, p.sender(), p.baseUrl());
    }

    /**
     * Seals the webhook secrets and push auth secrets stored in clear (from before sealing existed), and refuses to
     * start when some were sealed under another key than this process's: every replica of a store must be given the
     * same key file, and a server that could not sign or encrypt would only fail later, one delivery at a time. One
     * transaction: when it refuses, nothing was sealed under the wrong key.
     */
    private static void sealSecrets(Store store, SecretBox box) {
        List<SealedSecrets.Column> columns = List.of(SealedSecrets.WEBHOOKS, SealedSecrets.PUSH);
        List<SealedSecrets.Sealing> done = store.database().write(c -> {
            List<SealedSecrets.Sealing> sealings = new ArrayList<>();
            for (SealedSecrets.Column column : columns) {
                sealings.add(SealedSecrets.sealClear(c, box, column));
            }
            for (int i = 0; i < columns.size(); i++) {
                refuseForeign(sealings.get(i), columns.get(i).kind(), box);
            }
            return sealings;
        });
        for (int i = 0; i < columns.size(); i++) {
            logSealed(done.get(i), columns.get(i).kind(), box);
        }
    }

    private static void refuseForeign(SealedSecrets.Sealing done, String what, SecretBox box) {
        if (done.foreign() > 0) {
            throw new SecretBoxException(done.foreign() + " " + what + " in the store were sealed under the "
                    + "secrets key " + String.join(", ", done.foreignKeys()) + ", and this server's key is " + box.id()
                    + ": give it the key file the store's other servers use");
        }
    }

    private static void logSealed(SealedSecrets.Sealing done, String what, SecretBox box) {
        if (done.sealedNow() > 0) {
            LOG.info(() -> "sealed " + done.sealedNow() + " " + what + " stored in clear under the secrets key "
                    + box.id());
        }
    }

    /** Installs the outbox in {@code store}'s transactions; nothing is sent until {@link #start} (or runOnce). */
    public static Notifier open(Store store, NotifyParameters parameters) {
        Notifier n = new Notifier(store, parameters);
        n.markStart();
        store.addPublishListener(n.outbox);
        return n;
    }

    /** Starts the dispatcher loop on a daemon thread. */
    public synchronized Notifier start() {
        if (loop == null) {
            running = true;
            loop = Thread.ofPlatform().daemon().name("fairshed-notify").start(this::loop);
        }
        return this;
    }

    /** One round: catch-up, fan-out, due warnings, one batch of deliveries; returns how much it did. */
    public int runOnce() {
        int work = catchUp();
        work += fanOut.run(parameters.clock().instant(), 100);
        work += warnings.release(parameters.clock().instant());
        work += dispatcher.round();
        return work;
    }

    public WebhookRepository webhooks() {
        return webhooks;
    }

    public PushRepository push() {
        return push;
    }

    public Vapid vapid() {
        return vapid;
    }

    public CapAlerts cap() {
        return cap;
    }

    public NotifyParameters parameters() {
        return parameters;
    }

    private void loop() {
        while (running) {
            int work = 0;
            try {
                if (System.currentTimeMillis() - lastCatchUp > CATCH_UP_MILLIS) {
                    lastCatchUp = System.currentTimeMillis();
                    work += catchUp();
                }
                work += fanOut.run(parameters.clock().instant(), 100);
                work += warnings.release(parameters.clock().instant());
                work += dispatcher.round();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "notification round failed; retrying", e);
            }
            if (work == 0) {
                try {
                    Thread.sleep(parameters.pollInterval());
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    /** The first notifier on a store starts the outbox at the newest store event (history is not told). */
    private void markStart() {
        store.database().write(c -> {
            try (PreparedStatement ps = c.prepareStatement("insert into notify_state (id, since_event) "
                    + "select 1, coalesce(max(id), 0) from store_event on conflict (id) do nothing")) {
                ps.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Revisions and day-status changes committed by a writer without the outbox listener (a tool on the same
     * database) are put into the outbox from the store's event sequence, late but not lost.
     */
    private int catchUp() {
        return store.database().write(c -> {
            try (PreparedStatement ps = c.prepareStatement("insert into notify_event (kind, region_id, store_event, "
                    + "revision, replaces, day, status, version) select e.kind, e.region_id, e.id, e.revision, "
                    + "e.replaces, e.day, e.status, e.version from store_event e where e.kind in ('revision', "
                    + "'day-status') and e.id > (select since_event from notify_state where id = 1) and not exists "
                    + "(select 1 from notify_event n where n.store_event = e.id) order by e.id "
                    + "on conflict (store_event) do nothing")) {
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public void close() {
        store.removePublishListener(outbox);
        running = false;
        Thread t = loop;
        if (t != null) {
            t.interrupt();
            try {
                t.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** For logs: the counts of pending work. */
    public String status() {
        return store.database().read(c -> {
            try (PreparedStatement ps = c.prepareStatement("select (select count(*) from notify_event where "
                    + "fanned_out_at is null), (select count(*) from notify_delivery where state = 'PENDING')");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return "events pending " + rs.getLong(1) + ", deliveries pending " + rs.getLong(2);
            }
        });
    }
}
