package com.copydesk.bench.store;

import com.copydesk.article.Article;
import com.copydesk.bench.BenchContext;
import com.copydesk.bench.Benchmark;
import com.copydesk.bench.DatasetGenerator;
import com.copydesk.bench.Result;
import com.copydesk.bench.Samples;
import com.copydesk.bench.Target;
import com.copydesk.store.ArticleStore;
import com.copydesk.store.Backups;
import com.copydesk.store.Database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/**
 * The first start of the day makes a backup of the whole database ({@link Backups#makeDailyIfNeeded},
 * {@code VACUUM INTO}). Made on the database's own connection, every list, search, open and save
 * waited for it: seconds on a large file. It reads a snapshot on a connection of its own now, so
 * this times autosaves of a 5,000-word article made while it is being written (one every 200 ms),
 * against the same autosaves with no backup running; and the backup itself against a plain copy
 * of the file.
 */
public final class DailyBackupBenchmark implements Benchmark {

    private static final int WORDS = 5_000;
    private static final int WARMUPS = 5;
    private static final int RUNS = 30;
    private static final long PAUSE_MS = 200;

    @Override
    public String name() {
        return "backup";
    }

    @Override
    public List<Result> run(BenchContext context) throws Exception {
        int count = BenchContext.size("bench.backup.articles", 100_000);
        Path dir = context.scratch("backup");
        Path file = dir.resolve("news.copydesk");
        Files.copy(context.datasets().articles(count), file);
        long megabytes = Files.size(file) >> 20;
        Article article = DatasetGenerator.standard().next(WORDS);
        long[] tick = {0};

        double copyMs = timeMillis(() -> Files.copy(file, dir.resolve("plain-copy.copydesk")));
        Files.delete(dir.resolve("plain-copy.copydesk"));

        try (Database database = Database.open(file)) {
            ArticleStore store = new ArticleStore(database);
            Samples.Work save = () -> store.save(article.withModified(Instant.ofEpochMilli(++tick[0])));
            for (int i = 0; i < WARMUPS; i++) {
                save.run();
            }
            List<Double> idleSaves = new ArrayList<>();
            while (idleSaves.size() < RUNS) {
                idleSaves.add(pacedSave(save));
            }
            double idle = Samples.median(idleSaves.stream().mapToDouble(Double::doubleValue).toArray());

            Backups backups = new Backups(database);
            long start = System.nanoTime();
            CompletableFuture<?> daily = CompletableFuture.runAsync(() -> backups.makeDailyIfNeeded(Instant.now()));
            List<Double> during = new ArrayList<>();
            while (!daily.isDone()) {
                during.add(pacedSave(save));
            }
            daily.join();
            double backupMs = (System.nanoTime() - start) / 1e6;
            double[] saves = during.stream().mapToDouble(Double::doubleValue).toArray();
            double longest = during.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
            String what = String.format(Locale.ROOT, "%,d articles, %,d MB", count, megabytes);
            return List.of(
                    new Result("Autosave of a 5,000-word article while the day's backup is written (" + what + ")", "ms",
                            saves.length == 0 ? Double.NaN : Samples.median(saves), idle, "the same autosave, no backup running",
                            Target.atMost(15), String.format(Locale.ROOT,
                            "%d saves, 200 ms apart, during the backup, longest %.0f ms; on the database's connection each waited for all of it",
                            saves.length, longest)),
                    new Result("Daily backup, VACUUM INTO on a connection of its own (" + what + ")", "ms", backupMs, copyMs,
                            "a plain copy of the file", Target.reportOnly(), "runs on its own thread at the day's first start"));
        }
    }

    /** One save, timed, then a pause: autosaves come at a writer's pace, not back to back. */
    private static double pacedSave(Samples.Work save) throws Exception {
        double took = timeMillis(save);
        Thread.sleep(PAUSE_MS);
        return took;
    }

    private static double timeMillis(Samples.Work work) throws Exception {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e6;
    }
}
