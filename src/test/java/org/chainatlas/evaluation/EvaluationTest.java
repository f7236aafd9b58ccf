package org.chainatlas.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.chainatlas.chain.Chains;
import org.chainatlas.chain.SegmentClassifier;
import org.chainatlas.enterprise.EnterpriseCatalog;
import org.chainatlas.matching.Matching;
import org.chainatlas.region.Places;
import org.chainatlas.support.AtlasTest;
import org.chainatlas.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The site recommendation replayed on the development set of real transfer cases, beside the baselines of the same run
 * (the figures go to target/evaluation/transfer-cases.md; docs/EVALUATION.md records them). With weights calibrated by the
 * leave-one-out bootstrap the engine must beat every baseline on MRR and hit@5, and the random and cluster-size baselines
 * on hit@10. Against the chain-chief host lists hit@10 is level, not better: the engine's row moves by one or two cases
 * on the seed of the resamples alone (0.143–0.162 against the lists' 0.154), so a comparison there would test the seed,
 * and it is not asserted; nor is the goal of city hit@10 ≥ 0.5, which is not reached (see docs/EVALUATION.md).
 * Case by case (a paired bootstrap over the cases) it must beat random ranking at hit@5, hit@10 and MRR with an interval above zero;
 * against the chain-chief lists and cluster size the intervals are printed, not asserted: on 105 cases most of them hold
 * zero.
 */
@AtlasTest
// its own database: the figures are those of the default data, whatever other tests of the run have added
@TestPropertySource(properties = TestDatabase.OWN_DATABASE + "=evaluation")
class EvaluationTest {

    @Autowired
    ApplicationContext context;

    @Test
    void theEngineBeatsEveryBaselineOnRealTransfers() throws Exception {
        EvaluationReport.Result result = EvaluationReport.run(context, TransferCase.development());
        Path out = Path.of("target/evaluation");
        Files.createDirectories(out);
        Files.writeString(out.resolve("transfer-cases.md"), result.markdown(), StandardCharsets.UTF_8);
        System.out.println(result.markdown());
        Evaluation.Figures loo = result.figures(EvaluationReport.LOO);
        assertThat(result.resolved()).as("every destination of the development set names a city").isEqualTo(result.cases());
        for (String baseline : new String[] {EvaluationReport.RANDOM, EvaluationReport.GOVERNANCE, EvaluationReport.CLUSTER}) {
            // on every seed's resamples, not only the one the table shows
            for (Evaluation.Figures seed : result.seeds()) {
                assertThat(seed.mrr()).as(seed.method() + " MRR against " + baseline + "\n" + result.markdown())
                        .isGreaterThan(result.figures(baseline).mrr());
                assertThat(seed.hits()[1]).as(seed.method() + " hit@5 against " + baseline + "\n" + result.markdown())
                        .isGreaterThan(result.figures(baseline).hits()[1]);
            }
        }
        for (String baseline : new String[] {EvaluationReport.RANDOM, EvaluationReport.CLUSTER}) {
            for (Evaluation.Figures seed : result.seeds()) {
                assertThat(seed.hits()[2]).as(seed.method() + " hit@10 against " + baseline + "\n" + result.markdown())
                        .isGreaterThan(result.figures(baseline).hits()[2]);
            }
        }
        // better than chance at hit@5, hit@10 and MRR, case by case, beyond what the draw of the cases could make of it (hit@1
        // rests on about five cases: two fewer would put its interval at zero without any real change)
        Evaluation.Difference chance = result.differences().stream().filter(d -> d.against().equals("random")).findFirst().orElseThrow();
        for (int figure = 1; figure <= Evaluation.AT.length; figure++) {
            assertThat(chance.above(figure)).as("figure " + figure + " against random\n" + result.markdown()).isTrue();
        }
        assertThat(result.seeds()).extracting(Evaluation.Figures::method).hasSize(1 + EvaluationReport.OTHER_SEEDS.length)
                .first().isEqualTo(EvaluationReport.LOO);
        assertThat(result.seeds().subList(1, result.seeds().size())).extracting(Evaluation.Figures::method)
                .allMatch(m -> m.startsWith(EvaluationReport.LOO + ", seed "));
    }

    @Test
    void runsOnADatabaseOfItsOwn() {
        assertThat(context.getEnvironment().getProperty("spring.datasource.url")).contains("evaluation");
    }

    @Test
    void theRankingNeverSeesTheDestination() {
        Evaluation evaluation = new Evaluation(context.getBean(Matching.class), context.getBean(Places.class),
                context.getBean(Chains.class), context.getBean(SegmentClassifier.class), context.getBean(EnterpriseCatalog.class));
        TransferCase real = TransferCase.development().get(4);
        TransferCase elsewhere = new TransferCase(real.row(), real.enterprise(), real.homeCity(), real.homeProvince(), "宜宾",
                "四川", null, real.industry(), real.product(), real.investment(), real.year(), real.stage(), real.source());
        Evaluation.Asked a = evaluation.ask(real.query());
        Evaluation.Asked b = evaluation.ask(elsewhere.query());
        assertThat(real.query()).isEqualTo(elsewhere.query());
        assertThat(b.cities()).containsExactly(a.cities());
        assertThat(Evaluation.cityScores(b, Evaluation.array(org.chainatlas.matching.Weights.DEFAULT)))
                .containsExactly(Evaluation.cityScores(a, Evaluation.array(org.chainatlas.matching.Weights.DEFAULT)));
        assertThat(evaluation.destination(real)).isNotEqualTo(evaluation.destination(elsewhere));
    }
}
