package uk.familyagreements.command.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;

class DeadlineManagerConfigurationTest {

    @Test
    void aLostOptimisticLockIsRefiredAtOnceEvenWhenWrapped() {
        assertThat(DeadlineManagerConfiguration.isWorthRefiringAtOnce(new ConcurrencyException("lost"))).isTrue();
        assertThat(DeadlineManagerConfiguration.isWorthRefiringAtOnce(
                new IllegalStateException("wrapper", new ConcurrencyException("lost")))).isTrue();
    }

    @Test
    void anyOtherFailureIsNotRefiredForEver() {
        assertThat(DeadlineManagerConfiguration.isWorthRefiringAtOnce(new IllegalStateException("bug"))).isFalse();
        assertThat(DeadlineManagerConfiguration.isWorthRefiringAtOnce(new NullPointerException())).isFalse();
    }
}
