// The boot script of a page that starts with a first stage: the customer's page (`index.html`, the
// catalog stage at `/`) and the agent portal's (`agent/index.html`, the sign-in stage). Where the page's
// stage applies, it loads the stage's small module; anywhere else, the app's module for the path (the
// customer's app is two: the shop, and the checkout for the steps after the cart and the order's
// status). Either takes the place of the page's static frame (its header and a "Loading…" line, shown
// before any script runs); when neither can load, the frame's line says so and offers a reload.
//
// The stage hands over through `ask(href, ...args)`, and a module of the app to another through `away`
// (its page is another's): the module for `href` is loaded (the app's fetched ahead once the stage is
// usable and the browser idle; any, on a sign of intent, see `intent`), what is mounted is unmounted,
// the address becomes `href` (when given) and the module mounts there with `args` (the agent's
// accepted credentials, in memory). One hand-over whatever is clicked meanwhile (`handover` in
// `src/handover.js`, written above this by `cargo xtask build`); Back meanwhile cancels it. No page
// reload: the order lives at the API and the search in the URL.
// `cargo xtask build` writes this file for each page with its modules' hashed names.
const loadStage = moduleLoader("./__HOSTWAY_STAGE_BINDGEN__", "./__HOSTWAY_STAGE_WASM__");
const STAGE_PATHS = new RegExp("__HOSTWAY_STAGE_PATHS__");
/** The app's modules, each with the paths it draws (a regular expression's source); the last draws
 *  the rest. */
const MODULES = __HOSTWAY_APP_MODULES__.map(([paths, bindings, wasm]) => ({
  paths: new RegExp(paths),
  load: moduleLoader(bindings, wasm),
}));
/** The app's module that draws `href`'s path. */
function moduleFor(href) {
  const path = new URL(href, location.href).pathname;
  return MODULES.find((module) => module.paths.test(path)) ?? MODULES[MODULES.length - 1];
}

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
  const href = target?.getAttribute("href");
  if (event.type === "touchstart" && !mounted?.app) moduleFor(location.href).load().catch(() => {});
  if (target && href !== location.pathname) moduleFor(href ?? location.href).load().catch(() => {});
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

/** What the page shows: the stage, or a module of the app (`app: true`); each has `unmount()`. */
let mounted;
/** The hand-over in flight: to which module, and its asks (see `handover`). */
let switching;

/** Shows the page at `href` (the address when not given), drawn by its module, in place of what is
 *  mounted, passing `args` on. Resolves to true once mounted, to false when Back cancelled it. */
function show(href, ...args) {
  const module = moduleFor(href ?? location.href);
  // The module shown asks for itself: its paths here and the pages it draws disagree. Said as a page
  // that could not open, not mounted again and again.
  if (mounted?.module === module) {
    return Promise.reject(new Error(`no module of the app draws ${href ?? location.pathname}`));
  }
  if (switching?.module !== module) {
    switching?.once.cancel();
    switching = { module, once: handover(() => speaking(module.load)) };
  }
  const asked = switching;
  return asked.once.to((code) => {
    if (switching === asked) switching = undefined;
    // The visitor went on meanwhile within the module shown (a link, Back): it stays.
    if (mounted?.app && moduleFor(location.href) !== module) return;
    if (href && href !== location.pathname + location.search) history.pushState(null, "", href);
    mounted?.unmount();
    mounted?.free();
    // The app moves the focus to the page it shows, as after any route change.
    document.documentElement.dataset.hostwayHandedOver = "";
    mounted = code.mountApp(show, ...args);
    Object.assign(mounted, { app: true, module });
  });
}

/** Once something is shown: Back or Forward while the stage hands over (the visitor went elsewhere:
 *  the stage follows the address), and signs of intent. */
function listen() {
  addEventListener("popstate", () => {
    if (!mounted?.app) switching?.once.cancel();
  });
  for (const type of ["pointerover", "focusin", "touchstart"]) {
    document.addEventListener(type, intent, { passive: true });
  }
}

async function boot() {
  if (STAGE_PATHS.test(location.pathname)) {
    mounted = (await speaking(loadStage)).mountStage(show, () => aheadWhenIdle(moduleFor(location.href).load));
  } else {
    const module = moduleFor(location.href);
    mounted = (await speaking(module.load)).mountApp(show);
    Object.assign(mounted, { app: true, module });
  }
  leaveFrame();
  listen();
}

boot().catch((error) => {
  unloadable();
  throw error;
});
