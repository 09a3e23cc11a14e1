package io.multisession.device.control;

import java.util.Locale;
import java.util.Set;
import ua_parser.Client;

/**
 * The kind of device a session runs on, with django-token-manager's labels (which its {@code device_type} field
 * shows and which the console turns into an icon). Decided the way that seed's {@code user_agents} library does:
 * crawlers first, then tablets (an Android without "Mobile" is a tablet), then phones, then desktop systems.
 */
public enum DeviceType {
    MOBILE("Mobile"), TABLET("Tablet"), PC("PC"), BOT("Bot"), OTHER("Other");

    private static final Set<String> TABLET_DEVICES = Set.of("iPad", "Kindle", "Kindle Fire", "Nexus 7", "Nexus 9",
            "Nexus 10", "Xoom", "Galaxy Tab", "Surface");
    private static final Set<String> PHONE_DEVICES = Set.of("iPhone", "iPod", "iPod Touch", "Generic Smartphone",
            "Generic Feature Phone");
    private static final Set<String> PHONE_SYSTEMS = Set.of("iOS", "Windows Phone", "Windows Mobile", "BlackBerry OS",
            "Firefox OS", "KaiOS", "Symbian OS", "Tizen");
    private static final Set<String> DESKTOP_SYSTEMS = Set.of("Windows", "Mac OS X", "Linux", "Ubuntu", "Debian",
            "Fedora", "Chrome OS", "ChromeOS", "FreeBSD", "OpenBSD", "NetBSD", "Solaris", "Mageia", "Arch Linux");

    private final String label;

    DeviceType(String label) {
        this.label = label;
    }

    /** What lists and the console show: {@code Mobile}, {@code Tablet}, {@code PC}, {@code Bot} or {@code Other}. */
    public String label() {
        return label;
    }

    static DeviceType of(String userAgent, Client parsed) {
        String device = parsed.device.family;
        String os = parsed.os.family;
        String lowerAgent = userAgent.toLowerCase(Locale.ROOT);
        if ("Spider".equals(device) || lowerAgent.contains("bot/") || lowerAgent.contains("crawler")) {
            return BOT;
        }
        if (TABLET_DEVICES.contains(device) || lowerAgent.contains("tablet")
                || ("Android".equals(os) && !lowerAgent.contains("mobile"))) {
            return TABLET;
        }
        if (PHONE_DEVICES.contains(device) || PHONE_SYSTEMS.contains(os) || "Android".equals(os)
                || lowerAgent.contains("mobi")) {
            return MOBILE;
        }
        if (DESKTOP_SYSTEMS.contains(os) || os.startsWith("Windows")) {
            return PC;
        }
        return OTHER;
    }
}
