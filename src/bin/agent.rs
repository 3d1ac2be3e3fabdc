//! The agent portal (`agent/index.html`): accounts and shortcuts. Orders on behalf go through the
//! customers' catalog, builder and checkout, in the portal's two other modules (`on_behalf.rs`,
//! `on_behalf_checkout.rs`), handed over in the page with the credentials. The page's boot
//! script loads it once the sign-in stage (`src/dom/bin/sign_in.rs`) has had the credentials
//! accepted, and calls [`mount_app`] with them.

hostway_order::page_module!(hostway_order::mount_agent, signed_in);
