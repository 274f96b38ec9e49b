package com.copydesk.article;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DeskSortTest {

    @Test
    void onlyNewestChangeFirstIsTheDefault() {
        assertThat(new DeskSort(DeskSort.Column.CHANGED, false).isDefault()).isTrue();
        assertThat(new DeskSort(DeskSort.Column.CHANGED, true).isDefault()).isFalse();
        for (DeskSort.Column column : DeskSort.Column.values()) {
            if (column != DeskSort.Column.CHANGED) {
                assertThat(new DeskSort(column, false).isDefault()).as(column.name()).isFalse();
                assertThat(new DeskSort(column, true).isDefault()).as(column.name()).isFalse();
            }
        }
    }

    @Test
    void aClickTurnsTheDefaultIntoOldestFirst() {
        assertThat(DeskSort.DEFAULT.clicked(DeskSort.Column.CHANGED).isDefault()).isFalse();
        assertThat(DeskSort.DEFAULT.clicked(DeskSort.Column.CHANGED).clicked(DeskSort.Column.CHANGED).isDefault()).isTrue();
    }
}
