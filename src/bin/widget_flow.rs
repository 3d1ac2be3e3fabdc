//! The shops' widget, ordering flow (the product form and the cart): `widget.js` loads this module
//! when a customer presses the first stage's "Order now" (or ahead, when they point at or focus a
//! widget) and mounts it in the first stage's place. No router, no catalog page, no agent code; the
//! steps after the cart are `widget_checkout.rs`'s.

hostway_order::widget_module!(hostway_order::widget::FLOW);
