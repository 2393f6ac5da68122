package org.fairshed.server.operator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class EngineThreadTest {

    private static final int NICE = 5;

    @Test
    void runsTheWorkOnALoweredThreadAndRelaysEveryStageOnTheCaller() {
        List<String> seen = new CopyOnWriteArrayList<>();
        Thread caller = Thread.currentThread();
        List<Thread> relayThreads = new CopyOnWriteArrayList<>();
        AtomicReference<OptionalInt> engineNice = new AtomicReference<>();
        String result = EngineThread.run(NICE, (stage, done, total) -> {
            seen.add(stage + " " + done + "/" + total);
            relayThreads.add(Thread.currentThread());
        }, listener -> {
            engineNice.set(ThreadNice.current());
            for (int i = 1; i <= 1000; i++) {
                listener.update("plan", i, 1000);
            }
            listener.update("rota", 0, 1);
            listener.update("rota", 1, 1);
            return "done";
        });
        assertThat(result).isEqualTo("done");
        // repeats of one stage may be coalesced, but every stage is seen, in order, ending at its last figure
        assertThat(seen).contains("plan 1000/1000", "rota 1/1");
        assertThat(seen.indexOf("plan 1000/1000")).isLessThan(seen.indexOf("rota 1/1"));
        assertThat(seen.getLast()).isEqualTo("rota 1/1");
        assertThat(relayThreads).allMatch(t -> t == caller);
        if (Files.isSymbolicLink(Path.of("/proc/thread-self"))) {
            assertThat(engineNice.get()).hasValue(NICE);
        }
    }

    @Test
    void throwsWhatTheWorkThrew() {
        assertThatThrownBy(() -> EngineThread.run(0, (s, d, t) -> { }, listener -> {
            throw new IllegalArgumentException("bad input at slot 3");
        })).isInstanceOf(IllegalArgumentException.class).hasMessage("bad input at slot 3");
    }

    @Test
    void theCallerKeepsItsPriority() {
        assumeTrue(Files.isSymbolicLink(Path.of("/proc/thread-self")), "Linux only");
        OptionalInt before = ThreadNice.current();
        EngineThread.run(NICE, (s, d, t) -> { }, listener -> null);
        assertThat(ThreadNice.current()).isEqualTo(before);
    }
}
