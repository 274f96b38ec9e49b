package com.copydesk.bench;

import com.copydesk.bench.editor.EditorLoadBenchmark;
import com.copydesk.bench.exchange.JsonExportBenchmark;
import com.copydesk.bench.exchange.JsonImportBenchmark;
import com.copydesk.bench.page.PageRenderBenchmark;
import com.copydesk.bench.startup.StartupBenchmark;
import com.copydesk.bench.store.AutosaveBenchmark;
import com.copydesk.bench.store.SearchBenchmark;

import java.util.List;

/** Every benchmark of the suite, in the order the table shows them. Add new ones here. */
public final class Benchmarks {

    public static final List<Benchmark> ALL = List.of(
            new StartupBenchmark(),
            new EditorLoadBenchmark(),
            new PageRenderBenchmark(),
            new SearchBenchmark(),
            new AutosaveBenchmark(),
            new JsonExportBenchmark(),
            new JsonImportBenchmark());

    private Benchmarks() {
    }
}
