//! Existing accounts, including the documentation's own example entities: account `acct999999` of the
//! demo agent's partner with the Exchange domain `myexchangedomain.com` (Order-Exchange-mailbox-paid).

pub struct ExistingAccount {
    pub number: &'static str,
    /// The partner (franchise) whose agents may act on the account: the part of their login after `@`.
    pub partner: &'static str,
    pub partner_account_id: &'static str,
    /// `open`, `closed` or `suspended`.
    pub status: &'static str,
    pub currency: &'static str,
    pub created: &'static str,
    pub contact: Contact,
    pub products: &'static [DemoProduct],
}

pub struct Contact {
    pub first_name: &'static str,
    pub last_name: &'static str,
    pub email: &'static str,
    pub phone: &'static str,
}

pub struct DemoProduct {
    pub id: &'static str,
    pub spec: &'static str,
    pub services: &'static [DemoService],
}

pub struct DemoService {
    pub id: &'static str,
    pub spec: &'static str,
    pub domain: &'static str,
    pub billing_cycle: u32,
    /// For Exchange domains: mailboxes the plan still includes for free (then `POST …/mailboxes` is the
    /// documented "free" case: already submitted); `Some(0)` is the "paid" case.
    pub free_mailboxes: Option<u32>,
    /// A disabled service (listed with status `disabled`): shortcuts on it answer 409.
    pub disabled: bool,
}

pub const DEMO_PARTNER: &str = "partner_api_developer_us_main";

pub const ACCOUNTS: &[ExistingAccount] = &[
    ExistingAccount {
        number: "acct999999",
        partner: DEMO_PARTNER,
        partner_account_id: "P-1001",
        status: "open",
        currency: "USD",
        created: "2014-03-01",
        contact: Contact {
            first_name: "John",
            last_name: "Smith",
            email: "john.smith@myexchangedomain.com",
            phone: "555-555-5501",
        },
        products: &[
            DemoProduct {
                id: "00000145ff82ec6bf27d6421007f0000000000e1",
                spec: "core.plan.email.exchange2010",
                services: &[
                    DemoService {
                        id: "00000145ff82ec6bf27d6421007f0000000000e2",
                        spec: "core.exchange.domain",
                        domain: "myexchangedomain.com",
                        billing_cycle: 1,
                        free_mailboxes: Some(0),
                        disabled: false,
                    },
                    DemoService {
                        id: "00000145ff82ec6bf27d6421007f0000000000e3",
                        spec: "core.exchange.domain",
                        domain: "included-exchange.com",
                        billing_cycle: 1,
                        free_mailboxes: Some(5),
                        disabled: false,
                    },
                ],
            },
            DemoProduct {
                id: "00000145ff82ec6bf27d6421007f0000000000d1",
                spec: "core.plan.dnr.only",
                services: &[DemoService {
                    id: "00000145ff82ec6bf27d6421007f0000000000d2",
                    spec: "core.dnr.com",
                    domain: "myexchangedomain.com",
                    billing_cycle: 12,
                    free_mailboxes: None,
                    disabled: false,
                }],
            },
        ],
    },
    ExistingAccount {
        number: "acct100001",
        partner: DEMO_PARTNER,
        partner_account_id: "P-1002",
        status: "open",
        currency: "USD",
        created: "2015-06-12",
        contact: Contact {
            first_name: "Ana",
            last_name: "Lopez",
            email: "ana@lopez-bakery.com",
            phone: "+1.3125551234",
        },
        // Web hosting on three domains: SiteBuilder can be ordered for lopez-bakery.com, exists already on
        // lopez-events.com, and old-lopez.com is disabled (the SiteBuilder shortcut's documented 409s).
        products: &[
            DemoProduct {
                id: "00000145ff82ec6bf27d6421007f0000000000a1",
                spec: "core.plan.www.basic",
                services: &[
                    DemoService {
                        id: "00000145ff82ec6bf27d6421007f0000000000a2",
                        spec: "core.www",
                        domain: "lopez-bakery.com",
                        billing_cycle: 12,
                        free_mailboxes: None,
                        disabled: false,
                    },
                    DemoService {
                        id: "00000145ff82ec6bf27d6421007f0000000000a3",
                        spec: "core.www",
                        domain: "lopez-events.com",
                        billing_cycle: 12,
                        free_mailboxes: None,
                        disabled: false,
                    },
                    DemoService {
                        id: "00000145ff82ec6bf27d6421007f0000000000a4",
                        spec: "core.www",
                        domain: "old-lopez.com",
                        billing_cycle: 12,
                        free_mailboxes: None,
                        disabled: true,
                    },
                ],
            },
            DemoProduct {
                id: "00000145ff82ec6bf27d6421007f0000000000b1",
                spec: "core.plan.sitebuilder",
                services: &[DemoService {
                    id: "00000145ff82ec6bf27d6421007f0000000000b2",
                    spec: "core.sitebuilder",
                    domain: "lopez-events.com",
                    billing_cycle: 12,
                    free_mailboxes: None,
                    disabled: false,
                }],
            },
        ],
    },
    ExistingAccount {
        number: "acct777777",
        partner: DEMO_PARTNER,
        partner_account_id: "P-1003",
        status: "suspended",
        currency: "USD",
        created: "2013-01-20",
        contact: Contact {
            first_name: "Sam",
            last_name: "Reed",
            email: "sam@reed-example.com",
            phone: "555-0100",
        },
        products: &[],
    },
    ExistingAccount {
        number: "acct555555",
        partner: "partner_other_eu",
        partner_account_id: "X-9",
        status: "open",
        currency: "EUR",
        created: "2016-02-02",
        contact: Contact {
            first_name: "Eva",
            last_name: "Berg",
            email: "eva@berg-example.de",
            phone: "+49.301234567",
        },
        products: &[],
    },
];

pub fn account(number: &str) -> Option<&'static ExistingAccount> {
    ACCOUNTS.iter().find(|a| a.number == number)
}

pub fn by_partner_account_id(id: &str) -> Option<&'static ExistingAccount> {
    ACCOUNTS.iter().find(|a| a.partner_account_id == id)
}

impl ExistingAccount {
    pub fn service(&self, spec: &str, domain: &str) -> Option<&'static DemoService> {
        self.products
            .iter()
            .flat_map(|p| p.services.iter())
            .find(|s| s.spec == spec && s.domain.eq_ignore_ascii_case(domain))
    }
}

/// User names that already exist elsewhere (→ 409 "Data conflict").
pub const TAKEN_USER_NAMES: &[&str] = &["admin", "johnsmith", "taken-user"];
