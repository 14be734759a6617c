package uk.familyagreements.command.deadlines;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@code agreements.clocks.*}; the saga receives the settings as a handler parameter. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ClockSettings.class)
public class ClocksConfiguration {
}
