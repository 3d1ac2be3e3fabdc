//! The agent portal's shop (`agent/index.html`): the catalog, products and cart agents order on
//! behalf through, the same views as customers'. The portal (`agent.rs`) hands over to it, and it to
//! the checkout (`on_behalf_checkout.rs`) or back to the portal, with the agent's accepted
//! credentials (in memory).

hostway_order::page_module!(hostway_order::mount_agent_shop, signed_in);
