package org.sunshine.notification;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The back-off schedule: the wait after the n-th failed attempt doubles from first-retry and stops at the maximum. */
class SenderSettingsTest {

    private final SenderSettings settings = new SenderSettings(true, Duration.ofSeconds(5), Duration.ofSeconds(30),
            20, 8, Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofMinutes(15));

    @ParameterizedTest(name = "after {0} failed attempts, wait {1}")
    @CsvSource({
            "0, PT1M",
            "1, PT1M",
            "2, PT2M",
            "3, PT4M",
            "4, PT8M",
            "5, PT16M",
            "6, PT32M",
            "7, PT1H",
            "8, PT1H",
            "40, PT1H"
    })
    void waitsDoubleUpToTheMaximum(int failed, String wait) {
        assertThat(settings.retryDelay(failed)).isEqualTo(Duration.parse(wait));
    }
}
