package io.zonebrain.fashion.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import io.zonebrain.fashion.allocation.constraints.AllocationConstraints;

/** Every rule and every blocker has its message in the allocation bundle, so pages never show a bare key. */
class AllocationMessagesTest {

    @Test
    void everyRuleAndBlockerHasAMessage() throws IOException {
        Properties bundle = new Properties();
        try (var in = new InputStreamReader(getClass().getResourceAsStream("/i18n/allocation.properties"),
                StandardCharsets.UTF_8)) {
            bundle.load(in);
        }
        assertThat(AllocationConstraints.MESSAGE_KEYS).hasSize(11);
        AllocationConstraints.MESSAGE_KEYS.values().forEach(key -> assertThat(bundle).containsKey(key));
        Arrays.stream(LotExplanation.Kind.values()).forEach(kind -> assertThat(bundle).containsKey(kind.messageKey()));
    }
}
