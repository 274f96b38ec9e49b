package com.copydesk.bench.freeze;

import com.copydesk.app.Copydesk;
import com.copydesk.app.FxDialogs;
import com.copydesk.article.UserProfile;
import com.copydesk.bench.BenchContext;
import com.copydesk.bench.Benchmark;
import com.copydesk.bench.Fx;
import com.copydesk.bench.Result;
import com.copydesk.bench.Target;
import com.copydesk.store.Database;
import com.copydesk.task.StallWatchdog;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.fxmisc.richtext.GenericStyledArea;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

/**
 * FX-thread stalls (issue #8, responsiveness): a watchdog thread posts a ping to the FX thread
 * every 5 ms and records how late each one runs, so any pause of the FX thread (work, layout,
 * garbage collection) shows as a late ping. Copydesk runs in this JVM on the 10,000-article
 * database, headless: first the 3 s after its first frame (the newest article and the preview's
 * WebView arrive then), then a session script at a brisk human pace: open 8 articles one after
 * another, type 150 characters into the body, type a search word letter by letter and clear it,
 * export the list's first 100 articles as JSON (File → Export selected…, the chooser answered).
 * During Copydesk's phases the app's own development watchdog ({@link StallWatchdog}, as with
 * {@code -Dcopydesk.watchdog=true}) records each pause over 50 ms with the FX thread's stack;
 * they are printed, and the longest one's first Copydesk frame is named in the notes.
 * Baseline: the same watchdog and script on a window with a plain ListView, TextArea and
 * TextField (the scheduling noise of this machine and of JavaFX itself).
 */
public final class FreezeBenchmark implements Benchmark {

    private static final long STALL_MS = 50;
    private static final String TYPED = "The council met on Tuesday and voted on the budget. ";
    private static final String SEARCHED = "council";
    private static final int EXPORTED = 100;

    @Override
    public String name() {
        return "freeze";
    }

    @Override
    public List<Result> run(BenchContext context) throws Exception {
        int count = BenchContext.size("bench.freeze.articles", 10_000);
        Fx.start();
        Path dir = context.scratch("freeze");
        Path file = dir.resolve("news.copydesk");
        Files.copy(context.datasets().articles(count), file);

        Watchdog watchdog = Watchdog.start();
        try {
            Stalls baseStart;
            Stalls baseSession;
            Baseline baseline = Fx.call(Baseline::show);
            try {
                baseStart = watchdog.during(() -> Thread.sleep(3000));
                baseSession = watchdog.during(() -> baseline.session(count));
            } finally {
                Fx.call(() -> {
                    baseline.stage.close();
                    return null;
                });
            }

            Database database = Database.open(file);
            CompletableFuture<Long> firstFrame = new CompletableFuture<>();
            Stage stage = Fx.call(Stage::new);
            Copydesk copydesk = Fx.call(() -> Copydesk.start(stage, database, dir.resolve("config"), new QuietDialogs(),
                    Clock.systemDefaultZone(), firstFrame::complete));
            Stalls ourStart;
            Stalls ourSession;
            List<StallWatchdog.Stall> startStacks;
            List<StallWatchdog.Stall> sessionStacks;
            Thread fxThread = Fx.call(Thread::currentThread);
            List<StallWatchdog.Stall> logged = new java.util.concurrent.CopyOnWriteArrayList<>();
            StallWatchdog appWatchdog = new StallWatchdog(Platform::runLater, fxThread::getStackTrace,
                    StallWatchdog.INTERVAL, StallWatchdog.THRESHOLD, logged::add).start();
            try {
                firstFrame.get(120, TimeUnit.SECONDS);
                logged.clear();
                ourStart = watchdog.during(() -> Thread.sleep(3000));
                startStacks = List.copyOf(logged);
                logged.clear();
                ourSession = watchdog.during(() -> session(copydesk, stage, dir.resolve("export.json")));
                sessionStacks = List.copyOf(logged);
            } finally {
                appWatchdog.close();
                Fx.call(() -> {
                    copydesk.shutdown();
                    stage.close();
                    return null;
                });
            }
            String what = String.format(Locale.ROOT, "%,d articles, headless", count);
            print("3 s after the first frame", startStacks);
            print("session", sessionStacks);
            return List.of(
                    new Result("FX-thread longest stall, 3 s after the first frame (" + what + ")", "ms",
                            ourStart.longestMs(), baseStart.longestMs(), "one-window ListView/TextArea, idle",
                            Target.reportOnly(), ourStart.describe() + "; baseline " + baseStart.describe()
                            + longestIn(startStacks)),
                    new Result("FX-thread longest stall, session: open 8 articles, type 150 chars, search, export "
                            + EXPORTED + " (" + what + ")",
                            "ms", ourSession.longestMs(), baseSession.longestMs(), "same script on ListView/TextArea/TextField",
                            Target.atMost(100), ourSession.describe() + "; baseline " + baseSession.describe()
                            + longestIn(sessionStacks)));
        } finally {
            watchdog.stop();
        }
    }

    /** Each pause the app's watchdog logged, with the top of the FX thread's stack. */
    private static void print(String phase, List<StallWatchdog.Stall> stalls) {
        System.out.printf(Locale.ROOT, "  freeze, %s: %d pauses over %d ms logged by StallWatchdog%n", phase, stalls.size(), STALL_MS);
        for (StallWatchdog.Stall stall : stalls) {
            System.out.printf(Locale.ROOT, "    %d ms, in %s%n", stall.millis(), firstOwnFrame(stall));
            stall.stack().stream().limit(12).forEach(frame -> System.out.println("        at " + frame));
        }
    }

    private static String longestIn(List<StallWatchdog.Stall> stalls) {
        return stalls.stream().max(java.util.Comparator.comparingLong(StallWatchdog.Stall::millis))
                .map(stall -> "; watchdog's longest " + stall.millis() + " ms in " + firstOwnFrame(stall)).orElse("");
    }

    /** The innermost Copydesk method on the stack, else the innermost one outside the JDK (not a lock's park). */
    private static String firstOwnFrame(StallWatchdog.Stall stall) {
        return stall.stack().stream().filter(frame -> frame.getClassName().startsWith("com.copydesk."))
                .findFirst()
                .or(() -> stall.stack().stream().filter(frame -> !frame.getClassName().startsWith("java.")
                        && !frame.getClassName().startsWith("jdk.")).findFirst())
                .or(() -> stall.stack().stream().findFirst())
                .map(frame -> frame.getClassName().replaceFirst(".*\\.", "") + "." + frame.getMethodName())
                .orElse("?");
    }

    private static void session(Copydesk copydesk, Stage stage, Path exportFile) throws Exception {
        List<UUID> ids = Fx.call(() -> copydesk.model().list().items().stream().limit(8)
                .map(summary -> summary.id()).toList());
        for (UUID id : ids) {
            Fx.call(() -> {
                copydesk.model().list().selectedIdProperty().set(id);
                return null;
            });
            Thread.sleep(400);
        }
        GenericStyledArea<?, ?, ?> body = Fx.call(() -> (GenericStyledArea<?, ?, ?>) stage.getScene().lookup("#body"));
        Fx.call(() -> {
            body.requestFocus();
            body.moveTo(body.getLength());
            return null;
        });
        for (int i = 0; i < 150; i++) {
            String letter = String.valueOf(TYPED.charAt(i % TYPED.length()));
            Fx.call(() -> {
                body.replaceSelection(letter);
                return null;
            });
            Thread.sleep(30);
        }
        for (int i = 1; i <= SEARCHED.length(); i++) {
            String prefix = SEARCHED.substring(0, i);
            Fx.call(() -> {
                copydesk.model().list().searchTextProperty().set(prefix);
                return null;
            });
            Thread.sleep(150);
        }
        Thread.sleep(500);
        Fx.call(() -> {
            copydesk.model().list().searchTextProperty().set("");
            return null;
        });
        Thread.sleep(500);
        export(copydesk, exportFile);
    }

    /** File → Export selected… of the list's first articles, until the status bar says it is done. */
    private static void export(Copydesk copydesk, Path target) throws Exception {
        Fx.call(() -> {
            List<UUID> first = copydesk.model().list().items().stream().limit(EXPORTED).map(summary -> summary.id()).toList();
            copydesk.model().export(first, target);
            return null;
        });
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!Fx.call(() -> copydesk.model().messageProperty().get()).startsWith("Export")
                || Fx.call(() -> copydesk.model().messageProperty().get()).equals("Exporting…")) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The export did not finish within 120 s");
            }
            Thread.sleep(50);
        }
        String outcome = Fx.call(() -> copydesk.model().messageProperty().get());
        if (!outcome.startsWith("Exported " + EXPORTED + " articles")) {
            throw new IllegalStateException("Export in the freeze session: " + outcome);
        }
        Thread.sleep(500);
    }

    /** The first-run profile question would block the script: answered "skip". */
    private static final class QuietDialogs extends FxDialogs {
        @Override
        public Optional<UserProfile> askProfile(Window owner, UserProfile current, boolean firstRun) {
            return Optional.empty();
        }
    }

    /** A window with plain JavaFX controls, driven by the same script. */
    private static final class Baseline {
        final Stage stage = new Stage();
        final ListView<String> list = new ListView<>();
        final TextArea area = new TextArea();
        final TextField search = new TextField();

        static Baseline show() {
            Baseline baseline = new Baseline();
            baseline.list.getItems().setAll(IntStream.range(0, 10_000).mapToObj(i -> "Article " + i).toList());
            baseline.stage.setScene(new Scene(new HBox(new VBox(baseline.search, baseline.list), baseline.area), 1200, 800));
            baseline.stage.show();
            return baseline;
        }

        void session(int count) throws Exception {
            for (int i = 0; i < 8; i++) {
                int row = i;
                Fx.call(() -> {
                    list.getSelectionModel().clearAndSelect(row);
                    area.setText("Article " + row + "\n" + TYPED.repeat(200));
                    return null;
                });
                Thread.sleep(400);
            }
            Fx.call(() -> {
                area.requestFocus();
                area.end();
                return null;
            });
            for (int i = 0; i < 150; i++) {
                String letter = String.valueOf(TYPED.charAt(i % TYPED.length()));
                Fx.call(() -> {
                    area.replaceSelection(letter);
                    return null;
                });
                Thread.sleep(30);
            }
            for (int i = 1; i <= SEARCHED.length(); i++) {
                String prefix = SEARCHED.substring(0, i);
                Fx.call(() -> {
                    search.setText(prefix);
                    list.getItems().setAll(IntStream.range(0, count).mapToObj(n -> "Article " + n)
                            .filter(name -> name.length() > prefix.length()).limit(100).toList());
                    return null;
                });
                Thread.sleep(150);
            }
            Thread.sleep(1000);
            export();
        }

        /** Writes as many texts as Copydesk exports on a thread of its own, telling the FX thread after each. */
        void export() throws Exception {
            Path file = Files.createTempFile("freeze-baseline", ".txt");
            CompletableFuture<Void> done = CompletableFuture.runAsync(() -> {
                try (java.io.Writer out = Files.newBufferedWriter(file)) {
                    for (int i = 0; i < EXPORTED; i++) {
                        out.write(TYPED.repeat(200));
                        int written = i + 1;
                        Platform.runLater(() -> search.setPromptText(written + " written"));
                    }
                } catch (java.io.IOException failed) {
                    throw new java.io.UncheckedIOException(failed);
                }
            });
            done.get(120, TimeUnit.SECONDS);
            Files.delete(file);
            Thread.sleep(500);
        }
    }

    /** How late the watchdog's pings ran during one phase. */
    private record Stalls(double longestMs, int over50, int pings) {
        String describe() {
            return String.format(Locale.ROOT, "%d pauses > %d ms in %d pings", over50, STALL_MS, pings);
        }
    }

    private interface Phase {
        void run() throws Exception;
    }

    /** Posts a ping to the FX thread every 5 ms and measures the delay until it runs. */
    private static final class Watchdog {
        private final Thread thread;
        private volatile boolean running = true;
        private volatile List<Long> delays = null;

        private Watchdog() {
            thread = new Thread(this::loop, "fx-watchdog");
            thread.setDaemon(true);
        }

        static Watchdog start() {
            Watchdog watchdog = new Watchdog();
            watchdog.thread.start();
            return watchdog;
        }

        Stalls during(Phase phase) throws Exception {
            List<Long> collected = java.util.Collections.synchronizedList(new ArrayList<>());
            delays = collected;
            try {
                phase.run();
                Fx.call(() -> null); // a ping posted during the phase but stuck behind long work counts too
                Thread.sleep(20);
            } finally {
                delays = null;
            }
            synchronized (collected) {
                long longest = collected.stream().mapToLong(Long::longValue).max().orElse(0);
                int over = (int) collected.stream().filter(nanos -> nanos > TimeUnit.MILLISECONDS.toNanos(STALL_MS)).count();
                return new Stalls(longest / 1e6, over, collected.size());
            }
        }

        private void loop() {
            while (running) {
                List<Long> into = delays;
                long posted = System.nanoTime();
                CompletableFuture<Long> ran = new CompletableFuture<>();
                Platform.runLater(() -> ran.complete(System.nanoTime() - posted));
                try {
                    long delay = ran.get(60, TimeUnit.SECONDS);
                    if (into != null) {
                        into.add(delay);
                    }
                    Thread.sleep(5);
                } catch (InterruptedException stop) {
                    return;
                } catch (Exception ignored) {
                    // A ping that never ran within a minute: the run fails elsewhere.
                }
            }
        }

        void stop() {
            running = false;
            thread.interrupt();
        }
    }
}
