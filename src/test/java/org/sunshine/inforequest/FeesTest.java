package org.sunshine.inforequest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** The 信息处理费 bands of 国办函〔2020〕109号, as a table. */
class FeesTest {

    @ParameterizedTest(name = "the {0}th application of the month: {1} 元")
    @CsvSource(textBlock = """
            1, 0
            10, 0
            11, 100
            30, 100
            31, 200
            40, 200
            41, 300
            50, 300
            51, 400
            """)
    void perApplication(int n, int fee) {
        assertThat(Fees.perApplication(n)).isEqualByComparingTo(BigDecimal.valueOf(fee));
    }

    @ParameterizedTest(name = "{0} pages: {1} 元")
    @CsvSource(textBlock = """
            1, 0
            30, 0
            31, 10
            100, 700
            101, 720
            200, 2700
            201, 2740
            250, 4700
            """)
    void perQuantity(int pages, int fee) {
        assertThat(Fees.perQuantity(pages)).isEqualByComparingTo(BigDecimal.valueOf(fee));
    }
}
