package com.copydesk.app;

import com.copydesk.exchange.ConflictPolicy;
import com.sun.javafx.scene.SceneHelper;
import com.sun.javafx.tk.TKClipboard;
import com.sun.javafx.tk.TKDropTargetListener;
import com.sun.javafx.tk.TKScene;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.image.Image;
import javafx.scene.input.DataFormat;
import javafx.scene.input.TransferMode;
import javafx.stage.Stage;
import javafx.util.Pair;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.File;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.AccessControlContext;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Files dropped onto the main window are imported. A drop from the desktop reaches a JavaFX scene
 * through the toolkit's drop-target listener of that scene (drag enter, drag over, drop at a point
 * of the window, with the files on a clipboard); the test hands the drop to that same listener,
 * so the scene picks the node under the point and the events bubble as they do for a real drop.
 * (Headless Monocle has no desktop to drag from; a synthetic DragEvent fired at a node would skip
 * the picking and the acceptance step.)
 */
@ExtendWith(ApplicationExtension.class)
class DropImportTest {

    private static final String AGENCY_ITEM = """
            {"uri": "urn:newsml:wire.example.org:2024:flood", "type": "text",
             "versioncreated": "2024-05-01T09:00:00Z",
             "headlines": [{"role": "main", "contenttype": "text/plain", "value": "Flood waters reach the square"}],
             "by": "Wire Staff",
             "bodies": [{"contenttype": "text/html", "value": "<p>Shops <b>closed</b>.</p>"}]}
            """;

    @TempDir
    static Path dir;

    private Path testDir;
    private RunningCopydesk app;

    @Start
    void start(Stage stage) throws Exception {
        testDir = Files.createTempDirectory(dir, "run");
        app = RunningCopydesk.open(stage, testDir.resolve("newsroom.copydesk"), testDir.resolve("config"));
    }

    @AfterEach
    void close(FxRobot robot) {
        app.close(robot);
    }

    @Test
    void aFileDroppedOnTheListIsImportedAndShowsInTheList(FxRobot robot) throws Exception {
        ListView<?> list = waitForSamples(robot);
        int before = list.getItems().size();
        Path item = Files.writeString(testDir.resolve("flood.json"), AGENCY_ITEM);
        app.dialogs.conflictPolicy = ConflictPolicy.SKIP;

        Drop drop = dropFiles(robot, list, List.of(item));

        assertThat(drop.accepted()).as("the window accepts files dragged over it").isEqualTo(TransferMode.COPY);
        assertThat(drop.completed()).as("the drop is reported done to the source").isEqualTo(TransferMode.COPY);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().size() == before + 1);
        assertThat(list.getItems().toString()).contains("Flood waters reach the square");
        Label message = robot.lookup("#statusMessage").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> message.getText().equals("Imported 1 article from flood.json."));
        assertThat(app.dialogs.errors).isEmpty();
    }

    @Test
    void aFileDroppedOnTheBodyEditorIsImportedToo(FxRobot robot) throws Exception {
        ListView<?> list = waitForSamples(robot);
        int before = list.getItems().size();
        Path item = Files.writeString(testDir.resolve("flood.json"), AGENCY_ITEM);
        app.dialogs.conflictPolicy = ConflictPolicy.SKIP;
        Node body = robot.lookup("#body").query();

        Drop drop = dropFiles(robot, body, List.of(item));

        assertThat(drop.accepted()).isEqualTo(TransferMode.COPY);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().size() == before + 1);
        assertThat(list.getItems().toString()).contains("Flood waters reach the square");
    }

    @Test
    void aFileDroppedOnThePreviewIsImportedToo(FxRobot robot) throws Exception {
        ListView<?> list = waitForSamples(robot);
        int before = list.getItems().size();
        Path item = Files.writeString(testDir.resolve("flood.json"), AGENCY_ITEM);
        app.dialogs.conflictPolicy = ConflictPolicy.SKIP;
        app.waitForPreviewContaining(robot, "<p");
        Node preview = robot.lookup("#preview").query();

        Drop drop = dropFiles(robot, preview, List.of(item));

        assertThat(drop.accepted()).as("the preview's web page does not refuse files").isEqualTo(TransferMode.COPY);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().size() == before + 1);
        assertThat(list.getItems().toString()).contains("Flood waters reach the square");
    }

    @Test
    void aBrokenFileDroppedIsNamedInTheMessageAndNothingIsImported(FxRobot robot) throws Exception {
        ListView<?> list = waitForSamples(robot);
        int before = list.getItems().size();
        String listed = list.getItems().toString();
        Path broken = Files.writeString(testDir.resolve("half-written.json"),
                "{\"format\": \"copydesk\", \"version\": 1, \"articles\": [{\"id\": \"4b1c4a38-6c1e-4f4e-9a55-1f0c8d1e2a3b\", "
                        + "\"headline\": \"Half an archive\", \"status\": \"DRAFT\"");
        app.dialogs.conflictPolicy = ConflictPolicy.SKIP;

        Drop drop = dropFiles(robot, list, List.of(broken));

        assertThat(drop.completed()).isEqualTo(TransferMode.COPY);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !app.dialogs.errors.isEmpty());
        assertThat(app.dialogs.errors).singleElement().asString()
                .contains(broken.toString()).contains("line 1, column")
                .contains("Nothing of these files was imported");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(list.getItems()).hasSize(before);
        assertThat(list.getItems().toString()).isEqualTo(listed).doesNotContain("Half an archive");
    }

    @Test
    void somethingOtherThanFilesIsNotAccepted(FxRobot robot) throws Exception {
        ListView<?> list = waitForSamples(robot);
        int before = list.getItems().size();
        app.dialogs.conflictPolicy = ConflictPolicy.SKIP;

        Drop drop = drop(robot, list, new Pair<>(DataFormat.PLAIN_TEXT, AGENCY_ITEM));

        assertThat(drop.accepted()).isNull();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(list.getItems()).hasSize(before);
        assertThat(app.dialogs.errors).isEmpty();
    }

    /** What the window answered: the transfer mode it accepted while the files were over it, and at the drop. */
    private record Drop(TransferMode accepted, TransferMode completed) {
    }

    private Drop dropFiles(FxRobot robot, Node over, List<Path> files) {
        List<File> dropped = files.stream().map(Path::toFile).toList();
        return drop(robot, over, new Pair<>(DataFormat.FILES, dropped));
    }

    /**
     * Drags {@code content} from outside the window to the middle of {@code over} and lets go, as the
     * desktop does: enter, one move over the window, then the drop only if the window accepted it.
     */
    private Drop drop(FxRobot robot, Node over, Pair<DataFormat, Object> content) {
        Drop[] answer = new Drop[1];
        robot.interact(() -> {
            Scene scene = app.stage.getScene();
            Bounds bounds = over.localToScene(over.getBoundsInLocal());
            double x = bounds.getCenterX();
            double y = bounds.getCenterY();
            double screenX = scene.getWindow().getX() + scene.getX() + x;
            double screenY = scene.getWindow().getY() + scene.getY() + y;
            TKClipboard clipboard = new DesktopDragboard(content);
            TKDropTargetListener target = dropTarget(scene);
            target.dragEnter(x, y, screenX, screenY, TransferMode.COPY, clipboard);
            TransferMode accepted = target.dragOver(x, y, screenX, screenY, TransferMode.COPY);
            if (accepted == null) {
                target.dragExit(x, y, screenX, screenY);
                answer[0] = new Drop(null, null);
            } else {
                answer[0] = new Drop(accepted, target.drop(x, y, screenX, screenY, accepted));
            }
        });
        return answer[0];
    }

    /**
     * What a file manager puts on the drag-and-drop clipboard when the user drags from it: the
     * content, offered to be copied, moved or linked. (The toolkit's own local clipboard is no
     * drag clipboard: it has no transfer modes.)
     */
    @SuppressWarnings("removal") // AccessControlContext is part of the toolkit's interface
    private static final class DesktopDragboard implements TKClipboard {
        private final Map<DataFormat, Object> content = new HashMap<>();

        DesktopDragboard(Pair<DataFormat, Object> item) {
            content.put(item.getKey(), item.getValue());
        }

        @Override
        public void setSecurityContext(AccessControlContext context) {
        }

        @Override
        public Set<DataFormat> getContentTypes() {
            return Set.copyOf(content.keySet());
        }

        @Override
        @SafeVarargs
        public final boolean putContent(Pair<DataFormat, Object>... items) {
            throw new UnsupportedOperationException("the drop target only reads what was dragged");
        }

        @Override
        public Object getContent(DataFormat format) {
            return content.get(format);
        }

        @Override
        public boolean hasContent(DataFormat format) {
            return content.containsKey(format);
        }

        @Override
        public Set<TransferMode> getTransferModes() {
            return EnumSet.of(TransferMode.COPY, TransferMode.MOVE, TransferMode.LINK);
        }

        @Override
        public void setDragView(Image image) {
        }

        @Override
        public void setDragViewOffsetX(double offset) {
        }

        @Override
        public void setDragViewOffsetY(double offset) {
        }

        @Override
        public Image getDragView() {
            return null;
        }

        @Override
        public double getDragViewOffsetX() {
            return 0;
        }

        @Override
        public double getDragViewOffsetY() {
            return 0;
        }
    }

    /** The listener through which the toolkit delivers drags from outside to this scene. */
    private static TKDropTargetListener dropTarget(Scene scene) {
        TKScene peer = SceneHelper.getPeer(scene);
        for (Class<?> type = peer.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField("dropTargetListener");
                field.setAccessible(true);
                return (TKDropTargetListener) field.get(peer);
            } catch (NoSuchFieldException e) {
                // declared further up
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("the scene's peer " + peer.getClass() + " has no drop-target listener");
    }

    private ListView<?> waitForSamples(FxRobot robot) throws Exception {
        ListView<?> list = robot.lookup("#articleList").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().size() >= 3);
        return list;
    }
}
