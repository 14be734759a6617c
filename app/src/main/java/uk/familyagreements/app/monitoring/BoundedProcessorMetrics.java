package uk.familyagreements.app.monitoring;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.micrometer.CapacityMonitor;
import org.axonframework.micrometer.EventProcessorLatencyMonitor;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.micrometer.MessageCountingMonitor;
import org.axonframework.micrometer.MessageTimerMonitor;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.monitoring.MultiMessageMonitor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Axon's event processor metrics, with the capacity gauge measured over one minute instead of Axon's ten.
 *
 * <p>The capacity monitor keeps one entry (about 85 bytes) for every event handled within its window. During a
 * rebuild a projection handles over 5,000 events a second, so ten minutes held more than 3 million entries, about
 * 270 MiB of a 512 MiB heap, for one projection (measured: docs/benchmarks.md). One minute bounds it to a tenth.
 */
@Configuration(proxyBeanMethods = false)
class BoundedProcessorMetrics {

    static final long CAPACITY_WINDOW_SECONDS = 60;

    @Bean
    GlobalMetricRegistry globalMetricRegistry(MeterRegistry registry) {
        return new GlobalMetricRegistry(registry) {
            @Override
            public MessageMonitor<? super EventMessage<?>> registerEventProcessor(
                    String name, Function<Message<?>, Iterable<Tag>> tags,
                    Function<Message<?>, Iterable<Tag>> latencyTags) {
                return new MultiMessageMonitor<>(List.of(
                        MessageTimerMonitor.buildMonitor(name, registry, tags),
                        EventProcessorLatencyMonitor.builder().meterNamePrefix(name).meterRegistry(registry)
                                .tagsBuilder(latencyTags).build(),
                        CapacityMonitor.buildMonitor(name, registry, CAPACITY_WINDOW_SECONDS, TimeUnit.SECONDS,
                                tags),
                        MessageCountingMonitor.buildMonitor(name, registry, tags)));
            }
        };
    }
}
