package io.multisession.user.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AccountRulesTest {

    @Test
    void usernamesAreLettersDigitsAndAFewSignsButNeverOnlyDots() {
        assertTrue(AccountRules.isValidUsername("ann.lee@example.com"));
        assertTrue(AccountRules.isValidUsername(".hidden"));
        assertFalse(AccountRules.isValidUsername("."));
        assertFalse(AccountRules.isValidUsername(".."));
        assertFalse(AccountRules.isValidUsername("a/b"));
        assertFalse(AccountRules.isValidUsername("nul\u0000"));
        assertFalse(AccountRules.isValidUsername("x".repeat(151)));
        assertFalse(AccountRules.isValidUsername(null));
    }
}
