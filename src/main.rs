//! The full-page app: panic hook, then mount.

fn main() {
    console_error_panic_hook::set_once();
    hostway_order::mount();
}
