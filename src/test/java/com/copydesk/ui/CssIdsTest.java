package com.copydesk.ui;

import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CssIdsTest {

    @Test
    void anIdMadeFromAnyTextIsFoundByItsSelectorAndTellsTextsApart() {
        List<String> names = List.of("Local", "New York", "café", "cafe", "Arts & Culture", "#1", "a.b", "日本");
        HBox row = new HBox();
        for (String name : names) {
            Pane item = new Pane();
            item.setUserData(name);
            item.setId(CssIds.of("categoryFilter-", name));
            row.getChildren().add(item);
        }

        for (String name : names) {
            assertThat(row.lookup("#" + CssIds.of("categoryFilter-", name)).getUserData()).isEqualTo(name);
        }
        assertThat(CssIds.of("categoryFilter-", "Local")).isEqualTo("categoryFilter-Local");
        assertThat(CssIds.of("categoryFilter-", "New York")).isEqualTo("categoryFilter-New_20_York");
    }
}
