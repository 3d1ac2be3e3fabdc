//! The customer's checkout: the order's steps after the cart (account, contacts, payment, review) and
//! the order's status page. The boot script loads it for those paths, or when the shop
//! (`src/main.rs`) hands over to it (the customer goes on from the cart), fetched ahead on a sign of
//! intent; then it calls [`mount_app`].

hostway_order::page_module!(hostway_order::mount_checkout);
