package uk.familyagreements.query.projection;

import org.axonframework.messaging.InterceptorChain;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;

/**
 * Runs one event handler inside a savepoint of the batch's transaction. PostgreSQL refuses every statement after an
 * error until the transaction rolls back, so without it one failing event would also fail the dead-letter insert and
 * every other event of the batch. With it, the failed event's writes roll back to the savepoint, Axon dead-letters
 * it, and the batch (and its token) commits.
 */
@Component
public class Savepoints {

    private static final DefaultTransactionDefinition NESTED =
            new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_NESTED);

    private final PlatformTransactionManager transactions;

    public Savepoints(PlatformTransactionManager transactions) {
        this.transactions = transactions;
    }

    public Object proceed(InterceptorChain chain) throws Exception {
        TransactionStatus savepoint = transactions.getTransaction(NESTED);
        try {
            Object result = chain.proceed();
            transactions.commit(savepoint);
            return result;
        } catch (Exception | Error e) {
            transactions.rollback(savepoint);
            throw e;
        }
    }
}
