//! The shops' widget, checkout (the steps after the cart, the order's status): `widget.js` loads
//! this module when the flow (`widget_flow.rs`) asks for one of those places (or ahead, when the
//! customer points at or focuses a link to one) and mounts it in the flow's place.

hostway_order::widget_module!(hostway_order::widget::CHECKOUT);
