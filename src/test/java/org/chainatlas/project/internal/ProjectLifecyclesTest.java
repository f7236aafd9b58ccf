package org.chainatlas.project.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.chainatlas.platform.InvalidInput;
import org.chainatlas.platform.InvalidTransition;
import org.chainatlas.project.ProjectStage;
import org.chainatlas.project.TicketCategory;
import org.chainatlas.project.TicketStatus;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The project pipeline and problem tickets, guarded by their aggregates. */
class ProjectLifecyclesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    static final Instant NOW = Instant.parse("2026-06-01T02:00:00Z");

    static Project signed() {
        return new Project("宜宾电池项目", 7, null, "511500", null, "nev-battery", null, "电芯", 1_000_000_000L,
                ProjectStage.SIGNED, TODAY.minusDays(100), "organiser", false);
    }

    @Nested
    class Projects {

        @Test
        void aSignedProjectStartsConstructionThenProducesEachDated() {
            Project p = signed();
            p.move(ProjectStage.CONSTRUCTION_STARTED, TODAY.minusDays(50), TODAY, null);
            p.move(ProjectStage.PRODUCING, TODAY, TODAY, null);
            assertThat(p.stage()).isEqualTo(ProjectStage.PRODUCING);
            assertThat(p.lastStageDate()).isEqualTo(TODAY);
        }

        @Test
        void aProjectCannotSkipAheadOrGoBack() {
            Project p = signed();
            assertThatThrownBy(() -> p.move(ProjectStage.PRODUCING, TODAY, TODAY, null)).isInstanceOf(InvalidTransition.class)
                    .satisfies(e -> assertThat(((org.chainatlas.platform.Conflict) e).english()).contains("SIGNED", "PRODUCING"));
            p.move(ProjectStage.CONSTRUCTION_STARTED, TODAY, TODAY, null);
            assertThatThrownBy(() -> p.move(ProjectStage.SIGNED, TODAY, TODAY, null)).isInstanceOf(InvalidTransition.class);
            assertThat(p.stage()).isEqualTo(ProjectStage.CONSTRUCTION_STARTED);
        }

        @Test
        void aMoveIsNeitherInTheFutureNorBeforeTheStageReached() {
            Project p = signed();
            assertThatThrownBy(() -> p.move(ProjectStage.CONSTRUCTION_STARTED, TODAY.plusDays(1), TODAY, null))
                    .isInstanceOf(InvalidInput.class).hasMessageContaining("future");
            assertThatThrownBy(() -> p.move(ProjectStage.CONSTRUCTION_STARTED, TODAY.minusDays(101), TODAY, null))
                    .isInstanceOf(InvalidInput.class).hasMessageContaining("before the previous stage");
            assertThat(p.stage()).isEqualTo(ProjectStage.SIGNED);
        }

        @Test
        void aCancellationNeedsItsReasonAndEndsThePipeline() {
            Project p = signed();
            assertThatThrownBy(() -> p.move(ProjectStage.CANCELLED, TODAY, TODAY, " ")).isInstanceOf(InvalidInput.class);
            p.move(ProjectStage.CANCELLED, TODAY, TODAY, "企业调整投资计划");
            assertThatThrownBy(() -> p.move(ProjectStage.CONSTRUCTION_STARTED, TODAY, TODAY, null))
                    .isInstanceOf(InvalidTransition.class)
                    .satisfies(e -> assertThat(((org.chainatlas.platform.Conflict) e).english()).contains("finished"));
        }
    }

    @Nested
    class Tickets {

        ServiceTicket open() {
            return new ServiceTicket(1, TicketCategory.OTHER, "配套道路未完工", "影响进度", NOW.plusSeconds(3600), "enterprise", NOW);
        }

        @Test
        void aTicketIsTakenUpResolvedAndClosedByTheEnterprise() {
            ServiceTicket t = open();
            t.takeUp();
            assertThat(t.status()).isEqualTo(TicketStatus.IN_PROGRESS);
            t.resolve(NOW);
            assertThat(t.status()).isEqualTo(TicketStatus.RESOLVED);
            assertThatThrownBy(() -> t.close(NOW, null)).as("closing asks for the satisfaction").isInstanceOf(InvalidInput.class);
            assertThatThrownBy(() -> t.close(NOW, 6)).isInstanceOf(InvalidInput.class);
            assertThat(t.status()).isEqualTo(TicketStatus.RESOLVED);
            t.close(NOW, 4);
            assertThat(t.status()).isEqualTo(TicketStatus.CLOSED);
            assertThat(t.satisfaction()).isEqualTo(4);
            assertThatThrownBy(t::requireOpenForComments).isInstanceOf(InvalidTransition.class);
            assertThatThrownBy(() -> t.resolve(NOW)).isInstanceOf(InvalidTransition.class);
        }

        @Test
        void aReopenedTicketGetsANewDeadlineAndOnlyAResolvedOneCanBeConfirmed() {
            ServiceTicket t = open();
            assertThatThrownBy(() -> t.close(NOW, 5)).isInstanceOf(InvalidTransition.class)
                    .satisfies(e -> assertThat(((org.chainatlas.platform.Conflict) e).english()).contains("OPEN"));
            assertThatThrownBy(() -> t.reopen(NOW)).isInstanceOf(InvalidTransition.class);
            t.resolve(NOW);
            t.reopen(NOW.plusSeconds(86_400));
            assertThat(t.status()).isEqualTo(TicketStatus.IN_PROGRESS);
            assertThat(t.dueAt()).isEqualTo(NOW.plusSeconds(86_400));
        }

        @Test
        void aHandOffNamesTheDepartmentAndCountsAsTakenUpButNotAfterResolution() {
            ServiceTicket t = open();
            assertThatThrownBy(() -> t.handOff(" ")).isInstanceOf(InvalidInput.class);
            t.handOff("宜宾市自然资源和规划局");
            assertThat(t.departmentZh()).isEqualTo("宜宾市自然资源和规划局");
            assertThat(t.status()).isEqualTo(TicketStatus.IN_PROGRESS);
            t.resolve(NOW);
            assertThatThrownBy(() -> t.handOff("市发改委")).isInstanceOf(InvalidTransition.class);
        }

        @Test
        void overdueDaysCountFromTheDeadlineWhileActive() {
            ServiceTicket t = open();
            assertThat(t.overdueDays(NOW)).isZero();
            assertThat(t.overdueDays(NOW.plusSeconds(3600 + 60))).isEqualTo(1);
            assertThat(t.overdueDays(NOW.plusSeconds(3600 + 3 * 86_400 + 60))).isEqualTo(4);
            t.resolve(NOW);
            assertThat(t.overdueDays(NOW.plusSeconds(10 * 86_400))).as("a resolved ticket is not overdue").isZero();
        }

        @Test
        void escalationStopsAtTheTopLevelAndNeverTouchesAResolvedTicket() {
            ServiceTicket t = open();
            t.escalate(NOW.plusSeconds(10));
            t.escalate(NOW.plusSeconds(20));
            assertThat(t.level()).isEqualTo(ServiceTicket.TOP_LEVEL);
            assertThat(t.escalable()).isFalse();
            assertThatThrownBy(() -> t.escalate(NOW.plusSeconds(30))).isInstanceOf(InvalidTransition.class)
                    .satisfies(e -> assertThat(((InvalidTransition) e).code()).as("said as the top level, not 'the state changed'")
                            .isEqualTo("error.ticketTopLevel"));
            ServiceTicket resolved = open();
            resolved.resolve(NOW);
            assertThat(resolved.escalable()).isFalse();
            assertThatThrownBy(() -> resolved.escalate(NOW)).isInstanceOf(InvalidTransition.class);
        }
    }
}
