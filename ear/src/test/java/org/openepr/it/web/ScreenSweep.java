package org.openepr.it.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.openepr.it.support.Browser;
import org.openepr.it.support.Env;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Reads the visible text of screens and finds what a person should never read there: an internal code (an enum's
 * name, PATIENT_VIEWED, FOLLOW_UP, SCHEDULED) or an ISO date (2027-03-03).
 */
final class ScreenSweep {

    private static final Pattern UNDERSCORED = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b");
    private static final Pattern PATIENT_NAME = Pattern.compile("\\b[A-Z][A-Z'\\-]+, [A-Z][a-z]");
    private static final Pattern ISO_DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");
    /** Single-word codes: every constant of the product's enums, as a whole upper-case word. */
    private static final Pattern SINGLE_WORD_CODES = singleWordCodes();

    private final Browser browser;
    private final String user;
    private final Set<String> seen = new LinkedHashSet<>();

    ScreenSweep(Browser browser, String user) {
        this.browser = browser;
        this.user = user;
    }

    List<String> linksOnHome() {
        browser.open("/");
        browser.waitFor(By.id("trustHeader"));
        Set<String> paths = new LinkedHashSet<>();
        for (WebElement a : browser.driver().findElements(By.cssSelector(".main-nav a, .tiles a"))) {
            String href = a.getAttribute("href");
            if (href != null && href.startsWith(Env.BASE_URL)) {
                paths.add(href.substring(Env.BASE_URL.length()));
            }
        }
        return new ArrayList<>(paths);
    }

    void check(String path) {
        if (!seen.add(path)) {
            return;
        }
        browser.open(path);
        browser.waitFor(By.id("trustHeader"));
        // what people recorded (an audit line's detail) is their text, not the screen's words: left out of the check
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("document.querySelectorAll('.recorded-text').forEach(e => e.style.display = 'none')");
        String text = browser.driver().findElement(By.tagName("body")).getText();
        String where = user + " on " + path + ": ";
        assertNone(UNDERSCORED, text, where + "internal code");
        // a patient is shown "FAMILY, Given": a test patient may be called Booked or Verified without it being a code
        assertNone(SINGLE_WORD_CODES, PATIENT_NAME.matcher(text).replaceAll("[patient]"), where + "internal code");
        assertNone(ISO_DATE, text, where + "ISO date");
    }

    int checked() {
        return seen.size();
    }

    private static void assertNone(Pattern pattern, String text, String what) {
        Matcher m = pattern.matcher(text);
        if (m.find()) {
            int from = Math.max(0, m.start() - 60);
            assertTrue(false, what + " '" + m.group() + "' in \"…" + text.substring(from, Math.min(text.length(), m.end() + 60)) + "…\"");
        }
    }

    /** Every constant of the product's enums of four letters or more (shorter ones read as words: "NEW" is "New"). */
    private static Pattern singleWordCodes() {
        Set<String> codes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.openepr").stream().filter(JavaClass::isEnum)
                .flatMap(c -> c.getEnumConstants().stream()).map(e -> e.name())
                .filter(n -> n.length() >= 4 && !n.contains("_")).collect(Collectors.toCollection(java.util.TreeSet::new));
        for (java.time.DayOfWeek day : java.time.DayOfWeek.values()) {
            codes.add(day.name()); // MONDAY
        }
        for (java.time.Month month : java.time.Month.values()) {
            codes.add(month.name());
        }
        return Pattern.compile("\\b(?:" + String.join("|", codes) + ")\\b");
    }
}
