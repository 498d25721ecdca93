package org.openepr.it.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Headless Chromium (Debian's chromium and chromedriver) signed in through the real Keycloak login page. */
public final class Browser implements AutoCloseable {

    public static final Dimension LAPTOP = new Dimension(1366, 768);
    public static final Dimension TABLET = new Dimension(768, 1024);

    private final ChromeDriver driver;
    private final Path profile;
    private static final Duration WAIT = Duration.ofSeconds(60);
    private final WebDriverWait wait;

    public Browser() {
        try {
            profile = Files.createTempDirectory("epr-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("epr.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1366,768", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("epr.chromedriver", "/usr/bin/chromedriver"))).build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(LAPTOP);
        wait = new WebDriverWait(driver, WAIT);
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens the application, is sent to Keycloak, signs in, and waits to be back in the application. */
    public Browser signIn(String username) {
        return signIn(username, null);
    }

    public Browser signIn(String username, String screenshotOfLoginPage) {
        driver.get(Env.BASE_URL + "/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        if (screenshotOfLoginPage != null) {
            screenshot(screenshotOfLoginPage);
        }
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(Env.DEMO_PASSWORD);
        driver.findElement(By.id("kc-login")).click();
        wait.until(d -> d.getCurrentUrl().startsWith(Env.BASE_URL) && !d.getCurrentUrl().contains("/oidcclient/"));
        return this;
    }

    public void open(String path) {
        driver.get(Env.BASE_URL + path);
    }

    public WebElement waitFor(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public void waitForText(By by, String text) {
        // on a timeout, say what was there instead (a validation message, another page), not only that it was not
        new WebDriverWait(driver, WAIT).withMessage(() -> "\"" + text + "\" in " + by + "; the page " + driver.getCurrentUrl() + " shows: "
                + shown(by)).until(d -> {
            try {
                return ExpectedConditions.textToBePresentInElementLocated(by, text).apply(d);
            } catch (WebDriverException e) {
                // Chrome read a node an AJAX update had just replaced (not a stale-element error in Selenium's terms): look again
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return false;
                }
                throw e;
            }
        });
    }

    private String shown(By by) {
        try {
            List<WebElement> found = driver.findElements(by);
            String messages = driver.findElements(By.id("messages")).stream().map(WebElement::getText).findFirst().orElse("");
            return (found.isEmpty() ? "no such element" : found.get(0).getText()) + (messages.isBlank() ? "" : " | messages: " + messages);
        } catch (WebDriverException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }

    /** Clicks a radio button's or check box's label and waits until its input is selected (a click before the widget is ready is lost). */
    public void choose(String inputId) {
        wait.until(d -> {
            if (!d.findElement(By.id(inputId)).isSelected()) {
                d.findElement(By.cssSelector("label[for='" + inputId + "']")).click();
            }
            return d.findElement(By.id(inputId)).isSelected();
        });
    }

    /**
     * Presses the button and waits until the element {@code replaced} found before the press has left the page (a full
     * page or an AJAX update replaced it).
     */
    public void pressAndWaitForReplacement(By replaced, String button) {
        WebElement before = waitFor(replaced);
        click(button);
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(60)).until(d -> {
            try {
                before.isEnabled();
                return false;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return true;
            } catch (WebDriverException e) {
                // Chrome's own word for a node that left the document while it was being read
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        });
    }

    public String text(By by) {
        return waitFor(by).getText();
    }

    public void type(String id, String value) {
        WebElement field = waitFor(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    /** Types a date into a date picker as staff do: DD/MM/YYYY (the picker's input is its id + "_input"). */
    public void typeDate(String id, java.time.LocalDate date) {
        // typed over the selected text: clearing first would let the picker put its old value back on the change event
        waitFor(By.id(id + "_input")).sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"),
                date.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
    }

    public void click(String id) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    }

    public boolean isPresent(By by) {
        return !driver.findElements(by).isEmpty();
    }

    public void resize(Dimension size) {
        driver.manage().window().setSize(size);
    }

    /** Saves the page as docs/screenshots/<name>.png. */
    public void screenshot(String name) {
        try {
            Path dir = Path.of(Env.SCREENSHOTS);
            Files.createDirectories(dir);
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String pageSource() {
        return driver.getPageSource();
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp profile left behind is harmless
        }
    }
}
