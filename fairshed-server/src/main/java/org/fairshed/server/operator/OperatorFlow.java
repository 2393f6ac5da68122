package org.fairshed.server.operator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.fairshed.common.InputException;
import org.fairshed.common.job.Cancellation;
import org.fairshed.grid.damage.Damage;
import org.fairshed.plan.scenario.Scenario;
import org.fairshed.server.access.Operator;
import org.fairshed.server.http.Json;
import org.fairshed.store.Store;
import org.fairshed.store.access.Actor;
import org.fairshed.store.model.Region;
import org.fairshed.store.model.RevisionDraft;

/**
 * The operator flow of one server: uploads checked and queued as jobs, one worker running them into drafts with their
 * previews. Publishing, approvals and emergencies are {@link Publishing}'s. Every write is audited.
 */
public final class OperatorFlow implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(OperatorFlow.class.getName());

    final Store store;
    final Clock clock;
    final FlowParameters parameters;
    final NetworkCatalog catalog;
    final JobStore jobs;
    final DraftStore drafts;
    final JobQueue queue;
    private final JobRunner runner;
    private volatile boolean closing;

    public OperatorFlow(Store store, Clock clock, FlowParameters parameters) {
        this.store = store;
        this.clock = clock;
        this.parameters = parameters;
        this.catalog = new NetworkCatalog(store, parameters);
        this.jobs = new JobStore(store.database(), "worker-" + ProcessHandle.current().pid() + "-"
                + java.util.UUID.randomUUID().toString().substring(0, 8));
        this.drafts = new DraftStore(store.database());
        this.runner = new JobRunner(store, parameters);
        this.queue = new JobQueue(jobs, new WorkerLock(store), this::runJob);
    }

    /**
     * Starts the worker and warms the engine up (not on a read-only replica, nor where {@code runsJobs} is off: such a
     * server queues jobs for another); with several servers on one database, the one whose worker holds the
     * database's lock runs the jobs ({@link WorkerLock}).
     */
    public void start() {
        if (!store.parameters().readOnly() && parameters.runsJobs()) {
            queue.start();
            if (parameters.warmUp()) {
                EngineWarmUp.start(catalog, parameters.demoNetwork(), parameters.jobNice());
            }
        }
    }

    /**
     * Checks an upload against its network and queues it; nothing is stored for a refused one.
     *
     * @param regions the store regions to draft, empty for all the operator covers
     * @param budget  the job's time budget, null for the default
     */
    public long submit(Operator who, String body, List<String> regions, Duration budget, Actor actor) {
        if (body.getBytes(StandardCharsets.UTF_8).length > parameters.maxUploadBytes()) {
            throw new org.fairshed.server.http.Problem(413, "too-large", "Upload too large", "the upload has more than "
                    + parameters.maxUploadBytes() + " bytes", null, Map.of());
        }
        Duration b = budget == null ? parameters.defaultBudget() : budget;
        if (b.isNegative() || b.isZero() || b.compareTo(parameters.maxBudget()) > 0) {
            throw InputException.atField("query", "budgetSeconds", "must be from 1 to " + parameters.maxBudget().toSeconds()
                    + " seconds, got " + b.toSeconds());
        }
        for (String r : regions) {
            who.requireRegion(r, "regions");
        }
        List<String> wanted = regions.isEmpty() && !who.national() ? List.of(who.region()) : regions;
        Prepared p = prepare(body, null, wanted);
        for (String code : p.regions().values()) {
            who.requireRegion(code, "regions");
        }
        long id = jobs.insert(p.kind(), p.network().name(), List.copyOf(new java.util.TreeSet<>(p.regions().values())),
                (int) b.toSeconds(), body, p.planAt(), who.name(), actor.remoteAddress());
        store.audit().record(actor, "job.submit", p.regions().size() == 1 ? p.regions().values().iterator().next()
                : null, null, null, "job:" + id, "{\"job\":" + id + ",\"kind\":\"" + p.kind() + "\",\"network\":"
                + quote(p.network().name()) + "}");
        queue.wake();
        return id;
    }

    /**
     * Cancels a queued or running job, on whichever server it runs (this one's worker stops it at once, another's
     * within {@link JobQueue#CANCEL_WATCH_MILLIS}); false when it had ended.
     */
    public boolean cancel(Operator who, FlowJob job, Actor actor) {
        boolean done = jobs.cancelQueued(job.id());
        if (!done) {
            done = jobs.requestCancel(job.id());
            queue.cancelRunning(job.id(), done);
        }
        if (done) {
            store.audit().record(actor, "job.cancel", job.regions().size() == 1 ? job.regions().get(0) : null, null,
                    null, "job:" + job.id(), "{\"job\":" + job.id() + "}");
            queue.changed();
        }
        return done;
    }

    /** The newest jobs, at most {@code limit}, as stored (callers keep those the operator covers). */
    public List<FlowJob> recentJobs(int limit) {
        return jobs.list(limit);
    }

    /** The newest drafts, at most {@code limit} (callers keep those the operator covers). */
    public List<FlowDraft> recentDrafts(int limit) {
        return drafts.list(limit);
    }

    public Optional<FlowDraft> draft(long id) {
        return drafts.get(id);
    }

    /** A draft's revision drafts per region, as its publish would store them (without the reason and author). */
    public List<RevisionDraft> draftContent(long id) {
        return DraftContent.read(drafts.content(id), null, null);
    }

    /**
     * A draft's preview as the diff route answers it: the stored preview against {@code basedOn}, with the draft's id,
     * the published state's ETag now ({@code currentEtag}), whether something was published since ({@code stale})
     * and whether the draft is published.
     */
    public ObjectNode diff(FlowDraft d) {
        ObjectNode preview;
        try {
            preview = (ObjectNode) Json.mapper().readTree(drafts.preview(d.id()));
        } catch (IOException e) {
            throw new UncheckedIOException("the preview of draft " + d.id() + " is not readable", e);
        }
        preview.put("draft", d.id());
        String current = PublishedState.currentEtag(store, d.regions());
        preview.put("currentEtag", current);
        preview.put("stale", !current.equals(d.basedOn()));
        preview.put("published", d.published());
        return preview;
    }

    /** An upload checked; {@code planAt} is a stored damage update's moment (null at submission: now or its at). */
    Prepared prepare(String body, LocalDateTime planAt, List<String> wanted) {
        Upload upload = Upload.parse(body);
        if (planAt != null && upload instanceof Upload.DamageUpload d) {
            upload = new Upload.DamageUpload(d.network(), planAt, d.damage());
        }
        List<Region> stored = store.organisation().regions();
        Set<String> codes = new java.util.HashSet<>();
        stored.forEach(r -> codes.add(r.code()));
        return Prepared.of(upload, catalog, LocalDateTime.now(clock.withZone(zone(stored, wanted))), this::baseDay,
                wanted, codes);
    }

    private static ZoneId zone(List<Region> stored, List<String> wanted) {
        for (Region r : stored) {
            if (wanted.isEmpty() || wanted.contains(r.code())) {
                return r.zone();
            }
        }
        return ZoneId.of("Europe/Kyiv");
    }

    /**
     * The current day of a network, as a damage update re-plans it: the newest published scenario job of that day on
     * the network (else, on the demo network, the demo's day), with the damage of every damage update published since.
     */
    Scenario baseDay(NetworkCatalog.Known network, LocalDate day) {
        Scenario base = network.demoDay(day);
        List<String[]> published = publishedInputs(network.name());
        int from = 0;
        for (int i = published.size() - 1; i >= 0; i--) {
            if (published.get(i)[0].equals(FlowJob.SCENARIO)) {
                Scenario s = ((Upload.ScenarioUpload) Upload.parse(published.get(i)[1])).scenario();
                if (s.start().toLocalDate().equals(day)) {
                    base = s;
                    from = i + 1;
                    break;
                }
            }
        }
        if (base == null) {
            throw InputException.atField(Upload.SOURCE, "network", "no scenario of " + network.name() + " for " + day
                    + " was published: upload the day's scenario first, then damage updates against it");
        }
        Damage damage = Damage.NONE;
        for (int i = from; i < published.size(); i++) {
            String[] row = published.get(i);
            if (row[0].equals(FlowJob.DAMAGE_UPDATE) && row[2] != null && LocalDate.parse(row[2].substring(0, 10)).equals(day)) {
                damage = Replans.merge(damage, ((Upload.DamageUpload) Upload.parse(row[1])).damage());
            }
        }
        return damage.isEmpty() ? base : Replans.withDamage(base, damage);
    }

    /** {kind, input, plan_at} of the network's jobs whose drafts were published, oldest first. */
    private List<String[]> publishedInputs(String network) {
        return store.database().read(c -> {
            try (PreparedStatement ps = c.prepareStatement("select j.kind, j.input, j.plan_at::text from operator_job j "
                    + "join operator_draft d on d.id = j.draft_id where d.published_at is not null and j.network = ? "
                    + "order by d.published_at, j.id")) {
                ps.setString(1, network);
                try (ResultSet rs = ps.executeQuery()) {
                    List<String[]> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
                    }
                    return out;
                }
            }
        });
    }

    /** The worker's work: one job to its end; its own failure is the job's FAILED, never the worker's. */
    private void runJob(FlowJob job) {
        Cancellation cancellation = queue.begin(job.id(), Duration.ofSeconds(job.budgetSeconds()));
        try {
            Prepared p = prepare(job.input(), job.planAt(), job.regions());
            LocalDateTime now = p.planAt() != null ? p.planAt()
                    : LocalDateTime.now(clock.withZone(zone(store.organisation().regions(), job.regions())));
            // the preview's address counts (a scan of the registry: seconds at a million addresses) while the engine runs
            java.util.concurrent.FutureTask<Map<String, Map<String, Long>>> addresses = new java.util.concurrent.FutureTask<>(
                    () -> addressCounts(List.copyOf(p.regions().values())));
            Thread.ofVirtual().name("fairshed-job-addresses").start(addresses);
            JobRunner.Made made = runner.run(p, now, queue.listener(job.id()), cancellation);
            if (!made.status().equals(FlowJob.DONE)) {
                String status = closing ? FlowJob.FAILED : made.status();
                queue.end(job, status, made.engineStatus(), closing ? "the server stopped while the job ran"
                        : made.message());
                return;
            }
            long draftId = saveDraft(job, p, made, counted(addresses));
            if (draftId < 0) {
                LOG.warning("job " + job.id() + " ended after it stopped being this worker's run (cancelled, or taken "
                        + "over after the worker lost its lock): its draft is not kept");
                return;
            }
            var plan = made.result().plan();
            LOG.info(String.format(java.util.Locale.ROOT, "job %d made draft %d: %s in %.1f s (plan %.1f s, rota %.1f s)",
                    job.id(), draftId, made.engineStatus(), made.result().seconds(), plan == null ? 0 : plan.solveSeconds(),
                    made.result().rota() == null ? 0 : made.result().rota().solveSeconds()));
        } catch (InputException e) {
            jobs.finish(job.id(), FlowJob.FAILED, null, e.getMessage(), null);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "job " + job.id() + " failed", e);
            jobs.finish(job.id(), FlowJob.FAILED, null, "internal error while running the job (logged on the server)",
                    null);
        }
    }

    /** The address counts counted beside the job; what the count threw is thrown here as it was. */
    private static Map<String, Map<String, Long>> counted(java.util.concurrent.Future<Map<String, Map<String, Long>>> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while counting the addresses", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    private long saveDraft(FlowJob job, Prepared p, JobRunner.Made made, Map<String, Map<String, Long>> addresses) {
        String content = DraftContent.write(made.drafts());
        // the preview names its draft: insert with a placeholder id, then the row's id is the one shown (read back)
        Preview.Body body = Preview.of(0, job.id(), p.network().name(), made.state(), made.drafts(),
                made.result().plan(), made.engineStatus(), made.message(), made.publishable(), made.refusal(),
                made.warnings(), addresses);
        String planStatus = made.result().plan() == null ? "NONE"
                : org.fairshed.server.publish.DraftMapper.planStatus(made.result().plan());
        return drafts.insertForJob(job.id(), p.network().name(), job.regions(), made.state().etag(),
                made.state().numbers(), made.publishable(), made.refusal(), planStatus, content,
                new String(Json.bytes(body), StandardCharsets.UTF_8), job.submittedBy(), made.engineStatus(),
                made.message(), jobs.worker());
    }

    /** Live addresses per region and hourly group. */
    Map<String, Map<String, Long>> addressCounts(List<String> regions) {
        return store.database().read(c -> {
            try (PreparedStatement ps = c.prepareStatement("select r.code, g.code, count(*) from address_group ag "
                    + "join consumer_group g on g.id = ag.group_id join region r on r.id = g.region_id "
                    + "join address a on a.id = ag.address_id where a.retired_at is null and r.code = any (?) "
                    + "and g.schedule_type = 'hourly' group by r.code, g.code")) {
                ps.setArray(1, c.createArrayOf("text", regions.toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    Map<String, Map<String, Long>> out = new HashMap<>();
                    while (rs.next()) {
                        out.computeIfAbsent(rs.getString(1), k -> new TreeMap<>()).put(rs.getString(2), rs.getLong(3));
                    }
                    return out;
                }
            }
        });
    }

    static String quote(String s) {
        return new String(Json.bytes(s), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        closing = true;
        queue.close();
    }
}
