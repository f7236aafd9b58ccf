package org.chainatlas.lead.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.chainatlas.lead.LeadOrigin;
import org.chainatlas.lead.LeadStage;
import org.chainatlas.platform.InvalidInput;
import org.chainatlas.platform.InvalidTransition;
import org.junit.jupiter.api.Test;

/** The lead guards its own lifecycle, whoever calls it. */
class LeadLifecycleTest {

    static final Instant NOW = Instant.parse("2026-12-02T02:00:00Z");

    private static Lead lead() {
        return new Lead("511500", 7L, "nev-battery", 3L, null, LeadOrigin.GAP, "缺少正极材料", 1L, "yibin-locality", NOW);
    }

    @Test
    void aNewLeadIsATarget() {
        assertThat(lead().stage()).isEqualTo(LeadStage.TARGET);
    }

    @Test
    void contactNeedsALoggedVisitAndTheFirstVisitIsTheContact() {
        Lead lead = lead();
        assertThatThrownBy(() -> lead.advance(LeadStage.CONTACTED, 0, NOW)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("visit");
        assertThat(lead.stage()).isEqualTo(LeadStage.TARGET);
        lead.visited(NOW);
        assertThat(lead.stage()).isEqualTo(LeadStage.CONTACTED);
        lead.visited(NOW);
        assertThat(lead.stage()).as("a later visit does not move it on").isEqualTo(LeadStage.CONTACTED);
    }

    @Test
    void stagesAreNotSkippedNorReversed() {
        Lead lead = lead();
        assertThatThrownBy(() -> lead.advance(LeadStage.NEGOTIATING, 1, NOW)).isInstanceOf(InvalidTransition.class)
                .satisfies(e -> assertThat(((org.chainatlas.platform.Conflict) e).english()).contains("TARGET"));
        lead.visited(NOW);
        lead.advance(LeadStage.NEGOTIATING, 1, NOW);
        assertThatThrownBy(() -> lead.advance(LeadStage.CONTACTED, 1, NOW)).isInstanceOf(InvalidTransition.class);
        assertThatThrownBy(() -> lead.advance(LeadStage.SIGNED, 1, NOW)).as("signing has its own step, with the project")
                .isInstanceOf(InvalidTransition.class);
        assertThat(lead.stage()).isEqualTo(LeadStage.NEGOTIATING);
    }

    @Test
    void aTargetCannotBeSignedButAContactedOneCan() {
        Lead target = lead();
        assertThatThrownBy(target::requireCanSign).isInstanceOf(InvalidTransition.class);
        Lead contacted = lead();
        contacted.visited(NOW);
        contacted.requireCanSign();
        contacted.nextStep("签约仪式", LocalDate.of(2026, 12, 10), NOW);
        contacted.signed(42L, NOW);
        assertThat(contacted.stage()).isEqualTo(LeadStage.SIGNED);
        assertThat(contacted.projectId()).isEqualTo(42L);
        assertThat(contacted.nextStepOn()).as("no next step once signed").isNull();
    }

    @Test
    void aSignedLeadIsFinal() {
        Lead lead = lead();
        lead.visited(NOW);
        lead.signed(1L, NOW);
        assertThatThrownBy(() -> lead.drop("不来了", NOW)).isInstanceOf(InvalidTransition.class);
        assertThatThrownBy(() -> lead.visited(NOW)).isInstanceOf(InvalidTransition.class);
        assertThatThrownBy(() -> lead.nextStep("x", LocalDate.of(2026, 12, 3), NOW)).isInstanceOf(InvalidTransition.class);
        assertThatThrownBy(() -> lead.invited(5L, NOW)).isInstanceOf(InvalidTransition.class);
        assertThatThrownBy(() -> lead.signed(2L, NOW)).isInstanceOf(InvalidTransition.class);
        assertThat(lead.projectId()).isEqualTo(1L);
    }

    @Test
    void droppingNeedsAReasonAndADroppedLeadCanBeTakenUpAgain() {
        Lead lead = lead();
        assertThatThrownBy(() -> lead.drop("  ", NOW)).isInstanceOf(InvalidInput.class);
        assertThat(lead.stage()).isEqualTo(LeadStage.TARGET);
        lead.drop("企业已在别处落地", NOW);
        assertThat(lead.stage()).isEqualTo(LeadStage.DROPPED);
        assertThat(lead.dropReason()).isEqualTo("企业已在别处落地");
        assertThatThrownBy(() -> lead.visited(NOW)).isInstanceOf(InvalidTransition.class);
        lead.reopen(NOW);
        assertThat(lead.stage()).isEqualTo(LeadStage.TARGET);
        assertThat(lead.dropReason()).isNull();
        assertThatThrownBy(() -> lead.reopen(NOW)).isInstanceOf(InvalidTransition.class);
    }

    @Test
    void theFunnelCountsASignedLeadAtEveryStageBeforeIt() {
        assertThat(LeadStage.SIGNED.reached(LeadStage.TARGET)).isTrue();
        assertThat(LeadStage.SIGNED.reached(LeadStage.NEGOTIATING)).isTrue();
        assertThat(LeadStage.CONTACTED.reached(LeadStage.NEGOTIATING)).isFalse();
        assertThat(LeadStage.DROPPED.reached(LeadStage.TARGET)).isFalse();
    }
}
