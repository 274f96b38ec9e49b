package com.copydesk.page.ui;

import javafx.application.Platform;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** WebKit's warm-up off the FX thread: it names real classes, and a WebView made after it works. */
@ExtendWith(ApplicationExtension.class)
class WebKitWarmUpTest {

    @Start
    void start(Stage stage) {
        stage.show();
    }

    @Test
    void everyListedClassIsInTheJavaFxThatCopydeskShipsWith() {
        List<String> listed = WebKitWarmUp.listedClasses();
        assertThat(listed).hasSizeGreaterThan(100).contains("javafx.scene.web.WebView", "com.sun.webkit.WebPage");
        ClassLoader loader = WebKitWarmUp.class.getClassLoader();
        assertThat(listed).allSatisfy(name -> assertThat(Class.forName(name, false, loader)).isNotNull());
    }

    @Test
    void aWebViewMadeOnTheFxThreadAfterTheWarmUpShowsAPage() throws Exception {
        WebKitWarmUp.start().get(60, TimeUnit.SECONDS);
        assertThat(Platform.isFxApplicationThread()).isFalse();
        WebView view = WaitForAsyncUtils.asyncFx(() -> {
            WebView made = new WebView();
            made.getEngine().loadContent("<p id=\"x\">warm</p>");
            return made;
        }).get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> "warm".equals(WaitForAsyncUtils.asyncFx(
                () -> view.getEngine().executeScript("document.getElementById('x') ? document.getElementById('x').textContent : ''"))
                .get(10, TimeUnit.SECONDS)));
    }
}
