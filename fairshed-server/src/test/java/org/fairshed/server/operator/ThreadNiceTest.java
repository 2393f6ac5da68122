package org.fairshed.server.operator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ThreadNiceTest {

    private static final int NICE = 7;

    @Test
    void lowersOnlyTheCallingThreadAndTheThreadsItStarts() throws InterruptedException {
        assumeTrue(Files.isSymbolicLink(Path.of("/proc/thread-self")), "Linux only");
        int mine = ThreadNice.current().orElseThrow();
        AtomicReference<ThreadNice.Outcome> outcome = new AtomicReference<>();
        AtomicReference<OptionalInt> child = new AtomicReference<>();
        Thread t = Thread.ofPlatform().start(() -> {
            outcome.set(ThreadNice.lowerCurrentThread(NICE));
            Thread c = Thread.ofPlatform().start(() -> child.set(ThreadNice.current()));
            try {
                c.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        t.join();
        assertThat(outcome.get().applied()).as(outcome.get().reason()).isTrue();
        assertThat(outcome.get().nice()).isEqualTo(NICE);
        assertThat(child.get()).hasValue(NICE);
        assertThat(ThreadNice.current()).as("the caller keeps its own").hasValue(mine);
    }

    @Test
    void aThreadAlreadyLowerStaysWhereItIs() throws InterruptedException {
        assumeTrue(Files.isSymbolicLink(Path.of("/proc/thread-self")), "Linux only");
        AtomicReference<ThreadNice.Outcome> outcome = new AtomicReference<>();
        Thread t = Thread.ofPlatform().start(() -> {
            ThreadNice.lowerCurrentThread(NICE + 2);
            outcome.set(ThreadNice.lowerCurrentThread(NICE));
        });
        t.join();
        assertThat(outcome.get().nice()).as("not raised back to %d", NICE).isEqualTo(NICE + 2);
        assertThat(outcome.get().reason()).isEqualTo("already at nice " + (NICE + 2));
    }

    @Test
    void zeroLeavesTheThreadAsItIs() throws InterruptedException {
        AtomicReference<ThreadNice.Outcome> outcome = new AtomicReference<>();
        Thread t = Thread.ofPlatform().start(() -> outcome.set(ThreadNice.lowerCurrentThread(0)));
        t.join();
        assertThat(outcome.get().applied()).isFalse();
        assertThat(outcome.get().reason()).isEqualTo("not asked");
    }

    @Test
    void aValueAboveNineteenIsRefused() {
        assertThatThrownBy(() -> ThreadNice.lowerCurrentThread(20)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most 19, got 20");
    }
}
