package uk.familyagreements.query.projection;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.messaging.InterceptorChain;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;

/**
 * Lets a projection dead-letter one failing event without failing the rest of its batch, at almost no cost while
 * nothing fails (ADR 0044).
 *
 * <p>PostgreSQL refuses every statement after an error until the transaction rolls back, so the dead-letter insert
 * of a failed event only works if the event ran inside a savepoint. A savepoint costs two round trips per event,
 * which is a third of a rebuild's time. So a projection runs without them until one of its events fails: that
 * batch then fails as a whole (nothing of it is kept, its token does not move), the processor retries it after a
 * second, and for the next {@link #CAREFUL_FOR} the projection runs every event in a savepoint, so the retry
 * dead-letters the failing event and commits every other one. Retries of dead letters always use savepoints.
 */
@Component
public class Savepoints {

    /** How long a projection keeps using savepoints after a failure: long enough for the processor's retry. */
    static final Duration CAREFUL_FOR = Duration.ofMinutes(2);

    private static final DefaultTransactionDefinition NESTED =
            new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_NESTED);

    private static final Logger log = LoggerFactory.getLogger(Savepoints.class);

    private final PlatformTransactionManager transactions;
    // Wall-clock time of the retries, not the service's (settable) business clock.
    private final Clock clock = Clock.systemUTC();
    private final Map<String, Instant> carefulUntil = new ConcurrentHashMap<>();

    public Savepoints(PlatformTransactionManager transactions) {
        this.transactions = transactions;
    }

    /** Runs one event handler of {@code projection}: bare while nothing fails, in a savepoint after a failure. */
    public Object proceed(String projection, InterceptorChain chain) throws Exception {
        if (!isCareful(projection)) {
            try {
                return chain.proceed();
            } catch (Exception | Error e) {
                failedWithoutSavepoint(projection);
                throw e;
            }
        }
        TransactionStatus savepoint = transactions.getTransaction(NESTED);
        try {
            Object result = chain.proceed();
            transactions.commit(savepoint);
            return result;
        } catch (Exception | Error e) {
            transactions.rollback(savepoint);
            beCareful(projection);
            throw e;
        }
    }

    /** From now on, and for {@link #CAREFUL_FOR}, every event of {@code projection} runs in its own savepoint. */
    public void beCareful(String projection) {
        carefulUntil.put(projection, clock.instant().plus(CAREFUL_FOR));
    }

    private void failedWithoutSavepoint(String projection) {
        log.warn("An event of projection {} failed: its batch is retried with an event per savepoint, so that the "
                + "failing event is dead-lettered and the others are kept", projection);
        beCareful(projection);
    }

    boolean isCareful(String projection) {
        Instant until = carefulUntil.get(projection);
        return until != null && clock.instant().isBefore(until);
    }
}
