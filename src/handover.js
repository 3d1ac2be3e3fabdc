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
