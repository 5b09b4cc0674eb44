package dev.lede;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Debian's Chromium driven by its chromedriver, headless, for the browser tests; and their screenshots. */
public final class HeadlessChromium {

    public static final String MISSING =
            "Chromium and chromedriver are not installed (bin/test installs them with apt-get when it can)";

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private HeadlessChromium() {}

    public static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    public static WebDriver start() throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // No network beyond loopback here: background services would only fail and slow the start.
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1280,1000",
                "--user-data-dir=" + ScratchDirs.create("lede-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }

    /** Saves what the browser shows as target/screenshots/NAME.png. */
    /** Opens the page and gives it the test server's write token, as a reader who typed it in once would have. */
    public static void openWithWriteToken(WebDriver browser, TestServer server) {
        browser.get(server.baseUrl() + "/");
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("sessionStorage.setItem('lede.writeToken', arguments[0])", TestServer.TOKEN);
    }

    public static void screenshot(WebDriver browser, String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
