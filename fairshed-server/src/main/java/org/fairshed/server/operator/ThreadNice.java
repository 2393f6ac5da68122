package org.fairshed.server.operator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/**
 * Lowers the operating system's scheduling priority (nice) of the calling thread. On Linux the nice value belongs to
 * each thread and the threads it starts inherit it (the planner's slot threads, CP-SAT's native workers), so a plan
 * job started from a lowered thread gives way to the public read path whenever both want a core, and still has every
 * core when the read path is idle. Java's own thread priorities do nothing on Linux (HotSpot ignores them unless run
 * as root with {@code -XX:ThreadPriorityPolicy=1}), so the thread's id is read from {@code /proc/thread-self} and
 * {@code renice} (util-linux, present on every Debian) sets it; raising a nice value needs no privilege.
 */
final class ThreadNice {

    /** The highest nice value Linux has. */
    static final int MAX = 19;
    private static final long RENICE_TIMEOUT_SECONDS = 5;

    private ThreadNice() {
    }

    /** What became of a request: the thread's nice value afterwards, or why it could not be set. */
    record Outcome(boolean applied, int nice, String reason) {
    }

    /**
     * Sets the calling thread's nice value to {@code nice} (1..19); 0 or less leaves it as it is, and so does a thread
     * already at that nice value or lower in priority (a server started under {@code nice}: raising its priority back
     * would need a privilege). Only a value above 19 throws; where the system cannot do it (not Linux, no
     * {@code renice}) the outcome says why and the thread runs at its old priority.
     */
    static Outcome lowerCurrentThread(int nice) {
        if (nice <= 0) {
            return new Outcome(false, current().orElse(0), "not asked");
        }
        if (nice > MAX) {
            throw new IllegalArgumentException("a nice value is at most " + MAX + ", got " + nice);
        }
        OptionalInt before = current();
        if (before.isPresent() && before.getAsInt() >= nice) {
            return new Outcome(true, before.getAsInt(), "already at nice " + before.getAsInt());
        }
        Path self = Path.of("/proc/thread-self");
        try {
            if (!Files.isSymbolicLink(self)) {
                return new Outcome(false, 0, "no /proc/thread-self (not Linux)");
            }
            String link = Files.readSymbolicLink(self).toString();
            String tid = link.substring(link.lastIndexOf('/') + 1);
            Process p = new ProcessBuilder("renice", Integer.toString(nice), "-p", tid)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(RENICE_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return new Outcome(false, current().orElse(0), "renice did not answer within "
                        + RENICE_TIMEOUT_SECONDS + " s");
            }
            int now = current().orElse(Integer.MIN_VALUE);
            return now == nice ? new Outcome(true, now, "") : new Outcome(false, now,
                    "renice exited " + p.exitValue() + " and the thread's nice value is " + now);
        } catch (IOException e) {
            return new Outcome(false, current().orElse(0), "renice could not run: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(false, current().orElse(0), "interrupted");
        }
    }

    /** The calling thread's nice value (field 19 of {@code /proc/thread-self/stat}), when Linux tells it. */
    static OptionalInt current() {
        try {
            String stat = Files.readString(Path.of("/proc/thread-self/stat"), StandardCharsets.US_ASCII);
            // the thread's name (field 2) is in parentheses and may hold spaces: fields 3.. follow the last ')'
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
            return OptionalInt.of(Integer.parseInt(fields[19 - 3]));
        } catch (IOException | RuntimeException e) {
            return OptionalInt.empty();
        }
    }
}
