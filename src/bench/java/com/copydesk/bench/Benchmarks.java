package com.copydesk.bench;

import com.copydesk.bench.desk.BulkCategorizeBenchmark;
import com.copydesk.bench.editor.EditorLoadBenchmark;
import com.copydesk.bench.editor.KeystrokeBenchmark;
import com.copydesk.bench.exchange.JsonExportBenchmark;
import com.copydesk.bench.freeze.FreezeBenchmark;
import com.copydesk.bench.page.KeystrokePreviewBenchmark;
import com.copydesk.bench.exchange.JsonImportBenchmark;
import com.copydesk.bench.page.PageRenderBenchmark;
import com.copydesk.bench.startup.StartupBenchmark;
import com.copydesk.bench.store.AutosaveBenchmark;
import com.copydesk.bench.store.LongReadsBenchmark;
import com.copydesk.bench.store.ListBenchmark;
import com.copydesk.bench.store.ListScrollBenchmark;
import com.copydesk.bench.store.SearchBenchmark;

import java.util.List;

/** Every benchmark of the suite, in the order the table shows them. Add new ones here. */
public final class Benchmarks {

    public static final List<Benchmark> ALL = List.of(
            new StartupBenchmark(),
            new EditorLoadBenchmark(),
            new KeystrokeBenchmark(),
            new PageRenderBenchmark(),
            new KeystrokePreviewBenchmark(),
            new SearchBenchmark(),
            new AutosaveBenchmark(),
            new LongReadsBenchmark(),
            new ListBenchmark(),
            new ListScrollBenchmark(),
            new com.copydesk.bench.list.ListCellsBenchmark(),
            new JsonExportBenchmark(),
            new JsonImportBenchmark(),
            new BulkCategorizeBenchmark(),
            new FreezeBenchmark());

    private Benchmarks() {
    }
}
