package org.sunshine.inforequest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The check characters of the two numbers an applicant gives, on the standards' own examples and their typos. */
class IdentityNumbersTest {

    @ParameterizedTest(name = "{0}: {1} ({2})")
    @CsvSource(textBlock = """
            11010519491231002X, true,  the example of GB 11643
            11010519491231002Y, false, a letter other than X
            110105194912310021, false, a wrong check character
            110105194902300028, false, 30 February
            11010518991231002X, false, born before 1900
            1101051949123100, false, too short
            """)
    void residentIdentityNumbers(String number, boolean valid, String why) {
        assertThat(IdentityNumbers.residentId(number)).as(why).isEqualTo(valid);
    }

    @ParameterizedTest(name = "{0}: {1} ({2})")
    @CsvSource(textBlock = """
            91350100M000100Y43, true,  a published example of GB 32100
            91350100M000100Y44, false, a wrong check character
            91350100M000100I43, false, I is not among the code's characters
            91350100M000100Y4, false, too short
            """)
    void unifiedSocialCreditCodes(String code, boolean valid, String why) {
        assertThat(IdentityNumbers.creditCode(code)).as(why).isEqualTo(valid);
    }
}
