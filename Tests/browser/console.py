"""Driving the console in headless Chromium: sign-in, keys, and explicit waits (never sleeps)."""
import os

from selenium import webdriver
from selenium.common.exceptions import StaleElementReferenceException, TimeoutException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

CHROMIUM = os.environ.get("VIGIE_CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("VIGIE_CHROMEDRIVER", "/usr/bin/chromedriver")
WAIT_SECONDS = 20


def new_driver(width=1500, height=950, time_zone=None):
    """A headless Chromium; `time_zone` (IANA) sets its clock's zone, as a control-room PC set otherwise would."""
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", f"--window-size={width},{height}", "--lang=fr-FR"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "SEVERE"})
    environment = dict(os.environ, TZ=time_zone) if time_zone else None
    return webdriver.Chrome(service=Service(CHROMEDRIVER, env=environment), options=options)


class Console:
    def __init__(self, driver, url):
        self.driver = driver
        self.url = url
        self.keystrokes = 0

    def sign_in(self, username, password, language="fr"):
        self.username = username
        self.driver.get(self.url + "/login.html")
        self.wait(lambda d: d.execute_script("return document.querySelector('[data-lang]')?.onclick !== null"))
        self.driver.execute_script("localStorage.setItem('vigie.lang', arguments[0])", language)
        self.driver.find_element(By.ID, "username").send_keys(username)
        self.driver.find_element(By.ID, "password").send_keys(password)
        self.driver.find_element(By.CSS_SELECTOR, "#login-form button[type=submit]").click()
        self.wait(lambda d: d.execute_script("return document.body.dataset.ready === 'true'"))

    def wait(self, condition, timeout=WAIT_SECONDS, message=""):
        """Waits for `condition`; `message` may be a function, asked on a time-out to say how far the page got."""
        # The console redraws from live updates: an element read a moment ago may be replaced, so try again.
        waiting = WebDriverWait(self.driver, timeout, ignored_exceptions=(StaleElementReferenceException,))
        try:
            return waiting.until(condition, "" if callable(message) else message)
        except TimeoutException:
            if callable(message):
                raise TimeoutException(message()) from None
            raise

    def take_over_shift(self):
        """Sign-in leads whoever is not on shift to the take-over checklist: every item confirmed, then the queue."""
        self.wait_for("#takeover-form")
        for box in self.find_all("#takeover-form input[name=confirmed]"):
            box.click()
        self.find("#takeover-submit").click()
        self.wait(lambda d: d.execute_script("return location.hash") == "#/queue")

    def go(self, hash_route):
        self.driver.execute_script("location.hash = arguments[0]", hash_route)

    def press(self, *keys):
        """Sends keys to the focused element, counting each one (typed text is sent with `type`)."""
        for key in keys:
            ActionChains(self.driver).send_keys(key).perform()
            self.keystrokes += 1

    def type(self, text):
        ActionChains(self.driver).send_keys(text).perform()

    def find(self, css):
        return self.driver.find_element(By.CSS_SELECTOR, css)

    def find_all(self, css):
        return self.driver.find_elements(By.CSS_SELECTOR, css)

    def text(self, css):
        return self.find(css).text

    def wait_for(self, css, timeout=WAIT_SECONDS):
        """The first element matching `css` once it exists and is displayed."""
        def present(driver):
            elements = [element for element in driver.find_elements(By.CSS_SELECTOR, css) if element.is_displayed()]
            return elements[0] if elements else False
        return self.wait(present, timeout, f"nothing matched {css}")

    def wait_text(self, css, text, timeout=WAIT_SECONDS):
        self.wait(lambda d: any(text in element.text for element in d.find_elements(By.CSS_SELECTOR, css)), timeout, f"{text!r} not in {css}")

    def wait_gone(self, css, timeout=WAIT_SECONDS):
        self.wait(lambda d: not d.find_elements(By.CSS_SELECTOR, css), timeout, f"{css} still there")

    def focused(self):
        return self.driver.switch_to.active_element

    def queue_row(self, text):
        """The queue row whose label contains `text`, once it is there."""
        return self.wait_for(f".qalarm[aria-label*=\"{text}\"]")

    def select_in_queue(self, text):
        """Moves the queue selection with `j`, then `k`, until the row containing `text` is selected (keyboard only):
        the selection the operator left on the queue may be below the row."""
        self.queue_row(text)
        for key in ("j", "k"):
            for _ in range(60):
                # Read in the page, in one step: the queue redraws its rows while alarms arrive.
                label = self.driver.execute_script(
                    "const row = document.querySelector('.qalarm[aria-selected=true]');"
                    " return row ? row.getAttribute('aria-label') : null")
                if label and text in label:
                    return
                self.press(key)
        raise AssertionError(f"no queue row with {text!r} reachable by keyboard")

    def dispatch(self, key, service, milestone, reference="", found=None):
        """Records the next milestone of a dispatch from the keyboard (with what was found on site) and waits until
        the board shows it."""
        self.press(key)
        self.wait_for("#dispatch-reference")
        self.press("\ue004")  # Tab: the dialog opens on the milestone, the reference comes next
        self.type(reference)
        if found:
            Select(self.find("#dispatch-verification")).select_by_visible_text(found)
        self.press("\ue007")
        cell = f"#dispatch tr[data-service={service}] td[data-milestone={milestone}]"
        self.wait(lambda d: "—" not in d.find_element(By.CSS_SELECTOR, cell).text and reference in d.find_element(By.CSS_SELECTOR, cell).text)

    def screenshot(self, path):
        os.makedirs(os.path.dirname(path), exist_ok=True)
        self.driver.save_screenshot(path)

    def errors(self):
        """Errors the page logged (failed requests, exceptions)."""
        return [entry["message"] for entry in self.driver.get_log("browser")]
