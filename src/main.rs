//! The customer's app (`index.html`): the catalog, product pages, the order builder and the status page.
//! The agent portal (`src/bin/agent.rs`) and the shops' widget (`src/bin/widget.rs`) are binaries of
//! their own, so no audience downloads another's code.

fn main() {
    console_error_panic_hook::set_once();
    hostway_order::mount();
}
