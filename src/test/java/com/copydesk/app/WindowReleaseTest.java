package com.copydesk.app;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Copydesk that has shut down leaves nothing of itself on the stage it ran on: the stage (and the
 * JavaFX runtime) may live on, as the test suite's shared primary stage does, and holding the old
 * window, its WebView and its editor from there piled up one whole window per test until the
 * suite's JVM ran out of heap.
 */
@ExtendWith(ApplicationExtension.class)
class WindowReleaseTest {

    @TempDir
    Path dir;

    /**
     * A stage of the test's own: TestFX records every event on its primary stage until the next
     * test, and those events point at the window's nodes.
     */
    private Stage stage;

    @Start
    void start(Stage primary) {
        this.stage = new Stage();
    }

    @AfterEach
    void hide(FxRobot robot) {
        robot.interact(stage::hide);
    }

    @Test
    void aShutDownWindowCanBeCollectedWhileItsStageLivesOn(FxRobot robot) throws Exception {
        WeakReference<Copydesk> released = openUseAndShutDown(robot);

        assertThat(collected(released)).as("the shut-down Copydesk was garbage collected").isTrue();
        assertThat(stage).isNotNull();
    }

    @Test
    void switchingToAnotherDatabaseReleasesThePreviousWindow(FxRobot robot) throws Exception {
        RunningCopydesk app = openAndUse(robot, "first.copydesk");
        WeakReference<MainViewModel> previous = new WeakReference<>(app.copydesk.model());
        Path other = dir.resolve("second.copydesk");
        Startup.openAndSeed(other).close();

        app.dialogs.databaseToOpen = other;
        robot.interact(() -> menuItem(app, "menuOpenDatabase").fire());
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> stage.getTitle().contains("second.copydesk"));
        app.body(robot);
        // As in openAndUse: the fields join the window with the first article, so click them once it is open.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> app.copydesk.model().editor().loadedProperty().get() != null);
        robot.clickOn(app.headline()).write("x");

        assertThat(collected(previous)).as("the first database's window was garbage collected").isTrue();
        app.close(robot);
    }

    private static MenuItem menuItem(RunningCopydesk app, String id) {
        MenuBar bar = (MenuBar) app.stage.getScene().lookup("#menuBar");
        List<MenuItem> items = new ArrayList<>(bar.getMenus());
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof Menu menu) {
                items.addAll(menu.getItems());
            }
        }
        return items.stream().filter(item -> id.equals(item.getId())).findFirst().orElseThrow();
    }

    private RunningCopydesk openAndUse(FxRobot robot, String fileName) throws Exception {
        RunningCopydesk[] running = new RunningCopydesk[1];
        robot.interact(() -> running[0] = RunningCopydesk.open(stage, dir.resolve(fileName), dir.resolve("config")));
        RunningCopydesk app = running[0];
        app.body(robot);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> app.copydesk.model().editor().loadedProperty().get() != null);
        robot.clickOn("#headline").write(" again");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> stage.getScene().lookup("#preview") != null);
        return app;
    }

    private WeakReference<Copydesk> openUseAndShutDown(FxRobot robot) throws Exception {
        RunningCopydesk app = openAndUse(robot, "release.copydesk");
        WeakReference<Copydesk> reference = new WeakReference<>(app.copydesk);
        app.close(robot);
        // The next window on this stage brings a scene of its own.
        robot.interact(() -> {
            stage.setScene(new Scene(new Label("next")));
            stage.show();
        });
        // The robot remembers the scene it last typed into; typing into the new one makes it forget the old.
        robot.write("x");
        WaitForAsyncUtils.waitForFxEvents();
        return reference;
    }

    private static boolean collected(WeakReference<?> reference) throws InterruptedException {
        List<byte[]> pressure = new ArrayList<>();
        for (int attempt = 0; attempt < 40 && reference.get() != null; attempt++) {
            System.gc();
            WaitForAsyncUtils.waitForFxEvents();
            Thread.sleep(50);
            if (attempt % 10 == 9) {
                pressure.add(new byte[8 << 20]);
            }
        }
        return reference.get() == null;
    }
}
