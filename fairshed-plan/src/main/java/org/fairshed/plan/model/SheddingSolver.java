package org.fairshed.plan.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.fairshed.common.job.Cancellation;
import org.fairshed.grid.lp.LpResult;
import org.fairshed.grid.lp.LpStatus;
import org.fairshed.grid.lp.SiftingLpModel;
import org.fairshed.plan.FairnessMode;
import org.fairshed.plan.PlanInput;
import org.fairshed.plan.PlannerParameters;

/**
 * Solves one {@link SheddingModel} lexicographically: (0) balance fixed injections, (1) least critical shed, (2) least
 * total shed, (3) in fair mode, leximin of the regions' shares within the price-of-fairness budget, (4) cheapest
 * generation. Each stage's optimum is kept as a bound for the next. Branch limits are added lazily: after every solve
 * the full DC flows are computed and the overloaded branches' rows added, until none is.
 */
public final class SheddingSolver {

    /** Branches over their limit by more than this (MW) get their row added. */
    static final double LAZY_FLOW_TOLERANCE_MW = 1e-5;
    /** A stage optimum v is kept as {@code <= v (1 + rel) + abs}, so round-off cannot make later stages infeasible. */
    static final double STAGE_RELATIVE_TOLERANCE = 1e-7;
    static final double STAGE_ABSOLUTE_TOLERANCE_MW = 1e-6;
    /** Stage bounds are never loosened beyond this relative margin (0.001 %). */
    static final double MAX_STAGE_TOLERANCE = 1e-5;
    /** FAIRSHED_TRACE set: every solve, lazy round and leximin step on stderr (read once, not on every round). */
    static final boolean TRACE = System.getenv("FAIRSHED_TRACE") != null;
    /** Branch rows added per slot and lazy round at most. */
    static final int MAX_ROWS_PER_ROUND = 40;
    /**
     * Weight of critical shed against other shed in the first solve, which tries stages (1) and (2) at once: any weight
     * above 1 keeps a solution that sheds no critical load exactly lexicographic; a larger one makes it likelier.
     */
    static final double CRITICAL_WEIGHT = 10;
    /** Lazy rounds at most per solve before giving up. */
    static final int MAX_LAZY_ROUNDS = 200;

    private final SheddingModel model;
    private final PlannerParameters parameters;
    private final Cancellation cancellation;
    private long deadline;
    /** when the model was started (moved on by the time it waited between its stages) */
    private long started;
    /** the shed stages' outcome when they failed; null when the model is ready for the rest */
    private SolvedSlots outcome;
    private double leastTotalShed;
    private Solution minShed;
    /** The job's cancellation stopped a solve. */
    private boolean cancelled;
    private int solves;
    private double lpSeconds;
    private Solution lastStageSolution;
    private final StageBounds stageBounds = new StageBounds();
    /** The last lazy solve ended because branch rows kept being added, not because the engine failed. */
    private boolean lazyRoundsExhausted;
    /** The latest solution whose flows were all within limits. */
    private Solution lastGood;
    /** What is being solved, for messages: "least total shed", "fairness step 2", ... */
    private String phase = "start";
    /** What the slot's message says about its fair sharing ({@link FairnessNotes}); "" when nothing. */
    private String fairnessNote = "";

    SheddingSolver(SheddingModel model, PlannerParameters parameters, Cancellation cancellation, long deadline,
                   long started) {
        this.model = model;
        this.parameters = parameters;
        this.cancellation = cancellation;
        this.deadline = deadline;
        this.started = started;
    }

    /**
     * Plans the given slots.
     *
     * @param historyShedMwh  cumulative mode: per region, non-critical energy shed before these slots
     * @param historyLoadMwh  cumulative mode: per region, non-critical energy demanded before these slots
     * @param seedBranches    branches (0-based) whose limit rows the model starts with (found binding elsewhere)
     * @param cancellation    polled before every solve; the solver's time limit never exceeds its remaining budget
     */
    static SolvedSlots solve(PlanInput input, NetworkSensitivities net, PlannerParameters parameters, int[] slots,
                             double[] historyShedMwh, double[] historyLoadMwh, int[] seedBranches,
                             Cancellation cancellation) {
        return solve(input, net, parameters, slots, historyShedMwh, historyLoadMwh, seedBranches, cancellation, true);
    }

    /**
     * {@link #solve}; {@code withoutCriticalFirst} false always gives critical load its variables (the formulation the
     * seeded agreement test compares with).
     */
    static SolvedSlots solve(PlanInput input, NetworkSensitivities net, PlannerParameters parameters, int[] slots,
                             double[] historyShedMwh, double[] historyLoadMwh, int[] seedBranches,
                             Cancellation cancellation, boolean withoutCriticalFirst) {
        try (ShedStages stages = ShedStages.of(input, net, parameters, slots, seedBranches, cancellation,
                withoutCriticalFirst)) {
            return stages.finish(historyShedMwh, historyLoadMwh);
        }
    }

    /** The shed stages' outcome when they failed; null when the model is ready for the rest. */
    SolvedSlots outcome() {
        return outcome;
    }

    /** Not counted in the time limit or the seconds: the time between the shed stages and the rest. */
    void waited(long nanos) {
        started += nanos;
        deadline += nanos;
    }

    /**
     * Stages (0) to (2). True when the model is ready for the rest, or has failed ({@link #outcome} set); false when the
     * model has no critical shed variables and no plan without critical shed exists (the caller then solves the model
     * with them).
     */
    boolean runShedStages() {
        int n = model.slots.length;
        List<int[]> all = new ArrayList<>();
        List<int[]> critical = new ArrayList<>();
        for (int s = 0; s < n; s++) {
            critical.add(model.shedCVar[s]);
            all.add(model.shedCVar[s]);
            all.add(model.shedNVar[s]);
        }
        boolean hasCritical = model.criticalVariables
                && Arrays.stream(model.input.criticalShare()).anyMatch(c -> c > 0);
        boolean criticalLeftOut = !model.criticalVariables
                && Arrays.stream(model.input.criticalShare()).anyMatch(c -> c > 0);
        double budget = fair() ? model.input.fairness().priceOfFairness() : 0;
        // (0) sum unserved + spilled + curtailed is almost always 0: try with them pinned at 0 first and run the
        // stage only when that proves infeasible
        setBalanceSlacksFree(false);
        LpResult r = shedStages(critical, all, budget, hasCritical);
        if (r.status() == LpStatus.INFEASIBLE && criticalLeftOut) {
            // no plan sheds no critical load (or the fixed injections need the balance slacks): the caller solves the
            // model with critical shed variables, stages (0) to (2) as they are
            return false;
        }
        if (r.status() == LpStatus.INFEASIBLE) {
            setBalanceSlacksFree(true);
            phase = "balancing fixed injections";
            r = stage(imbalance(), 0);
            if (r.status() != LpStatus.OPTIMAL) {
                outcome = failed(r);
                return true;
            }
            r = shedStages(critical, all, budget, hasCritical);
        }
        if (r.status() != LpStatus.OPTIMAL) {
            outcome = failed(r);
            return true;
        }
        leastTotalShed = r.objective();
        minShed = lastStageSolution;
        return true;
    }

    private boolean fair() {
        return model.input.fairness().mode() == FairnessMode.FAIR;
    }

    private List<int[]> imbalance() {
        List<int[]> imbalance = new ArrayList<>();
        for (int s = 0; s < model.slots.length; s++) {
            imbalance.add(model.unservedVar[s]);
            imbalance.add(model.spilledVar[s]);
            imbalance.add(model.curtailVar[s]);
        }
        return imbalance;
    }

    /** (3) fair sharing and (4) the cost stage, after {@link #runShedStages} left the model ready. */
    SolvedSlots runFairAndCost(double[] historyShedMwh, double[] historyLoadMwh) {
        LpResult r;
        SiftingLpModel released = null;
        if (fair() && leastTotalShed <= STAGE_ABSOLUTE_TOLERANCE_MW) {
            // nothing to share: the least total shed is none, every share is its constant (history, dark load)
            if (TRACE) {
                System.err.printf("  leximin skipped: the least total shed is %.3g MW%n", leastTotalShed);
            }
        } else if (fair()) {
            // the leximin's rows go in now: its first step starts from scratch anyway, and in cumulative mode the
            // shares need the energy shed before these slots, which the shed stages do not
            List<LeximinStage.Group> groups = FairnessGroups.of(model, historyShedMwh, historyLoadMwh);
            LeximinStage leximin = LeximinStage.prepare(model.lp, groups);
            // the last stage bound is the one on the total shed (within the price of fairness)
            if (!stageBounds.isEmpty()) {
                leximin.watchTotalShedRow(stageBounds.lastRow());
            }
            phase = "fair sharing";
            // a leximin step that stalls warm is solved again from scratch by the model's own GLOP (dual simplex, perturbed
            // costs) rather than by a fresh default GLOP (16-18 s against 2-3 s at 30,000 buses)
            model.lp.restartStallsFromScratch(true);
            if (model.lp instanceof SiftingLpModel sifting && sifting.holdsAll()
                    && model.branchRowCount() >= parameters.siftLeximinFromBranchRows()) {
                // the whole model served the shed stages; on a network-bound slot the leximin's steps sift from their
                // solution (PlannerParameters.DEFAULT_SIFT_LEXIMIN_FROM_BRANCH_ROWS)
                sifting.release();
                released = sifting;
            }
            // a released model starts from the shed stages' split: it holds every column until its next solve, so there
            // is nothing to park yet (and on the network-bound slots it is released for, parking the equal split there
            // was slower: case9241pegase heavy fair 5 % 44 s of CPU against 32 s)
            double start = released != null ? Double.NaN : EqualShareStart.suggest(model.lp, groups, leastTotalShed,
                    model.input.fairness().priceOfFairness());
            if (TRACE && !Double.isNaN(start)) {
                System.err.printf("  leximin: starts from the shed columns left out parked at one share, %.6f%n", start);
            }
            LpResult failure = leximin.run(this::solveRelaxing);
            fairnessNote = FairnessNotes.of(stageBounds.tolerance(), leastTotalShed, leximin.firstLevel(),
                    leximin.largestShareRatePerMw());
            if (failure != null) {
                return degraded(failure, minShed);
            }
        }
        // (4) sum cost(pg): linear terms exact, quadratic ones by tangent lines
        phase = "cheapest generation";
        r = costStage();
        if (r.status() != LpStatus.OPTIMAL && released != null) {
            // a sifted cost stage that fails (case9241pegase heavy at price 0, slot 6: GLOP ABNORMAL on the working
            // model, then INFEASIBLE): once more with every column in the model, as the shed stages had it
            released.hold();
            r = costStage();
            if (TRACE) {
                System.err.printf("slot %d: cost stage again on the whole model: %s%n", model.slots[0], r.status());
            }
        }
        if (r.status() != LpStatus.OPTIMAL) {
            return degraded(r, minShed);
        }
        if (TRACE) {
            System.err.printf("slot %d: %d solves, %d branch rows (%s), %.3f s in LP, %.3f s total%n", model.slots[0], solves,
                    model.branchRowCount(), model.rowReport(), lpSeconds, elapsed());
            if (model.lp instanceof SiftingLpModel sifting) {
                System.err.printf("slot %d: sifting: %s%n", model.slots[0], sifting.report());
            }
        }
        return new SolvedSlots(model, Solution.read(model), minShed, fairnessNote, LpStatus.OPTIMAL, false, false, solves,
                elapsed());
    }

    /** The cheapest generation with the shed as the stages bound it, retried with the objective scaled down. */
    private LpResult costStage() {
        model.lp.clearObjective();
        CostObjective.set(model, 1);
        LpResult r = solveRelaxing();
        if (r.status() == LpStatus.INFEASIBLE) {
            // GLOP's simplex sometimes ends INFEASIBLE on the dollar-sized cost objective of a model that is feasible
            // (case9241pegase heavy, slot 1: feasible without an objective): the same ranking, scaled down, gets through
            model.lp.clearObjective();
            CostObjective.set(model, CostObjective.RETRY_SCALE);
            r = solveRelaxing();
            if (TRACE) {
                System.err.printf("slot %d: cost stage retried with the objective scaled by %.0e: %s%n", model.slots[0],
                        CostObjective.RETRY_SCALE, r.status());
            }
        }
        return r;
    }

    /**
     * (1) least critical shed, when there is critical load, then (2) least total shed, bounded within the price of
     * fairness. Critical load is shed only when nothing else can balance, so both are tried in one solve first: the
     * least of shedn + {@link #CRITICAL_WEIGHT} shedc. When that sheds no critical load, it is exactly what the two
     * stages give (no plan sheds less critical load than none, and any plan shedding none costs its total there), and
     * stage (1) is skipped; otherwise the stages run in order, from that basis.
     */
    private LpResult shedStages(List<int[]> critical, List<int[]> all, double budget, boolean hasCritical) {
        phase = "least total shed";
        if (!hasCritical) {
            return stage(all, budget);
        }
        model.lp.clearObjective();
        objective(all, 1);
        objective(critical, CRITICAL_WEIGHT);
        LpResult r = solveLazily();
        if (r.status() != LpStatus.OPTIMAL) {
            return r;
        }
        double criticalShed = sum(critical);
        if (criticalShed <= STAGE_ABSOLUTE_TOLERANCE_MW) {
            double total = sum(all);
            lastStageSolution = Solution.read(model);
            bound(critical, criticalShed, 0);
            bound(all, total, budget);
            return new LpResult(LpStatus.OPTIMAL, total, r.seconds(), "");
        }
        phase = "least critical shed";
        r = stage(critical, 0);
        if (r.status() != LpStatus.OPTIMAL) {
            return r;
        }
        phase = "least total shed";
        return stage(all, budget);
    }

    /** Minimizes the sum of {@code groups}' variables, then bounds that sum by its optimum times (1 + slack). */
    private LpResult stage(List<int[]> groups, double relativeSlack) {
        model.lp.clearObjective();
        objective(groups, 1);
        LpResult r = solveLazily();
        if (r.status() == LpStatus.OPTIMAL) {
            // read before the bound row is added: changing the model discards the solver's solution
            lastStageSolution = Solution.read(model);
            bound(groups, r.objective(), relativeSlack);
        }
        return r;
    }

    private void objective(List<int[]> groups, double coefficient) {
        for (int[] g : groups) {
            for (int v : g) {
                if (v >= 0) {
                    model.lp.setObjectiveCoefficient(v, coefficient);
                }
            }
        }
    }

    /** The sum of {@code groups}' variables in the last solution. */
    private double sum(List<int[]> groups) {
        double sum = 0;
        for (int[] g : groups) {
            for (int v : g) {
                if (v >= 0) {
                    sum += model.lp.value(v);
                }
            }
        }
        return sum;
    }

    /** Bounds the sum of {@code groups}' variables by {@code optimum} times (1 + slack), with the stage tolerances. */
    private void bound(List<int[]> groups, double optimum, double relativeSlack) {
        List<Integer> vars = new ArrayList<>();
        for (int[] g : groups) {
            for (int v : g) {
                if (v >= 0) {
                    vars.add(v);
                }
            }
        }
        stageBounds.add(model.lp, vars.stream().mapToInt(Integer::intValue).toArray(), optimum, relativeSlack);
    }

    private void setBalanceSlacksFree(boolean free) {
        for (int s = 0; s < model.slots.length; s++) {
            double[] pd = model.input.busLoadMw()[model.slots[s]];
            for (int b = 0; b < pd.length; b++) {
                if (model.curtailVar[s][b] >= 0) {
                    model.lp.setVariableBounds(model.curtailVar[s][b], 0, free ? -pd[b] : 0);
                }
            }
            for (int k = 0; k < model.unservedVar[s].length; k++) {
                if (model.unservedVar[s][k] >= 0) {
                    model.lp.setVariableBounds(model.unservedVar[s][k], 0, free ? Double.POSITIVE_INFINITY : 0);
                    model.lp.setVariableBounds(model.spilledVar[s][k], 0, free ? Double.POSITIVE_INFINITY : 0);
                }
            }
        }
    }

    /**
     * {@link #solveLazily}, and when the engine calls the model infeasible although the previous stage's solution is
     * in it, or gives up on it (round-off against tight bounds: seen on case9241pegase, and on leximin steps of the
     * 30,000-bus grid, where GLOP ended ABNORMAL and a fresh GLOP then ran 20,000-34,000 iterations, 10-25 s, into a
     * wrong INFEASIBLE), loosens the stage bounds tenfold and tries again, up to {@link #MAX_STAGE_TOLERANCE}
     * relative. The engine's own rescue by a fresh engine is held back until the bounds cannot be loosened further:
     * on the 30,000-bus grid at price 0 a loosened warm re-solve took 1-3 s where the rescue had taken 10-25 s (and
     * then needed the loosening anyway). Loosening the leximin's fixed shares instead did not help there (tried).
     */
    LpResult solveRelaxing() {
        LpResult r;
        boolean canLoosen = !stageBounds.isEmpty();
        model.lp.rescueOnFailure(!canLoosen);
        try {
            r = solveLazily();
            while (loosenable(r) && stageBounds.loosen(model.lp)) {
                if (TRACE) {
                    System.err.printf("  %s %s: stage bounds loosened to %.0e relative%n", phase,
                            r.status() == LpStatus.INFEASIBLE ? "infeasible" : "failed", stageBounds.tolerance());
                }
                r = solveLazily();
            }
        } finally {
            model.lp.rescueOnFailure(true);
        }
        if (r.status() == LpStatus.ERROR && !lazyRoundsExhausted && canLoosen) {
            // nothing left to loosen: the fresh engines' turn (the model's own from scratch first was tried on the
            // 30,000-bus grid at price 0: it gave up on the same step)
            r = solveLazily();
        }
        return r;
    }

    /** A failure that loosening the stage bounds may cure: infeasible, or the engine gave up. */
    private boolean loosenable(LpResult r) {
        return r.status() == LpStatus.INFEASIBLE || r.status() == LpStatus.ERROR && !lazyRoundsExhausted;
    }

    /** Solves, adds the rows of overloaded branches, and re-solves until no branch is over its limit. */
    LpResult solveLazily() {
        lazyRoundsExhausted = false;
        for (int round = 0; ; round++) {
            if (cancellation.isStopped()) {
                return stopped();
            }
            double remaining = Math.min((deadline - System.nanoTime()) / 1e9, cancellation.remainingSeconds());
            if (remaining <= 0) {
                return cancellation.isStopped() ? stopped() : new LpResult(LpStatus.TIME_LIMIT, Double.NaN, 0,
                        "time limit of " + parameters.timeLimitSeconds() + " s reached");
            }
            LpResult r = model.lp.solve(remaining);
            solves++;
            lpSeconds += r.seconds();
            if (r.status() == LpStatus.TIME_LIMIT && cancellation.isStopped()) {
                return stopped();
            }
            if (r.status() != LpStatus.OPTIMAL) {
                return r;
            }
            Solution x = Solution.read(model);
            boolean added = false;
            for (int s = 0; s < model.slots.length; s++) {
                double[] flows = model.net.flows(model.net.injections(x.genMw()[s], x.servedMw(model, s)));
                for (int k : mostViolated(model.net.violated(flows, LAZY_FLOW_TOLERANCE_MW), flows)) {
                    added |= model.enforceBranchLimit(s, k, flows[k]);
                }
            }
            if (TRACE) {
                System.err.printf("  %s round %d: objective %.9f in %.3f s, %d branch rows, %s%n", phase, round, r.objective(), r.seconds(),
                        model.branchRowCount(), added ? "rows added or tightened" : "flows within limits");
            }
            if (!added) {
                lastGood = x;
                return r;
            }
            if (round + 1 >= MAX_LAZY_ROUNDS) {
                // still overloading branches: never an OPTIMAL plan
                lazyRoundsExhausted = true;
                return new LpResult(LpStatus.ERROR, Double.NaN, r.seconds(), "branch limits still violated after "
                        + MAX_LAZY_ROUNDS + " rounds of added branch rows");
            }
        }
    }

    /** The job was cancelled or ran out of its time budget: no more solves. */
    private LpResult stopped() {
        cancelled = true;
        String why = cancellation.reason() == Cancellation.Reason.CANCELLED ? "the job was cancelled"
                : "the job's time budget ran out";
        return new LpResult(LpStatus.TIME_LIMIT, Double.NaN, 0, why);
    }

    /**
     * A later, lower-priority stage failed (seen: numerical trouble on large cases): the plan keeps the last solution
     * that met every limit, which already has the least critical and total shed, and says what was not achieved.
     */
    private SolvedSlots degraded(LpResult r, Solution minShed) {
        String note = phase + " stopped early (" + r.status() + ": " + r.message() + "); the plan keeps the least total "
                + "shed and the " + (phase.equals("fair sharing") ? "fairness reached so far" : "fair sharing")
                + (fairnessNote.isEmpty() ? "" : "; " + fairnessNote);
        return new SolvedSlots(model, lastGood, minShed, note, LpStatus.OPTIMAL, true, cancelled, solves,
                elapsed());
    }

    /**
     * At most {@link #MAX_ROWS_PER_ROUND} of the violated branches, the worst (relative to their rating) first: an early,
     * unconstrained solution overloads hundreds of branches of which only a few end up binding, and every row is dense.
     */
    private int[] mostViolated(int[] violated, double[] flows) {
        if (violated.length <= MAX_ROWS_PER_ROUND) {
            return violated;
        }
        var branches = model.input.grid().branches();
        return Arrays.stream(violated).boxed()
                .sorted(java.util.Comparator.comparingDouble((Integer k) -> -Math.abs(flows[k]) / branches.get(k).rateA()))
                .limit(MAX_ROWS_PER_ROUND).mapToInt(Integer::intValue).toArray();
    }

    /** Seconds since the model was started, waits between its stages left out. */
    private double elapsed() {
        return (System.nanoTime() - started) / 1e9;
    }

    private SolvedSlots failed(LpResult r) {
        return new SolvedSlots(model, null, null, phase + ": " + r.message(), r.status(), false, cancelled, solves,
                elapsed());
    }
}
