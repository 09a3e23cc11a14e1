package io.multisession.user.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UserSearchTest {

    @Test
    void aQueryMatchesNamesContainingItIgnoringCase() {
        assertEquals("%ann%", UserSearch.containing(" Ann "));
    }

    @Test
    void wildcardsTheAdminTypesAreSearchedForLiterally() {
        assertEquals("%50!%!_off!!%", UserSearch.containing("50%_off!"));
    }

    @Test
    void noQueryMatchesEveryone() {
        assertEquals("%%", UserSearch.containing(null));
        assertEquals("%%", UserSearch.containing("  "));
    }
}
