package uk.familyagreements.query.projection;

import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.interceptors.MessageHandlerInterceptor;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Base of every projection: runs each of its event handlers through {@link Savepoints}, so that one failing event is
 * dead-lettered without failing the rest of its batch (ADR 0044). The interceptor belongs to the handler class, which
 * puts it inside Axon's dead-lettering invoker: the savepoint is rolled back before the dead letter is written. A
 * processor-level interceptor would wrap the dead-letter insert as well, and roll it back with the event.
 */
public abstract class DeadLetteringProjection {

    private final String processingGroup;
    private Savepoints savepoints;

    protected DeadLetteringProjection(String processingGroup) {
        this.processingGroup = processingGroup;
    }

    /** Set by Spring; handler tests that call handlers directly run without it. */
    @Autowired
    public void setSavepoints(Savepoints savepoints) {
        this.savepoints = savepoints;
    }

    @MessageHandlerInterceptor
    protected Object inSavepoint(InterceptorChain chain) throws Exception {
        return savepoints == null ? chain.proceed() : savepoints.proceed(processingGroup, chain);
    }
}
