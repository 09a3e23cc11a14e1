package io.multisession.device.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

    static ClientAddress trusting(String proxies) {
        ClientAddress address = new ClientAddress();
        address.trustedProxies = Optional.ofNullable(proxies);
        return address;
    }

    @Test
    void withoutTrustedProxiesTheHeaderIsIgnored() {
        assertEquals("198.51.100.1", trusting(null).resolve("198.51.100.1", "203.0.113.5"));
    }

    @Test
    void aTrustedProxyPassesOnTheClientAddress() {
        assertEquals("203.0.113.5", trusting("10.0.0.0/8").resolve("10.1.2.3", "203.0.113.5"));
    }

    @Test
    void theFirstUntrustedHopFromTheRightIsTheClient() {
        ClientAddress address = trusting("10.0.0.0/8, 192.168.1.1");
        assertEquals("203.0.113.5", address.resolve("10.1.2.3", "6.6.6.6, 203.0.113.5, 192.168.1.1"));
    }

    @Test
    void anUntrustedPeerCannotClaimAnAddress() {
        assertEquals("198.51.100.1", trusting("10.0.0.0/8").resolve("198.51.100.1", "10.0.0.1"));
    }

    @Test
    void garbageInTheHeaderStopsTheWalk() {
        assertEquals("10.1.2.3", trusting("10.0.0.0/8").resolve("10.1.2.3", "evil.example.com"));
    }

    @Test
    void rangesMatchByPrefix() {
        assertTrue(ClientAddress.inRange("10.255.0.1", "10.0.0.0/8"));
        assertFalse(ClientAddress.inRange("11.0.0.1", "10.0.0.0/8"));
        assertTrue(ClientAddress.inRange("::1", "::1"));
        assertTrue(ClientAddress.inRange("2001:db8::5", "2001:db8::/32"));
        assertFalse(ClientAddress.inRange("127.0.0.1", "::1"));
    }
}
