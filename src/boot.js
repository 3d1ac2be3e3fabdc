// The boot script of a page that starts with a first stage: the customer's page (`index.html`, the
// catalog stage at `/`) and the agent portal's (`agent/index.html`, the sign-in stage). Where the page's
// stage applies, it loads the stage's small module; anywhere else, the whole app. Either takes the place
// of the page's static frame (its header and a "Loading…" line, shown before any script runs); when
// neither can load, the frame's line says so and offers a reload.
//
// The stage hands over through `ask(href, ...args)`: the app's module is loaded (fetched ahead once the
// stage is usable and the browser idle, or on a sign of intent, see `intent`), the stage is unmounted,
// the address becomes `href` (when given) and the app mounts there with `args` (the agent's accepted
// credentials, in memory). One hand-over whatever is clicked meanwhile (`handover` in
// `src/handover.js`, written above this by `cargo xtask build`); Back meanwhile cancels it. No page
// reload: the order lives at the API and the search in the URL.
// `cargo xtask build` writes this file for each page with its modules' hashed names.
const loadStage = moduleLoader("./__HOSTWAY_STAGE_BINDGEN__", "./__HOSTWAY_STAGE_WASM__");
const loadApp = moduleLoader("./__HOSTWAY_APP_BINDGEN__", "./__HOSTWAY_APP_WASM__");
const STAGE_PATHS = new RegExp("__HOSTWAY_STAGE_PATHS__");

/** The page's language (see `chooseLocale`): the customer's choice from the footer, else the page's
 *  `<meta name="hostway-locale">`, else the browser's. Its strings are fetched while the modules load. */
function storedLocale() {
  try {
    return localStorage.getItem("hostway.locale");
  } catch {
    return null;
  }
}
const chosen = chooseLocale(storedLocale(), document.querySelector('meta[name="hostway-locale"]')?.content);
const locale = loadLocale(chosen);

/** The static frame speaks the page's language at once, until the stage draws its own. */
for (const element of document.querySelectorAll("[data-hostway-word]")) {
  sayIn(element, chosen.tag, element.dataset.hostwayWord);
}
for (const element of document.querySelectorAll("[data-hostway-label]")) {
  element.setAttribute("aria-label", bootWord(chosen.tag, element.dataset.hostwayLabel));
}
document.documentElement.lang = chosen.tag;

/** Loads a module with the page's language installed, and says the language on `<html>`. */
async function speaking(load) {
  const [module, words] = await Promise.all([load(), locale]);
  document.documentElement.lang = words.tag;
  // A page that speaks English only (the agent portal) installs no language: no switcher is offered.
  if (Object.keys(LOCALE_FILES).length) module.setLocale(words.tag, words.strings);
  return module;
}

/** A sign the visitor is going on: a finger on the page (phones have no pointing first), or pointing
 *  at or focusing a link into the app or a part marked `data-prefetch-app` (the catalog's search, the
 *  sign-in form). The app's module is then fetched ahead, also when the visitor saves data. */
function intent(event) {
  const target = event.target.closest?.("a[href^='/']:not([rel]), [data-prefetch-app]");
  const ahead = event.type === "touchstart" || (target && target.getAttribute("href") !== location.pathname);
  if (ahead) loadApp().catch(() => {});
}

/** The page's static frame gives way to what mounted (the stage or the app draws its own). */
function leaveFrame() {
  document.querySelector("[data-hostway-frame]")?.remove();
}

/** The page's code could not load: the static frame's line says so, with a reload. */
function unloadable() {
  const line = document.querySelector("[data-hostway-boot]");
  if (!line) return;
  line.className = "hw-notice hw-notice--error";
  sayIn(line, chosen.tag, "boot.not_loaded");
  line.querySelector("a").dataset.testid = "boot-reload";
  // Not "Still loading?" as well: it is said.
  document.querySelector(".hw-boot__slow")?.remove();
}

async function boot() {
  if (!STAGE_PATHS.test(location.pathname)) {
    (await speaking(loadApp)).mountApp();
    leaveFrame();
    return;
  }
  let stage;
  const once = handover(() => speaking(loadApp));
  const ask = (href, ...args) =>
    once.to((app) => {
      if (href && href !== location.pathname + location.search) history.pushState(null, "", href);
      stage?.unmount();
      stage?.free();
      stage = undefined;
      // The app moves the focus to the page it shows, as after any route change.
      document.documentElement.dataset.hostwayHandedOver = "";
      app.mountApp(...args);
    });
  // Back or Forward while the app loads: the visitor went elsewhere, the stage follows the address.
  addEventListener("popstate", () => once.cancel());
  stage = (await speaking(loadStage)).mountStage(ask, () => aheadWhenIdle(loadApp));
  leaveFrame();
  for (const type of ["pointerover", "focusin", "touchstart"]) {
    document.addEventListener(type, intent, { passive: true });
  }
}

boot().catch((error) => {
  unloadable();
  throw error;
});
