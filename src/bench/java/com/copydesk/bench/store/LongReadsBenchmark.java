package com.copydesk.bench.store;

import com.copydesk.article.Article;
import com.copydesk.bench.BenchContext;
import com.copydesk.bench.Benchmark;
import com.copydesk.bench.DatasetGenerator;
import com.copydesk.bench.Result;
import com.copydesk.bench.Samples;
import com.copydesk.bench.Target;
import com.copydesk.exchange.JsonExporter;
import com.copydesk.store.ArticleStore;
import com.copydesk.store.Backups;
import com.copydesk.store.Database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/**
 * Work that reads the whole database for seconds: the day's first backup
 * ({@link Backups#makeDailyIfNeeded}, {@code VACUUM INTO}) and an export of every article
 * ({@link JsonExporter}). On the database's own connection every list, search, open and save
 * waited for them; they read a snapshot on a connection of their own now. Timed: autosaves of a
 * 5,000-word article made meanwhile (one every 200 ms), against the same autosaves with nothing
 * else running; and each long read itself, the backup against a plain copy of the file.
 */
public final class LongReadsBenchmark implements Benchmark {

    private static final int WORDS = 5_000;
    private static final int WARMUPS = 5;
    private static final int RUNS = 30;
    private static final long PAUSE_MS = 200;

    @Override
    public String name() {
        return "longreads";
    }

    @Override
    public List<Result> run(BenchContext context) throws Exception {
        int count = BenchContext.size("bench.longreads.articles", 100_000);
        Path dir = context.scratch("longreads");
        Path file = dir.resolve("news.copydesk");
        Files.copy(context.datasets().articles(count), file);
        String what = String.format(Locale.ROOT, "%,d articles, %,d MB", count, Files.size(file) >> 20);
        Article article = DatasetGenerator.standard().next(WORDS);
        long[] tick = {0};

        double copyMs = Samples.onceMillis(() -> Files.copy(file, dir.resolve("plain-copy.copydesk")));
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
            During backup = savesDuring(save, () -> backups.makeDailyIfNeeded(Instant.now()));
            JsonExporter exporter = new JsonExporter(store, Clock.systemUTC());
            During export = savesDuring(save, () -> exporter.export(List.of(), dir.resolve("all.json")));
            return List.of(
                    backup.savesRow("the day's backup is written", what, idle),
                    new Result("Daily backup, VACUUM INTO on a connection of its own (" + what + ")", "ms", backup.tookMs,
                            copyMs, "a plain copy of the file", Target.reportOnly(),
                            "runs on its own thread at the day's first start"),
                    export.savesRow("every article is exported as JSON", what, idle));
        }
    }

    /** Autosaves timed while {@code longRead} runs on another thread, and how long it took. */
    private record During(List<Double> saves, double tookMs) {

        Result savesRow(String meanwhile, String what, double idle) {
            double[] times = saves.stream().mapToDouble(Double::doubleValue).toArray();
            double longest = saves.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
            return new Result("Autosave of a 5,000-word article while " + meanwhile + " (" + what + ")", "ms",
                    times.length == 0 ? Double.NaN : Samples.median(times), idle, "the same autosave, nothing else running",
                    Target.atMost(15), String.format(Locale.ROOT,
                    "%d saves, 200 ms apart, in %.1f s, longest %.0f ms; on the database's connection each waited for all of it",
                    times.length, tookMs / 1000, longest));
        }
    }

    private static During savesDuring(Samples.Work save, Runnable longRead) throws Exception {
        long start = System.nanoTime();
        CompletableFuture<Void> running = CompletableFuture.runAsync(longRead);
        List<Double> saves = new ArrayList<>();
        while (!running.isDone()) {
            saves.add(pacedSave(save));
        }
        running.join();
        return new During(saves, (System.nanoTime() - start) / 1e6);
    }

    /** One save, timed, then a pause: autosaves come at a writer's pace, not back to back. */
    private static double pacedSave(Samples.Work save) throws Exception {
        double took = Samples.onceMillis(save);
        Thread.sleep(PAUSE_MS);
        return took;
    }

}
