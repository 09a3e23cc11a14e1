package io.multisession.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PagingTest {

    @Test
    void absentParametersMeanTheFirstPageOfTheDefaultSize() {
        assertEquals(new Paging(0, 20), Paging.of(null, "", 20, 100));
        assertEquals(60, Paging.of("3", "20", 50, 100).offset());
    }

    @Test
    void anythingButAWholeNumberInRangeIsA400NamingTheParameter() {
        for (String[] bad : new String[][] {{"-1", "1"}, {"x", "1"}, {"1000001", "1"}, {"0", "0"}, {"0", "101"},
                {"0", "1e3"}, {"99999999999", "1"}}) {
            InvalidRequestException refused = assertThrows(InvalidRequestException.class,
                    () -> Paging.of(bad[0], bad[1], 20, 100));
            assertEquals(400, refused.status());
            assertEquals(Set.of(bad[0].equals("0") ? "size" : "page"), refused.fieldErrors().keySet());
        }
    }
}
