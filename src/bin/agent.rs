//! The agent portal (`agent/index.html`): sign-in, accounts, shortcuts, and orders on behalf through
//! the same catalog and builder as customers.

fn main() {
    console_error_panic_hook::set_once();
    hostway_order::mount_agent();
}
