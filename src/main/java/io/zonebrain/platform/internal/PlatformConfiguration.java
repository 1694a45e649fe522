package io.zonebrain.platform.internal;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PlatformConfiguration {

    /** Time is an input, so yearly and monthly cycles are testable. */
    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
