// What the customer's and the agent's boot script (`src/boot.js`) and the widget's loader
// (`src/widget/loader.js`) share: loading a module once, handing a first stage over to it once, and
// fetching it ahead while the network is idle. `cargo xtask build` writes this file at the top of each.

/** The loader of one module (its bindings and wasm, beside this script): `load()` fetches, compiles and
 *  instantiates it once; a call while it loads gets the load in flight; after a failure the next call
 *  tries again, under a URL of its own (a browser keeps a failed module import failed for its URL). */
function moduleLoader(bindings, wasm) {
  let loading;
  let failures = 0;
  return function load() {
    if (!loading) {
      const url = new URL(bindings, import.meta.url);
      if (failures) url.searchParams.set("retry", String(failures));
      loading = import(url.href).then(async (module) => {
        // Streaming: the module compiles while it downloads.
        await module.default({ module_or_path: new URL(wasm, import.meta.url) });
        return module;
      });
      loading.catch(() => {
        failures += 1;
        loading = undefined;
      });
    }
    return loading;
  };
}

/** One hand-over from a first stage to the module `load` brings. `to(mount)` asks for it: whatever
 *  is asked while the module loads (a double click, another link), only the last ask is mounted, and
 *  only once (`mount(module)`). `cancel()` forgets the asks so far (the visitor went Back meanwhile).
 *  The promise of `to` resolves to true once mounted, to false when the asks were cancelled, and
 *  rejects when the module could not be loaded (the next ask tries again). */
function handover(load) {
  let asked;
  let pending;
  let done = false;
  return {
    to(mount) {
      if (done) return Promise.resolve(true);
      asked = mount;
      if (!pending) {
        pending = load().then(
          (module) => {
            const last = asked;
            asked = undefined;
            pending = undefined;
            if (!last) return false;
            done = true;
            last(module);
            return true;
          },
          (error) => {
            asked = undefined;
            pending = undefined;
            throw error;
          },
        );
      }
      return pending;
    },
    cancel() {
      asked = undefined;
    },
  };
}

/** Whether the visitor asked to save data (`Save-Data`) or is on a 2g connection: then nothing is
 *  fetched ahead, only on a sign of intent. */
function savingData() {
  const connection = navigator.connection;
  return Boolean(connection && (connection.saveData || /2g/.test(connection.effectiveType ?? "")));
}

/** Fetches and compiles a module ahead with `load`, once the browser is idle, unless the visitor
 *  saves data. Called once the first stage is usable, so that nothing competes with it. */
function aheadWhenIdle(load) {
  if (savingData()) return;
  const idle = window.requestIdleCallback ?? ((callback) => setTimeout(callback, 1));
  idle(() => load().catch(() => {}), { timeout: 2000 });
}

/** The languages spoken beyond English (which every module has built in), each with its strings' file
 *  beside this script, in the order of the catalogue's keys (`src/core/i18n`). */
const LOCALE_FILES = __HOSTWAY_LOCALES__;
/** What is said before the page's code runs or when it cannot load (the static frame, the "could not
 *  be loaded" lines), in each language the page speaks: the catalogues' words for `BOOT_KEYS`
 *  (`xtask/src/i18n.rs`), written here by `cargo xtask build`. */
const BOOT_WORDS = __HOSTWAY_BOOT_WORDS__;

/** `key` (`page.loading`) in the language of `tag`, else in English. */
function bootWord(tag, key) {
  return (BOOT_WORDS[tag.toLowerCase().split(/[-_]/)[0]] ?? BOOT_WORDS.en)[key];
}

/** Says `key` in `element` in the language of `tag`; its `{reload}` is a link that reloads the page
 *  (the element's own link when it has one). */
function sayIn(element, tag, key) {
  const [before, after] = bootWord(tag, key).split("{reload}");
  if (after === undefined) {
    element.textContent = before;
    return;
  }
  const reload = element.querySelector("a") ?? document.createElement("a");
  reload.href = location.href;
  reload.textContent = bootWord(tag, "boot.reload");
  element.replaceChildren(before, reload, after);
}

/** The language to speak: the first of `asked` (the customer's choice, the page's tag, a shop's
 *  `data-locale`), then of the browser's languages, that is spoken here; else English. Its tag is the
 *  browser's own when the browser has that language (`de-AT`: money as Austrians write it). */
function chooseLocale(...asked) {
  const browser = navigator.languages?.length ? [...navigator.languages] : [navigator.language];
  const language = (tag) => tag.toLowerCase().split(/[-_]/)[0];
  for (const tag of [...asked, ...browser]) {
    if (!tag) continue;
    if (LOCALE_FILES[tag]) return { tag, file: LOCALE_FILES[tag] };
    const lang = language(tag);
    if (lang !== "en" && !LOCALE_FILES[lang]) continue;
    const regional = browser.find((b) => b && language(b) === lang) ?? tag;
    return { tag: regional, file: LOCALE_FILES[lang] ?? null };
  }
  return { tag: "en", file: null };
}

/** Fetches the strings of `locale` (none for English). Resolves to `{ tag, strings }`: English's
 *  tag and no strings when the file could not be fetched, so the page still speaks, in English. */
async function loadLocale(locale) {
  if (!locale.file) return { tag: locale.tag, strings: null };
  try {
    const answer = await fetch(new URL(locale.file, import.meta.url));
    if (answer.ok) return { tag: locale.tag, strings: await answer.json() };
  } catch {}
  return { tag: "en", strings: null };
}
