package io.multisession.it;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The web console in one browser, as a user sees it: by labels, button texts and the ids the pages give. */
final class ConsolePage {

    final Browser browser;
    private final String base;

    ConsolePage(Browser browser, String base) {
        this.browser = browser;
        this.base = base;
    }

    /** Opens the console the way a newcomer does, at the service's root. */
    ConsolePage open() {
        browser.open(base);
        return this;
    }

    /** Goes to a route of the signed-in console and waits for its page, known by its heading. */
    ConsolePage go(String route, String heading) {
        browser.open(base + "ui/#" + route);
        browser.waitFor(d -> heading.equals(browser.find(By.tagName("h1")).getText()) ? true : null,
                "the page " + heading);
        return this;
    }

    /** Types the credentials and presses Enter, by keyboard like a user would. */
    ConsolePage signIn(String username, String password) {
        WebElement name = browser.find(By.id("username"));
        name.clear();
        name.sendKeys(username);
        WebElement secret = browser.find(By.id("password"));
        secret.clear();
        secret.sendKeys(password, Keys.ENTER);
        return this;
    }

    ConsolePage signedIn(String username, String password) {
        open().signIn(username, password);
        browser.find(By.id("sessions"));
        return this;
    }

    String signInError() {
        return browser.waitFor(d -> {
            String text = d.findElement(By.id("sign-in-error")).getText();
            return text.isBlank() ? null : text;
        }, "a sign-in error message");
    }

    void awaitSignInPage() {
        browser.find(By.id("username"));
    }

    /** The rows of the session list once it has loaded (the list is {@code aria-busy} while it loads). */
    List<WebElement> sessionRows() {
        browser.waitFor(d -> "false".equals(browser.find(By.id("sessions")).getAttribute("aria-busy")) ? true : null,
                "the session list loaded");
        return browser.all(By.cssSelector("#sessions li.session"));
    }

    /** Presses Refresh (once the last load is done) until the list shows {@code expected} sessions. */
    void awaitSessionCount(int expected) {
        browser.waitFor(d -> {
            if (sessionRows().size() == expected) {
                return true;
            }
            click(By.xpath("//button[normalize-space()='Refresh']"));
            return null;
        }, expected + " session rows");
    }

    WebElement row(String sessionId) {
        return browser.find(By.cssSelector("#sessions li.session[data-session-id='" + sessionId + "']"));
    }

    void click(By by) {
        browser.waitFor(ExpectedConditions.elementToBeClickable(by), "clickable " + by).click();
    }

    /** Clicks a button that asks first, and confirms. */
    void clickAndConfirm(WebElement button) {
        button.click();
        click(By.id("confirm-yes"));
    }
}
