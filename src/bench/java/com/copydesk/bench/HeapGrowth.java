package com.copydesk.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;

/** Live heap growth during a piece of work: a sampler forces a GC every 100 ms and keeps the maximum. */
public final class HeapGrowth {

    private HeapGrowth() {
    }

    /** Bytes of live heap above the level before the work, at the worst sample. */
    public static long during(Samples.Work work) throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        AtomicLong max = new AtomicLong(before);
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                System.gc();
                max.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
        try {
            work.run();
        } finally {
            sampler.interrupt();
            sampler.join();
        }
        return Math.max(0, max.get() - before);
    }
}
