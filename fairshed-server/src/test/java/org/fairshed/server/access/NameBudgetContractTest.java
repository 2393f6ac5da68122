package org.fairshed.server.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.stream.Stream;
import org.fairshed.server.testing.TestWorld;
import org.fairshed.store.access.LoginThrottleRepository;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Every {@link NameBudget} counts a name's failures the same way: {@value #CAPACITY} failures, each back after
 * {@value #REFILL_MS} ms, names apart from one another; the database's is also one budget for every server on it.
 */
class NameBudgetContractTest {

    private static final int CAPACITY = 3;
    private static final long REFILL_MS = 30_000;
    private static final long T0 = 1_790_000_000_000L;

    static Stream<Arguments> budgets() {
        return Stream.of(Arguments.of("in memory", NameBudget.inMemory(CAPACITY, REFILL_MS)),
                Arguments.of("in the database", NameBudget.shared(new LoginThrottleRepository(
                        TestWorld.get().store.database()), CAPACITY, REFILL_MS)));
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
    void serversOnOneDatabaseShareTheBudget() {
        LoginThrottleRepository repository = new LoginThrottleRepository(TestWorld.get().store.database());
        NameBudget replicaA = NameBudget.shared(repository, CAPACITY, REFILL_MS);
        NameBudget replicaB = NameBudget.shared(new LoginThrottleRepository(TestWorld.get().store.database()),
                CAPACITY, REFILL_MS);
        String n = name();
        replicaA.failed(n, T0);
        replicaB.failed(n, T0);
        replicaA.failed(n, T0);
        assertThat(replicaB.waitMillis(n, T0)).isEqualTo(REFILL_MS);
        assertThat(replicaA.waitMillis(n, T0)).isEqualTo(REFILL_MS);
    }
}
