//! The agent portal's sign-in stage: what `agent/index.html` loads first (see
//! `hostway_dom::agent_stage`). The portal (`src/bin/agent.rs`) is loaded by the boot script
//! once the credentials are accepted.

use wasm_bindgen::prelude::*;

fn main() {}

/// The mounted stage; `unmount()` removes it from the page.
#[wasm_bindgen]
pub struct SignInStage {
    stage: Option<hostway_dom::stage::Stage>,
}

#[wasm_bindgen]
impl SignInStage {
    pub fn unmount(&mut self) {
        self.stage.take();
    }
}

/// Mounts the sign-in stage on `<body>`. `handover(href, user, password)` loads the portal and mounts it
/// in the stage's place; its promise rejects when the portal could not be loaded. `usable()` is called
/// once the form is there (the boot script then fetches the portal ahead).
#[wasm_bindgen(js_name = mountStage)]
pub fn mount_stage(
    handover: js_sys::Function,
    usable: Option<js_sys::Function>,
) -> Result<SignInStage, JsValue> {
    Ok(SignInStage {
        stage: Some(hostway_dom::agent_stage::mount(handover, usable)?),
    })
}

/// Installs the page's language and its strings (`src/handover.js`'s `loadLocale`), before mounting.
#[wasm_bindgen(js_name = setLocale)]
pub fn set_locale(tag: &str, strings: JsValue) {
    hostway_dom::i18n::install(tag, strings);
}
