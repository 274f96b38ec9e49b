package com.copydesk.bench.page;

import com.copydesk.article.Article;
import com.copydesk.bench.BenchContext;
import com.copydesk.bench.Benchmark;
import com.copydesk.bench.DatasetGenerator;
import com.copydesk.bench.Result;
import com.copydesk.bench.Samples;
import com.copydesk.bench.Target;
import com.copydesk.page.PageRenderer;
import com.copydesk.page.Publication;

import java.util.List;

/**
 * Render of a 5,000-word article to the published HTML page, against the floor of the same
 * work: a StringBuilder joining the finished page's parts (template halves, stylesheet, body
 * HTML), all prepared in advance, i.e. only the copying of the page's characters.
 */
public final class PageRenderBenchmark implements Benchmark {

    private static final int WARMUPS = 500;
    private static final int RUNS = 500;

    @Override
    public String name() {
        return "page";
    }

    @Override
    public List<Result> run(BenchContext context) throws Exception {
        Article article = DatasetGenerator.standard().next(5_000);
        PageRenderer renderer = new PageRenderer();
        String page = renderer.render(article, Publication.DEFAULT);
        // The floor: the same characters copied in a handful of pieces.
        int third = page.length() / 3;
        String[] parts = {page.substring(0, third), page.substring(third, 2 * third), page.substring(2 * third)};
        int[] sink = {0};
        double ours = Samples.medianMillis(WARMUPS, RUNS, () -> sink[0] += renderer.render(article, Publication.DEFAULT).length());
        double floor = Samples.medianMillis(WARMUPS, RUNS, () -> {
            StringBuilder out = new StringBuilder();
            for (String part : parts) {
                out.append(part);
            }
            sink[0] += out.toString().length();
        });
        if (sink[0] == 42) {
            System.out.println();
        }
        return List.of(new Result("Page render, 5,000-word article (" + page.length() / 1024 + " KiB of HTML)", "ms",
                ours, floor, "StringBuilder copy of the same page", Target.atMost(5),
                "harness median of " + RUNS + " after " + WARMUPS + " warm-up renders"));
    }
}
