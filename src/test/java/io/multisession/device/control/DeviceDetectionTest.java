package io.multisession.device.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class DeviceDetectionTest {

    static final DeviceDetection DETECTION = new DeviceDetection();

    @Test
    void aDesktopBrowser() {
        DeviceDetection.Device device = DETECTION.detect("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
                + "(KHTML, like Gecko) Chrome/120.0.6099.71 Safari/537.36");
        assertEquals("Chrome 120.0.6099", device.browser());
        assertEquals("Windows 10", device.os());
        assertNull(device.device());
        assertEquals(DeviceType.PC, device.type());
    }

    @Test
    void aUserAgentSeenBeforeIsAnsweredFromMemory() {
        DeviceDetection detection = new DeviceDetection();
        String firefox = "Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0";

        DeviceDetection.Device first = detection.detect(firefox);
        assertEquals("Firefox 121.0", first.browser());
        assertSame(first, detection.detect(firefox));
    }

    @Test
    void aPhone() {
        DeviceDetection.Device device = DETECTION.detect("Mozilla/5.0 (iPhone; CPU iPhone OS 15_6_1 like Mac OS X) "
                + "AppleWebKit/605.1.15 (KHTML, like Gecko) Version/15.6.1 Mobile/15E148 Safari/604.1");
        assertEquals("Mobile Safari 15.6.1", device.browser());
        assertEquals("iOS 15.6.1", device.os());
        assertEquals("iPhone", device.device());
        assertEquals(DeviceType.MOBILE, device.type());
    }

    @Test
    void deviceTypesAsDjangoTokenManagerNamesThem() {
        assertEquals(DeviceType.MOBILE, type("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 "
                + "(KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36"));
        assertEquals(DeviceType.TABLET, type("Mozilla/5.0 (Linux; Android 13; SM-X700) AppleWebKit/537.36 "
                + "(KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36"));
        assertEquals(DeviceType.TABLET, type("Mozilla/5.0 (iPad; CPU OS 16_6 like Mac OS X) AppleWebKit/605.1.15 "
                + "(KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1"));
        assertEquals(DeviceType.PC, type("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 "
                + "(KHTML, like Gecko) Version/17.1 Safari/605.1.15"));
        assertEquals(DeviceType.PC, type("Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0"));
        assertEquals(DeviceType.BOT, type("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"));
        assertEquals(DeviceType.OTHER, type("curl/8.1.2"));
        assertEquals("PC", DeviceType.PC.label());
    }

    @Test
    void theDeviceModelHeaderIsKeptUpTo128CharactersAndBlankIsNone() {
        assertEquals("iPhone14,2", DeviceDetection.model("iPhone14,2"));
        assertEquals(128, DeviceDetection.model("x".repeat(500)).length());
        assertNull(DeviceDetection.model("  "));
        assertNull(DeviceDetection.model(null));
    }

    private static DeviceType type(String userAgent) {
        return DETECTION.detect(userAgent).type();
    }

    @Test
    void nothingOrNonsenseGivesNothing() {
        assertEquals(DeviceDetection.Device.UNKNOWN, DETECTION.detect(null));
        assertNull(DETECTION.detect("curl/8.1.2x \u0000 ' OR 1=1").os());
        assertNull(DETECTION.detect("x".repeat(100_000)).os());
    }
}
