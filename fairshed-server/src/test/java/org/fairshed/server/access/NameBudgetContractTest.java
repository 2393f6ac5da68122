package org.fairshed.server.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.fairshed.server.testing.TestWorld;
import org.fairshed.store.access.LoginThrottleRepository;
import org.fairshed.store.secret.SecretBox;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The database's {@link NameBudget} and an in-memory reference count a name's failures the same way:
 * {@value #CAPACITY} failures, each back after {@value #REFILL_MS} ms, names apart from one another; the database's
 * is also one budget for every server on it.
 */
class NameBudgetContractTest {

    private static final int CAPACITY = 3;
    private static final long REFILL_MS = 30_000;
    private static final long T0 = 1_790_000_000_000L;
    private static final byte[] NAME_KEY = SecretBox.ephemeral().derive("login names");

    static Stream<Arguments> budgets() {
        return Stream.of(Arguments.of("in memory", inMemory(CAPACITY, REFILL_MS)),
                Arguments.of("in the database", NameBudget.shared(new LoginThrottleRepository(
                        TestWorld.get().store.database(), NAME_KEY), CAPACITY, REFILL_MS)));
    }

    /** The reference: one {@link TokenBucket} per name in a map, as the login limiter keeps its addresses. */
    static NameBudget inMemory(int capacity, long refillMillis) {
        Map<String, TokenBucket> names = new ConcurrentHashMap<>();
        return new NameBudget() {
            @Override
            public long waitMillis(String name, long now) {
                TokenBucket b = names.get(name);
                return b == null ? 0 : b.waitMillis(now);
            }

            @Override
            public void failed(String name, long now) {
                names.computeIfAbsent(name, k -> new TokenBucket(capacity, refillMillis, now)).take(now);
            }

            @Override
            public void sweep(long now) {
                names.values().removeIf(b -> b.full(now));
            }
        };
    }

    private static String name() {
        return "budget-" + UUID.randomUUID();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("budgets")
    void aNameHasItsFailuresThenWaitsForOneToComeBack(String kind, NameBudget budget) {
        String n = name();
        assertThat(budget.waitMillis(n, T0)).isZero();
        for (int i = 0; i < CAPACITY - 1; i++) {
            budget.failed(n, T0);
        }
        assertThat(budget.waitMillis(n, T0)).as("one failure left").isZero();
        budget.failed(n, T0);
        assertThat(budget.waitMillis(n, T0)).isEqualTo(REFILL_MS);
        budget.failed(n, T0);
        assertThat(budget.waitMillis(n, T0)).as("a failure on an empty budget does not lengthen the wait")
                .isEqualTo(REFILL_MS);
        assertThat(budget.waitMillis(n, T0 + REFILL_MS / 2)).isEqualTo(REFILL_MS / 2);
        assertThat(budget.waitMillis(n, T0 + REFILL_MS)).isZero();
        budget.failed(n, T0 + REFILL_MS);
        assertThat(budget.waitMillis(n, T0 + REFILL_MS)).isEqualTo(REFILL_MS);
        assertThat(budget.waitMillis(name(), T0)).as("another name").isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("budgets")
    void aClockThatStepsBackRefillsNothing(String kind, NameBudget budget) {
        String n = name();
        for (int i = 0; i < CAPACITY; i++) {
            budget.failed(n, T0);
        }
        assertThat(budget.waitMillis(n, T0 - 60_000)).isEqualTo(REFILL_MS);
        assertThat(budget.waitMillis(n, T0 + REFILL_MS)).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("budgets")
    void aSweepForgetsOnlyWhatIsFullAgain(String kind, NameBudget budget) {
        String spent = name();
        String refilled = name();
        for (int i = 0; i < CAPACITY; i++) {
            budget.failed(spent, T0 + CAPACITY * REFILL_MS);
            budget.failed(refilled, T0);
        }
        budget.sweep(T0 + CAPACITY * REFILL_MS);
        assertThat(budget.waitMillis(spent, T0 + CAPACITY * REFILL_MS)).isEqualTo(REFILL_MS);
        assertThat(budget.waitMillis(refilled, T0 + CAPACITY * REFILL_MS)).isZero();
    }

    @Test
    void theDatabaseHoldsANameOnlyAsAKeyedHash() throws Exception {
        String typed = "summer2024-" + UUID.randomUUID();   // what a name field gets when the password went there
        NameBudget.shared(new LoginThrottleRepository(TestWorld.get().store.database(), NAME_KEY), CAPACITY, REFILL_MS)
                .failed(typed, T0);
        byte[] bare = java.security.MessageDigest.getInstance("SHA-256").digest(typed.getBytes(
                java.nio.charset.StandardCharsets.UTF_8));
        long rows = TestWorld.get().store.database().read(c -> {
            try (var ps = c.prepareStatement("select count(*) from login_name_bucket where name_hash = ?")) {
                ps.setBytes(1, bare);
                try (var rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
        assertThat(rows).as("rows keyed by the bare SHA-256 of the typed name").isZero();
        assertThat(NameBudget.shared(new LoginThrottleRepository(TestWorld.get().store.database(), NAME_KEY), CAPACITY,
                REFILL_MS).waitMillis(typed, T0)).as("the keyed row is there").isZero();
    }

    @Test
    void serversOnOneDatabaseShareTheBudget() {
        LoginThrottleRepository repository = new LoginThrottleRepository(TestWorld.get().store.database(), NAME_KEY);
        NameBudget replicaA = NameBudget.shared(repository, CAPACITY, REFILL_MS);
        NameBudget replicaB = NameBudget.shared(new LoginThrottleRepository(TestWorld.get().store.database(), NAME_KEY),
                CAPACITY, REFILL_MS);
        String n = name();
        replicaA.failed(n, T0);
        replicaB.failed(n, T0);
        replicaA.failed(n, T0);
        assertThat(replicaB.waitMillis(n, T0)).isEqualTo(REFILL_MS);
        assertThat(replicaA.waitMillis(n, T0)).isEqualTo(REFILL_MS);
    }
}
