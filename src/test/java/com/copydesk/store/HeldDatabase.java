package com.copydesk.store;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** Runs work on a thread of its own while another thread holds the database in a transaction. */
final class HeldDatabase {

    private HeldDatabase() {
    }

    /**
     * The result of {@code work}, which must finish within 20 s while the database's connection
     * is busy with another thread's transaction (as the storage thread's is with a long job).
     */
    static <T> T whileBusy(Database db, Supplier<T> work) throws Exception {
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread holder = new Thread(() -> db.transaction("hold the database", connection -> {
            held.countDown();
            try {
                release.await();
            } catch (InterruptedException stop) {
                Thread.currentThread().interrupt();
            }
            return null;
        }));
        holder.start();
        held.await();
        try {
            return CompletableFuture.supplyAsync(work).get(20, TimeUnit.SECONDS);
        } finally {
            release.countDown();
            holder.join();
        }
    }
}
