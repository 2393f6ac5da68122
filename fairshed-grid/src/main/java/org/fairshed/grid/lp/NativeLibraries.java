package org.fairshed.grid.lp;

import com.google.ortools.Loader;

/** Loads OR-Tools' native libraries once per class loader. */
final class NativeLibraries {
    static {
        Loader.loadNativeLibraries();
    }

    private NativeLibraries() {
    }

    static void ensureLoaded() {
        // class initialization above runs exactly once, thread-safely
    }
}
