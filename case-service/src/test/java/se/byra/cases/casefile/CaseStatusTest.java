package se.byra.cases.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.byra.cases.casefile.CaseStatus.IllegalStep;
import se.byra.cases.casefile.CaseStatus.Step;

/** The one state machine, step by step from every status: what it allows and where it leads. */
class CaseStatusTest {

    private static Map<Step, CaseStatus> allowed(CaseStatus from) {
        Map<Step, CaseStatus> result = new EnumMap<>(Step.class);
        for (Step step : Step.values()) {
            if (from.allows(step)) {
                result.put(step, from.after(step));
            }
        }
        return result;
    }

    @Test
    void aDraftIsSentEditedOrCancelledOnly() {
        assertThat(allowed(CaseStatus.DRAFT)).isEqualTo(Map.of(Step.SEND, CaseStatus.WAITING_FOR_CLIENT,
                Step.EDIT, CaseStatus.DRAFT, Step.CANCEL, CaseStatus.CANCELLED));
    }

    @Test
    void waitingForTheClientIsAnsweredCommentedClosedOrCancelled() {
        assertThat(allowed(CaseStatus.WAITING_FOR_CLIENT)).isEqualTo(Map.of(
                Step.SAVE_ANSWER, CaseStatus.WAITING_FOR_CLIENT,
                Step.SUBMIT, CaseStatus.WAITING_FOR_AGENCY,
                Step.ACKNOWLEDGE, CaseStatus.CLOSED,
                Step.CLOSE, CaseStatus.CLOSED,
                Step.CANCEL, CaseStatus.CANCELLED,
                Step.REVOKE, CaseStatus.CLOSED,
                Step.COMMENT, CaseStatus.WAITING_FOR_CLIENT,
                Step.EDIT, CaseStatus.WAITING_FOR_CLIENT));
    }

    @Test
    void waitingForTheAgencyIsReturnedCommentedClosedOrCancelled() {
        assertThat(allowed(CaseStatus.WAITING_FOR_AGENCY)).isEqualTo(Map.of(
                Step.RETURN, CaseStatus.WAITING_FOR_CLIENT,
                Step.CLOSE, CaseStatus.CLOSED,
                Step.CANCEL, CaseStatus.CANCELLED,
                Step.REVOKE, CaseStatus.CLOSED,
                Step.COMMENT, CaseStatus.WAITING_FOR_AGENCY,
                Step.EDIT, CaseStatus.WAITING_FOR_AGENCY));
    }

    @Test
    void closedAndCancelledCasesAllowNothing() {
        assertThat(allowed(CaseStatus.CLOSED)).isEmpty();
        assertThat(allowed(CaseStatus.CANCELLED)).isEmpty();
    }

    @Test
    void aClientsQuestionStartsOnTheAgencysSide() {
        assertThat(CaseStatus.asked()).isEqualTo(CaseStatus.WAITING_FOR_AGENCY);
        assertThat(EnumSet.allOf(CaseStatus.class).stream().filter(CaseStatus::open))
                .containsExactly(CaseStatus.WAITING_FOR_CLIENT, CaseStatus.WAITING_FOR_AGENCY);
    }

    @Test
    void aStepNotAllowedNamesTheStatusAndTheStep() {
        assertThatThrownBy(() -> CaseStatus.CLOSED.after(Step.RETURN)).isInstanceOf(IllegalStep.class)
                .hasMessage("RETURN is not possible for a case that is CLOSED");
    }
}
