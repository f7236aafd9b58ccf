package org.chainatlas.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.chainatlas.evaluation.EvaluationReport;
import org.chainatlas.evaluation.TransferCase;

/**
 * {@code bin/bench evaluation [--cases FILE]}: replays real transfer cases (default: the development set; any file with
 * the columns of transfer_cases_dev.csv) through the site recommendation on the shipped real data, and prints city
 * hit@1/5/10 and MRR beside the three baselines of the same run (uniform random, chain-chief host lists, cluster size),
 * with weights calibrated by the leave-one-out bootstrap (and how far that row moves with the seed of the resamples).
 * The figures also go to target/evaluation/transfer-cases.md.
 */
final class EvaluationBench {

    private EvaluationBench() {
    }

    static void run(Map<String, String> options) throws Exception {
        List<TransferCase> cases = options.containsKey("cases") ? TransferCase.read(Path.of(options.get("cases")))
                : TransferCase.development();
        try (BenchApp app = new BenchApp(BenchApp.Db.H2, "evaluation", 0, 0)) {
            long started = System.nanoTime();
            EvaluationReport.Result result = EvaluationReport.run(app.context(), cases);
            Path out = Path.of("target/evaluation");
            Files.createDirectories(out);
            Files.writeString(out.resolve("transfer-cases.md"), result.markdown(), StandardCharsets.UTF_8);
            System.out.println("\n## Site recommendation against real transfer cases ("
                    + (options.containsKey("cases") ? options.get("cases") : "development set") + ")\n");
            System.out.println(result.markdown());
            System.out.printf("Evaluation took %.1f s (machine: %d cores, %s %s)%n", (System.nanoTime() - started) / 1e9,
                    Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"), System.getProperty("java.version"));
        }
    }
}
