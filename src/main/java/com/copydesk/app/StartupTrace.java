package com.copydesk.app;

import java.lang.management.ManagementFactory;

/**
 * Start-up marks for profiling, printed to standard error as {@code startup <ms since JVM start> <what>}
 * when {@code -Dcopydesk.startupTrace=true}; nothing otherwise.
 */
final class StartupTrace {

    static final boolean ON = Boolean.getBoolean("copydesk.startupTrace");

    private StartupTrace() {
    }

    static void mark(String what) {
        if (ON) {
            long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.err.println("startup " + ms + " " + what + " [" + Thread.currentThread().getName() + "]");
        }
    }
}
