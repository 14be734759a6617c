package uk.familyagreements.query.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.messaging.InterceptorChain;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;

class SavepointsTest {

    /** Records what the projection asked of the transaction: "savepoint", "release", "rollback to savepoint". */
    private final List<String> calls = new ArrayList<>();
    private final Savepoints savepoints = new Savepoints(new RecordingTransactions(calls));

    @Test
    void whileNothingFailsAHandlerRunsWithoutASavepoint() throws Exception {
        Object result = savepoints.proceed("caseload", () -> "handled");

        assertThat(result).isEqualTo("handled");
        assertThat(calls).isEmpty();
        assertThat(savepoints.isCareful("caseload")).isFalse();
    }

    @Test
    void aFailureWithoutASavepointFailsTheBatchAndMakesOnlyThatProjectionCareful() {
        assertThatThrownBy(() -> savepoints.proceed("caseload", failing())).hasMessage("bad event");

        assertThat(calls).as("nothing to roll back to: the batch fails as a whole").isEmpty();
        assertThat(savepoints.isCareful("caseload")).isTrue();
        assertThat(savepoints.isCareful("audit-trail")).isFalse();
    }

    @Test
    void onceCarefulEachEventRunsInItsOwnSavepointAndAFailingOneRollsBackAlone() throws Exception {
        assertThatThrownBy(() -> savepoints.proceed("caseload", failing())).hasMessage("bad event");

        savepoints.proceed("caseload", () -> "good event");
        assertThatThrownBy(() -> savepoints.proceed("caseload", failing())).hasMessage("bad event");

        assertThat(calls).containsExactly("savepoint", "release", "savepoint", "rollback to savepoint");
    }

    @Test
    void aRetryOfDeadLettersIsCarefulFromTheStart() throws Exception {
        savepoints.beCareful("inbox");

        savepoints.proceed("inbox", () -> "retried letter");

        assertThat(calls).containsExactly("savepoint", "release");
    }

    private static InterceptorChain failing() {
        return () -> {
            throw new IllegalStateException("bad event");
        };
    }

    /** An outer transaction is always open, as in a processor's batch; nested ones are savepoints. */
    private static final class RecordingTransactions extends AbstractPlatformTransactionManager {
        private final List<String> calls;

        RecordingTransactions(List<String> calls) {
            this.calls = calls;
            setNestedTransactionAllowed(true);
        }

        @Override
        protected Object doGetTransaction() {
            return new Object();
        }

        @Override
        protected boolean isExistingTransaction(Object transaction) {
            return true;
        }

        @Override
        protected boolean useSavepointForNestedTransaction() {
            return false;
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {
            calls.add("savepoint");
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
            calls.add("release");
        }

        @Override
        protected void doRollback(DefaultTransactionStatus status) {
            calls.add("rollback to savepoint");
        }
    }
}
