//! The agent portal's checkout (`agent/index.html`): the steps after the cart and the order's status,
//! the same views as customers'. The shop (`on_behalf.rs`) hands over to it, and it back to the shop
//! or the portal (`agent.rs`), with the agent's accepted credentials (in memory).

hostway_order::page_module!(hostway_order::mount_agent_checkout, signed_in);
