package uk.familyagreements.command.web;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;
import org.springframework.stereotype.Component;

/**
 * Finds the target aggregate from the command's {@code @TargetAggregateIdentifier} and the version the client
 * expects from the command's metadata (the HTTP {@code If-Match} header), so that Axon rejects a command sent
 * against a stale version with a {@code ConflictingAggregateVersionException}.
 */
@Component(ExpectedVersionCommandTargetResolver.BEAN_NAME)
public class ExpectedVersionCommandTargetResolver implements CommandTargetResolver {

    public static final String BEAN_NAME = "expectedVersionCommandTargetResolver";
    /** Metadata key of the aggregate version the client last saw. */
    public static final String EXPECTED_VERSION = "expectedVersion";

    private final CommandTargetResolver identifiers = AnnotationCommandTargetResolver.builder().build();

    @Override
    public VersionedAggregateIdentifier resolveTarget(CommandMessage<?> command) {
        VersionedAggregateIdentifier target = identifiers.resolveTarget(command);
        Object expected = command.getMetaData().get(EXPECTED_VERSION);
        if (expected == null) {
            return target;
        }
        return new VersionedAggregateIdentifier(target.getIdentifierValue(), ((Number) expected).longValue());
    }
}
