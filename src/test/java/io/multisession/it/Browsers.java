package io.multisession.it;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * The browsers a test opened. When the test fails each one's screen is saved under {@code target/console-screenshots}
 * first (a watcher runs after {@code @AfterEach}, so the browsers are closed here, not there).
 */
final class Browsers implements TestWatcher {

    static final Path SCREENSHOTS = Path.of("target", "console-screenshots");

    private final List<Browser> open = new ArrayList<>();

    Browser open() {
        return open(false);
    }

    Browser openPhone() {
        return open(true);
    }

    private Browser open(boolean phone) {
        Browser browser = new Browser(phone);
        open.add(browser);
        return browser;
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        for (int i = 0; i < open.size(); i++) {
            try {
                open.get(i).screenshot(SCREENSHOTS.resolve(context.getRequiredTestMethod().getName() + "-" + i + ".png"));
            } catch (RuntimeException unavailable) {
                // a browser that died takes no screenshot; the failure itself is what counts
            }
        }
        closeAll();
    }

    @Override
    public void testSuccessful(ExtensionContext context) {
        closeAll();
    }

    @Override
    public void testAborted(ExtensionContext context, Throwable cause) {
        closeAll();
    }

    @Override
    public void testDisabled(ExtensionContext context, Optional<String> reason) {
        closeAll();
    }

    private void closeAll() {
        open.forEach(Browser::close);
        open.clear();
    }
}
