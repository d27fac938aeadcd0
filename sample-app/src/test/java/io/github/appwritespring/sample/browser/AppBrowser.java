package io.github.appwritespring.sample.browser;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One person using the sample app in their own Chromium: the app's pages as actions (sign
 * in, write a note, ...) over plain WebDriver calls, so the tests read as what a person
 * does.
 */
final class AppBrowser implements AutoCloseable {

	private static final Duration WAIT = Duration.ofSeconds(15);

	private final Chromium chromium;

	private final String base;

	AppBrowser(Chromium chromium, String base) {
		this.chromium = chromium;
		this.base = base;
	}

	ChromeDriver driver() {
		return this.chromium.driver();
	}

	Chromium chromium() {
		return this.chromium;
	}

	String base() {
		return this.base;
	}

	AppBrowser open(String path) {
		driver().get(this.base + path);
		return this;
	}

	/**
	 * @return the current path and query, e.g. {@code /notes?deleted}
	 */
	String path() {
		URI uri = URI.create(driver().getCurrentUrl());
		return uri.getRawPath() + ((uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "");
	}

	WebElement element(String id) {
		return new WebDriverWait(driver(), WAIT).until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
	}

	boolean has(String id) {
		return !driver().findElements(By.id(id)).isEmpty();
	}

	String text(String id) {
		return element(id).getText();
	}

	AppBrowser type(String id, String text) {
		WebElement field = element(id);
		field.clear();
		field.sendKeys(text);
		return this;
	}

	/** Clicks something that loads a new page, and waits for it. */
	AppBrowser submit(String id) {
		markPage();
		element(id).click();
		awaitNewPage();
		return this;
	}

	/**
	 * Clicks something that loads a new page after a {@code confirm()} dialog, accepting
	 * it.
	 */
	AppBrowser submitConfirmed(String id) {
		markPage();
		element(id).click();
		new WebDriverWait(driver(), WAIT).until(ExpectedConditions.alertIsPresent()).accept();
		awaitNewPage();
		return this;
	}

	/**
	 * A mark on the current document, gone once another page has loaded (more robust than
	 * element staleness).
	 */
	private void markPage() {
		driver().executeScript("window.__samplePage = true;");
	}

	private void awaitNewPage() {
		new WebDriverWait(driver(), WAIT).ignoring(WebDriverException.class)
			.until((driver) -> Boolean.TRUE.equals(driver()
				.executeScript("return window.__samplePage === undefined && document.readyState === 'complete';")));
	}

	/** Clicks something that changes the page in place (a script's button). */
	AppBrowser click(String id) {
		element(id).click();
		return this;
	}

	/** Opens a link from outside the app (an email), as a person pastes it. */
	AppBrowser follow(String url) {
		driver().get(url);
		return this;
	}

	/**
	 * Waits until the browser is on that path and query (after a page that moves on by
	 * itself, such as the starter's bounce page).
	 */
	AppBrowser awaitPath(String expected) {
		new WebDriverWait(driver(), WAIT).ignoring(WebDriverException.class)
			.until((driver) -> path().equals(expected)
					&& Boolean.TRUE.equals(driver().executeScript("return document.readyState === 'complete';")));
		return this;
	}

	/** Waits until the element shows some text, and returns it. */
	String awaitText(String id) {
		return new WebDriverWait(driver(), WAIT).ignoring(WebDriverException.class).until((driver) -> {
			String text = element(id).getText();
			return text.isBlank() ? null : text;
		});
	}

	/**
	 * @return the texts of the elements a CSS selector finds, in order
	 */
	List<String> texts(String cssSelector) {
		return driver().findElements(By.cssSelector(cssSelector)).stream().map(WebElement::getText).toList();
	}

	AppBrowser signIn(String email, String password) {
		open("/login").type("email", email).type("password", password).submit("login");
		return this;
	}

	AppBrowser signUp(String name, String email, String password) {
		open("/signup").type("name", name).type("email", email).type("password", password).submit("signup");
		return this;
	}

	AppBrowser signOut() {
		return submit("logout");
	}

	/**
	 * @return the new note's ID
	 */
	String createNote(String title, String body) {
		open("/notes/new").type("title", title).type("body", body).submit("save");
		String path = path();
		return path.substring("/notes/".length(), path.indexOf('?'));
	}

	/**
	 * @return the titles on the notes list, in order
	 */
	List<String> noteTitles(String listId) {
		return driver().findElements(By.cssSelector("#" + listId + " .note-title"))
			.stream()
			.map(WebElement::getText)
			.toList();
	}

	Cookie cookie(String name) {
		return driver().manage().getCookieNamed(name);
	}

	@Override
	public void close() {
		this.chromium.close();
	}

}
