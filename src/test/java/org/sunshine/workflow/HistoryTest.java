package org.sunshine.workflow;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.sunshine.base.DomainException;
import org.sunshine.base.i18n.Messages;
import org.sunshine.complaint.ComplaintAction;
import org.sunshine.complaint.ComplaintState;
import org.sunshine.complaint.ComplaintWorkflow;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The shared machinery every state machine uses: a refused move is told in the reader's language, naming the state
 * and the action; each step is a row of the one history, read back in the machine's own terms.
 */
@MicronautTest(startApplication = false)
class HistoryTest {

    @Inject
    History history;
    @Inject
    Messages messages;

    @Test
    void aRefusedMoveSaysWhichStateAndWhichAction() {
        DomainException refused = ComplaintWorkflow.TABLE.refusal(ComplaintState.CLOSED, ComplaintAction.REPLY, Actor.HANDLER);
        assertThat(messages.getTranslation(refused.messageKey(), Messages.CHINESE, refused.args()))
                .isEqualTo("此事项当前为“已办结”，不能“答复”；可能已被他人处理，请刷新后查看。");
        assertThat(messages.getTranslation(refused.messageKey(), Messages.ENGLISH, refused.args()))
                .startsWith("This item is now \"Closed\", so \"Reply\" cannot be done");
        assertThatThrownBy(() -> ComplaintWorkflow.TABLE.move(ComplaintState.SUBMITTED, ComplaintAction.ACCEPT, Actor.HANDLER))
                .as("a department never accepts a complaint, in any state")
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("error.notAllowed"));
    }

    @Test
    void stepsAreKeptAndReadBackPerRecordInOrder() {
        By inspector = new By(Actor.INSPECTOR, null, "王明");
        history.record(ComplaintWorkflow.TABLE, 9_000_001L, ComplaintAction.SUBMIT, null, ComplaintState.SUBMITTED,
                By.PUBLIC, null, "WEB");
        history.record(ComplaintWorkflow.TABLE, 9_000_002L, ComplaintAction.SUBMIT, null, ComplaintState.SUBMITTED,
                By.PUBLIC, null, "");
        history.record(ComplaintWorkflow.TABLE, 9_000_001L, ComplaintAction.ACCEPT, ComplaintState.SUBMITTED,
                ComplaintState.ACCEPTED, inspector, null, "x".repeat(History.MAX_NOTE + 10));

        List<Step<ComplaintState, ComplaintAction>> steps = history.of(ComplaintWorkflow.TABLE, 9_000_001L);
        assertThat(steps).extracting(Step::action).containsExactly(ComplaintAction.SUBMIT, ComplaintAction.ACCEPT);
        assertThat(steps.get(1).from()).isEqualTo(ComplaintState.SUBMITTED);
        assertThat(steps.get(1).to()).isEqualTo(ComplaintState.ACCEPTED);
        assertThat(steps.get(1).actorName()).isEqualTo("王明");
        assertThat(steps.get(1).note()).as("a note longer than the column is cut, not refused").hasSize(History.MAX_NOTE);
        assertThat(steps.get(0).named()).as("the public is named by its role").isFalse();

        Map<Long, List<Step<ComplaintState, ComplaintAction>>> both = history.of(ComplaintWorkflow.TABLE,
                List.of(9_000_002L, 9_000_001L));
        assertThat(both.keySet()).containsExactly(9_000_002L, 9_000_001L);
        assertThat(both.get(9_000_002L)).hasSize(1);
        assertThat(history.of(ComplaintWorkflow.TABLE, 9_000_001L, ComplaintAction.ACCEPT)).hasSize(1);
    }
}
