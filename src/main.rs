//! The customer's shop: the catalog, the product pages and the cart. The boot script loads it for those
//! paths, and from the catalog stage (`src/dom/bin/catalog.rs`) when the customer follows a link into
//! it; then it calls [`mount_app`]. The checkout (the steps after the cart, the order's status) is
//! `src/bin/checkout.rs`, which the boot script loads when the customer goes on; the agent portal
//! (`src/bin/agent.rs`) and the shops' widget (`src/dom/bin/widget.rs`, `src/bin/widget_flow.rs`) are
//! binaries of their own, so no audience downloads another's code.

hostway_order::page_module!(hostway_order::mount_shop);
