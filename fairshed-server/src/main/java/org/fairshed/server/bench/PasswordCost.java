package org.fairshed.server.bench;

import java.util.Arrays;
import java.util.Locale;
import org.fairshed.server.access.Passwords;

/**
 * What a password hash costs with the default Argon2id parameters (docs/security.md): {@code N} hashes (default 30)
 * through {@link Passwords#hash}, the first third as warm-up, then the best, median and worst of the rest.
 * Usage: {@code PasswordCost [N]}.
 */
public final class PasswordCost {

    private PasswordCost() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        Passwords passwords = Passwords.defaults();
        long[] nanos = new long[n];
        for (int i = 0; i < n; i++) {
            long start = System.nanoTime();
            passwords.hash("correct horse battery staple");
            nanos[i] = System.nanoTime() - start;
        }
        int warm = n / 3;
        long[] measured = Arrays.copyOfRange(nanos, warm, n);
        Arrays.sort(measured);
        System.out.printf(Locale.ROOT, "argon2id m=19456 KiB t=2 p=1: best %.1f ms, median %.1f ms, worst %.1f ms "
                + "(%d hashes after %d warm-up)%n", measured[0] / 1e6, measured[measured.length / 2] / 1e6,
                measured[measured.length - 1] / 1e6, measured.length, warm);
    }
}
