//! The rule violations, form by form: (field id, bad value, words of the rule shown at the field).

/// (field, bad value, words of the rule shown at the field)
pub type Case = (&'static str, &'static str, &'static str);

pub const DOMAIN: &[Case] = &[
    (
        "add-name",
        "",
        "Enter the domain name to register or transfer, like my-shop.com.",
    ),
    ("add-name", "www.my-shop.com", "bare domain"),
    ("add-name", "https://my-shop.com/", "bare domain"),
    ("add-name", "my_shop!.com", "letters, digits and hyphens"),
];

pub const EXCHANGE: &[Case] = &[(
    "add-name",
    "",
    "Enter the domain name for Exchange, like my-shop.com.",
)];

pub const DOMAIN_OPTIONS: &[Case] = &[
    (
        "add-nameservers",
        "ns1.example.net",
        "two or more name servers",
    ),
    (
        "add-nameservers",
        "ns1.example.net, not a host!",
        "two or more name servers",
    ),
];

pub const US_DOMAIN: &[Case] = &[
    ("add-name", "my-shop.com", "needs a name ending in .us"),
    ("add-us-nexus", "", "needs its nexus"),
    ("add-us-purpose", "", "needs its purpose"),
];

pub const MAILBOX: &[Case] = &[
    (
        "mb-myexchangedomain-com-user",
        "Ana Lopez",
        "lowercase letters, digits and _ - .",
    ),
    ("mb-myexchangedomain-com-user", "helpdesk", "reserved"),
    ("mb-myexchangedomain-com-user", "", "1 to 25 characters"),
    (
        "mb-myexchangedomain-com-password",
        "short1",
        "8 to 20 characters",
    ),
    ("mb-myexchangedomain-com-password", "two words1", "one word"),
    (
        "mb-myexchangedomain-com-password",
        "lettersonly",
        "at least one digit",
    ),
    (
        "mb-myexchangedomain-com-limit",
        "500",
        "1 to 100 recipients",
    ),
];

/// The mailbox's optional details (folded under "More details").
pub const MAILBOX_DETAILS: &[Case] = &[
    ("mb-myexchangedomain-com-phone", "call me", "no letters"),
    ("mb-myexchangedomain-com-home", "home 555", "no letters"),
    ("mb-myexchangedomain-com-fax", "fax 555", "no letters"),
    (
        "mb-myexchangedomain-com-mobile",
        "+1 312 555 1234 56789",
        "At most 20 characters.",
    ),
];

pub const CLIENT_IP: &[Case] = &[("agent-clientIp", "999.1.1.1", "IP address like 203.0.113.7")];

pub const ACCOUNT: &[Case] = &[
    ("account-userName", "", "Please fill this in."),
    (
        "account-userName",
        "ana lopez",
        "Use only letters, digits and . - _ @",
    ),
    ("account-password", "short1", "Use 8 to 50 characters."),
    (
        "account-password",
        "lettersonly",
        "at least one letter and one digit",
    ),
    ("account-password", "pass<word1", "Do not use"),
    (
        "account-userName",
        "ana.zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz",
        "At most 50 characters.",
    ),
    (
        "account-password",
        "secret123wwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwww",
        "Use 8 to 50 characters.",
    ),
];

pub const CONTACT: &[Case] = &[
    ("contact-firstName", "", "Please fill this in."),
    (
        "contact-firstName",
        "Ana<b>",
        "Use only letters, digits, spaces and - . '",
    ),
    (
        "contact-email1",
        "ana.example.com",
        "email address like name@example.com",
    ),
    ("contact-phone1", "call me", "no letters"),
    ("contact-postalCode", "", "Please fill this in."),
    ("contact-lastName", "", "Please fill this in."),
    ("contact-company", "Lopez Bakery yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy", "At most 200 characters."),
    ("contact-street1", "", "Please fill this in."),
    ("contact-city", "", "Please fill this in."),
    ("contact-city", "Chicago-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "At most 50 characters."),
    ("contact-countryCode", "", "Choose a country from the list."),
    ("contact-email1", "", "Please fill this in."),
    ("contact-phone1", "", "Please fill this in."),
    ("contact-phone1", "+1 312 555 1234 56789", "At most 20 characters."),
];

pub const PAYMENT: &[Case] = &[
    // Spaces and hyphens are accepted (they are removed); letters are not.
    ("payment-number", "4111-1111-abcd-1111", "only digits"),
    ("payment-number", "4111", "12 to 19 digits"),
    ("payment-number", "4111 1111 1111 1112", "not valid"),
    // A valid number of a brand the API does not take (JCB).
    ("payment-number", "3530 1113 3330 0000", "none of them"),
    ("payment-expiry", "13/31", "like 08/29"),
    ("payment-expiry", "2031", "like 08/29"),
    ("payment-expiry", "01/20", "expired"),
    ("payment-cvv", "12", "3 or 4 digits"),
    ("payment-cvv", "12a4", "3 or 4 digits"),
    ("payment-holder", "", "Please fill this in."),
    ("payment-street", "", "Please fill this in."),
    ("payment-city", "", "Please fill this in."),
    (
        "payment-city",
        "Chicago-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        "At most 50 characters.",
    ),
    ("payment-country", "", "Choose a country from the list."),
];
