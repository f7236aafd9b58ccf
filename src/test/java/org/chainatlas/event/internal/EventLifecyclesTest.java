package org.chainatlas.event.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.chainatlas.event.EventStatus;
import org.chainatlas.event.ParticipantKind;
import org.chainatlas.event.RegistrationStatus;
import org.chainatlas.event.RequestStatus;
import org.chainatlas.platform.InvalidTransition;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each lifecycle of the event module, guarded by its aggregate: every allowed step and every refused one. */
class EventLifecyclesTest {

    static final Instant NOW = Instant.parse("2026-06-01T02:00:00Z");
    static final java.time.LocalDate TODAY = java.time.LocalDate.of(2026, 6, 1);

    @Nested
    class MeetingRequests {

        MeetingRequest pending() {
            return new MeetingRequest(1, 2, 10, 11, "配套合作", 1, NOW.plusSeconds(3600));
        }

        @Test
        void aPendingRequestIsAcceptedDeclinedCancelledOrExpired() {
            MeetingRequest accepted = pending();
            accepted.accept(NOW);
            assertThat(accepted.status()).isEqualTo(RequestStatus.ACCEPTED);
            assertThat(accepted.decidedAt()).isEqualTo(NOW);
            MeetingRequest declined = pending();
            declined.decline(NOW);
            assertThat(declined.status()).isEqualTo(RequestStatus.DECLINED);
            MeetingRequest cancelled = pending();
            cancelled.cancel(NOW);
            assertThat(cancelled.status()).isEqualTo(RequestStatus.CANCELLED);
            MeetingRequest expired = pending();
            expired.expire(NOW.plusSeconds(7200));
            assertThat(expired.status()).isEqualTo(RequestStatus.EXPIRED);
        }

        @Test
        void aDecidedRequestCannotBeDecidedAgain() {
            MeetingRequest request = pending();
            request.decline(NOW);
            assertThatThrownBy(() -> request.accept(NOW)).isInstanceOf(InvalidTransition.class)
                    .satisfies(e -> assertThat(((org.chainatlas.platform.Conflict) e).english()).contains("DECLINED"));
            assertThatThrownBy(() -> request.cancel(NOW)).isInstanceOf(InvalidTransition.class);
            assertThatThrownBy(() -> request.expire(NOW)).isInstanceOf(InvalidTransition.class);
            assertThat(request.status()).isEqualTo(RequestStatus.DECLINED);
        }

        @Test
        void aRequestPastItsExpiryCannotBeAccepted() {
            MeetingRequest request = pending();
            assertThatThrownBy(() -> request.accept(NOW.plusSeconds(3600))).isInstanceOf(InvalidTransition.class)
                    .satisfies(e -> assertThat(((org.chainatlas.platform.Conflict) e).english()).contains("expired"));
            assertThat(request.status()).isEqualTo(RequestStatus.PENDING);
        }
    }

    @Nested
    class Meetings {

        final Instant starts = NOW.plusSeconds(3 * 3600);
        final Instant ends = starts.plusSeconds(1800);

        Meeting seated() {
            MeetingRequest request = new MeetingRequest(1, 2, 10, 11, "配套合作", 1, NOW.plusSeconds(3600));
            org.springframework.test.util.ReflectionTestUtils.setField(request, "id", 7L);
            Meeting meeting = new Meeting(request, 1, "token-7");
            meeting.seat(100L, 200L);
            meeting.publish();
            return meeting;
        }

        /** Check-in opens on the day: a side checked in at eight for its three o'clock meeting has not met yet. */
        @Test
        void aSideCheckedInBeforeItsSlotBeginsHasNotMetYet() {
            Meeting meeting = seated();
            assertThat(meeting.checkIn(10, NOW)).isTrue();
            assertThat(meeting.held(starts, ends, NOW)).isFalse();
            assertThatThrownBy(() -> meeting.outcome(10, org.chainatlas.event.Outcome.SIGNED, null, 100L, starts, ends, NOW))
                    .isInstanceOf(org.chainatlas.platform.Conflict.class)
                    .satisfies(e -> assertThat(((org.chainatlas.platform.Conflict) e).code()).isEqualTo("error.notBegunYet"));
            assertThat(meeting.outcomeA()).isNull();
            assertThat(meeting.held(starts, ends, starts)).as("from its start").isTrue();
            meeting.outcome(10, org.chainatlas.event.Outcome.FOLLOW_UP, null, null, starts, ends, starts.plusSeconds(60));
            assertThat(meeting.outcomeA()).isEqualTo(org.chainatlas.event.Outcome.FOLLOW_UP);
        }

        @Test
        void aPublishedMeetingWithoutCheckInIsHeldOnceItsSlotEnded() {
            Meeting meeting = seated();
            assertThat(meeting.held(starts, ends, starts.plusSeconds(60))).isFalse();
            assertThat(meeting.held(starts, ends, ends.plusSeconds(1))).isTrue();
            assertThatThrownBy(() -> meeting.outcome(11, org.chainatlas.event.Outcome.INTENT, null, null, starts, ends, NOW))
                    .isInstanceOf(org.chainatlas.platform.Conflict.class)
                    .satisfies(e -> assertThat(((org.chainatlas.platform.Conflict) e).code()).isEqualTo("error.notHeldYet"));
        }
    }

    @Nested
    class Registrations {

        Participant in(RegistrationStatus status) {
            return new Participant(1, ParticipantKind.ENTERPRISE, 5L, null, "宁德时代", "350900", 3L, status, false);
        }

        @Test
        void invitedPendingAndRejectedRegistrationsCanBeApproved() {
            for (RegistrationStatus from : new RegistrationStatus[] {RegistrationStatus.INVITED, RegistrationStatus.PENDING,
                    RegistrationStatus.REJECTED}) {
                Participant p = in(from);
                p.approve("organiser", NOW);
                assertThat(p.status()).as("from " + from).isEqualTo(RegistrationStatus.APPROVED);
            }
        }

        @Test
        void approvedOnesCannotBeApprovedAgainNorRejectedOnesRejectedAgain() {
            assertThatThrownBy(() -> in(RegistrationStatus.APPROVED).approve("organiser", NOW)).isInstanceOf(InvalidTransition.class);
            assertThatThrownBy(() -> in(RegistrationStatus.REJECTED).reject("organiser", NOW)).isInstanceOf(InvalidTransition.class);
            Participant withdrawn = in(RegistrationStatus.APPROVED);
            withdrawn.reject("organiser", NOW);
            assertThat(withdrawn.status()).isEqualTo(RegistrationStatus.REJECTED);
        }
    }

    @Nested
    class Events {

        @Test
        void anEventClosesReopensAndFinishesButNeverGoesBack() {
            MatchEvent event = new MatchEvent("organiser", false);
            assertThat(event.status()).isEqualTo(EventStatus.OPEN);
            event.moveTo(EventStatus.CLOSED, TODAY);
            event.moveTo(EventStatus.OPEN, TODAY);
            event.moveTo(EventStatus.FINISHED, TODAY);
            assertThat(event.status()).isEqualTo(EventStatus.FINISHED);
            assertThatThrownBy(() -> event.moveTo(EventStatus.OPEN, TODAY)).isInstanceOf(InvalidTransition.class)
                    .satisfies(e -> assertThat(((org.chainatlas.platform.Conflict) e).english()).contains("FINISHED"));
            assertThatThrownBy(() -> event.moveTo(EventStatus.DRAFT, TODAY)).isInstanceOf(InvalidTransition.class);
            assertThat(event.status()).isEqualTo(EventStatus.FINISHED);
        }

        @Test
        void anEventIsFinishedOnlyOnceItHasBegun() {
            MatchEvent event = new MatchEvent("organiser", false);
            event.apply(new org.chainatlas.event.EventForm("未开幕的活动", null, "510000", null, TODAY.plusDays(30), TODAY.plusDays(31),
                    null, 48, 20, null, null));
            assertThatThrownBy(() -> event.moveTo(EventStatus.FINISHED, TODAY)).isInstanceOf(InvalidTransition.class)
                    .satisfies(e -> assertThat(((org.chainatlas.platform.Conflict) e).english()).contains(TODAY.plusDays(30).toString()));
            assertThat(event.status()).isEqualTo(EventStatus.OPEN);
            event.moveTo(EventStatus.FINISHED, TODAY.plusDays(30));
            assertThat(event.status()).isEqualTo(EventStatus.FINISHED);
        }

        @Test
        void movingToTheStatusItIsInChangesNothing() {
            MatchEvent event = new MatchEvent("organiser", false);
            event.moveTo(EventStatus.OPEN, TODAY);
            assertThat(event.status()).isEqualTo(EventStatus.OPEN);
        }
    }

    @Nested
    class ScheduleRuns {

        @Test
        void aRunGoesFromQueuedThroughRunningToDone() {
            ScheduleRun run = new ScheduleRun(1, "organiser", 10);
            assertThat(run.inProgress()).isTrue();
            run.begin(NOW);
            run.progress(12, "0hard/12soft");
            run.sessionSolved(20, 18, 19, "0hard/18soft");
            run.finish(NOW.plusSeconds(10), 20, 18, 19);
            assertThat(run.status()).isEqualTo("DONE");
            assertThat(run.startedAt()).isEqualTo(NOW);
            assertThat(run.finishedAt()).isEqualTo(NOW.plusSeconds(10));
            assertThat(run.scheduled()).isEqualTo(18);
            assertThat(run.inProgress()).isFalse();
        }

        @Test
        void aRunThatNeverStartedCannotFinishAndAFinishedOneCannotFail() {
            ScheduleRun queued = new ScheduleRun(1, "organiser", 10);
            assertThatThrownBy(() -> queued.finish(NOW, 0, 0, 0)).isInstanceOf(InvalidTransition.class)
                    .satisfies(e -> assertThat(((org.chainatlas.platform.Conflict) e).english()).contains("QUEUED"));
            assertThatThrownBy(() -> queued.progress(1, "x")).isInstanceOf(InvalidTransition.class);
            queued.fail(NOW, "interrupted by a restart");
            assertThat(queued.status()).isEqualTo("FAILED");
            assertThat(queued.message()).isEqualTo("interrupted by a restart");
            assertThatThrownBy(() -> queued.fail(NOW, "again")).isInstanceOf(InvalidTransition.class);
            assertThatThrownBy(() -> queued.begin(NOW)).isInstanceOf(InvalidTransition.class);
        }
    }
}
