//! Start-up configuration: the command line of `hostway-sandbox`, also built directly by xtask and tests.

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::{Parser, ValueEnum};

/// The demo agent whose credentials appear in the documentation's Order-Exchange-mailbox-paid example
/// (`Authorization: Basic cXdlQHBhcnRuZXJfYXBpX2RldmVsb3Blcl91c19tYWluOml1MzR0OGhm`).
pub const DEMO_AGENT: &str = "qwe@partner_api_developer_us_main:iu34t8hf";
/// A second demo agent of the same partner without the elevated permission that `clientIp` needs.
pub const DEMO_LIMITED_AGENT: &str = "limited@partner_api_developer_us_main:limited123";

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum SameSite {
    Strict,
    Lax,
    None,
}

impl SameSite {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Strict => "Strict",
            Self::Lax => "Lax",
            Self::None => "None",
        }
    }
}

/// The Hostway ordering API sandbox: the documented API on a local port, with persistence and faults.
#[derive(Clone, Debug, Parser)]
#[command(name = "hostway-sandbox", version, about)]
pub struct Config {
    /// Address to listen on.
    #[arg(long, default_value = "127.0.0.1:8081")]
    pub listen: SocketAddr,

    /// A browser origin allowed to make credentialed CORS requests (repeatable), e.g. http://localhost:8080.
    #[arg(long = "allow-origin", value_name = "URL")]
    pub allow_origins: Vec<String>,

    /// SQLite database file; `:memory:` keeps nothing. Default: target/sandbox/hostway.sqlite3.
    #[arg(long, default_value = "target/sandbox/hostway.sqlite3")]
    pub db: String,

    /// An agent with elevated permissions, as USER:PASSWORD (repeatable). Default: the documentation's
    /// demo agent `qwe@partner_api_developer_us_main` and a limited agent (see the README).
    #[arg(long = "agent", value_name = "USER:PASSWORD")]
    pub agents: Vec<String>,

    /// An agent without the elevated permission `clientIp` needs, as USER:PASSWORD (repeatable).
    #[arg(long = "limited-agent", value_name = "USER:PASSWORD")]
    pub limited_agents: Vec<String>,

    /// Latency added to every API request, in milliseconds.
    #[arg(long = "latency-ms", default_value_t = 0)]
    pub latency_ms: u64,

    /// Share of API requests (0.0–1.0) answered with 502 before they touch any state.
    #[arg(long = "fail-rate", default_value_t = 0.0)]
    pub fail_rate: f64,

    /// Seed of the 502s: with the same seed, the nth request of a method to a path (ids left out) fails
    /// or passes alike on every run. Default: a new seed each start, printed when --fail-rate is set.
    #[arg(long = "fault-seed", value_name = "N")]
    pub fault_seed: Option<u64>,

    /// How long a submitted order stays "Processing" before it is provisioned, in milliseconds.
    #[arg(long = "provision-ms", default_value_t = 3000)]
    pub provision_ms: u64,

    /// Make provisioning of every submitted order fail (status "Failed").
    #[arg(long = "fail-provisioning")]
    pub fail_provisioning: bool,

    /// SameSite attribute of the OwnerId cookie.
    #[arg(long = "cookie-samesite", value_enum, default_value = "lax")]
    pub cookie_samesite: SameSite,

    /// Mark the OwnerId cookie Secure (implied by SameSite=None and by --partitioned).
    #[arg(long = "cookie-secure")]
    pub cookie_secure: bool,

    /// Mark the OwnerId cookie Partitioned (CHIPS), for the widget embedded on another site.
    #[arg(long)]
    pub partitioned: bool,

    /// Grow the catalog to this many product specifications with generated copies (for benchmarks;
    /// lists are not paginated).
    #[arg(long = "catalog-size", default_value_t = 0)]
    pub catalog_size: usize,

    /// CORS and cookies exactly as the documentation shows them, instead of the browser-friendly
    /// default: no CORS grant on any answer (only the documented `OPTIONS …/action` carries
    /// `Access-Control-Allow-Origin: *`), no exposed headers, and `Set-Cookie: OwnerId=…; Path=/`
    /// with no other attribute. Overrides --allow-origin and the cookie flags. For proving deployments
    /// (a same-origin proxy) against the API as documented.
    #[arg(long = "as-documented")]
    pub as_documented: bool,

    /// Account attributes every new account must carry before validate passes (repeatable),
    /// e.g. partner_account_id. Triggers the documented "No {attribute_name} attribute set.".
    #[arg(long = "require-account-attribute", value_name = "NAME")]
    pub required_account_attributes: Vec<String>,
}

impl Config {
    /// A configuration for tests: in-memory database, given origins, no faults (and a fixed seed for
    /// those a test sets, so it takes the same path every run), fast provisioning.
    pub fn for_tests(origins: &[&str]) -> Self {
        let mut config = Config::parse_from([
            "hostway-sandbox",
            "--db",
            ":memory:",
            "--provision-ms",
            "200",
            "--fault-seed",
            "27",
        ]);
        config.allow_origins = origins.iter().map(|o| o.to_string()).collect();
        config.listen = "127.0.0.1:0".parse().expect("loopback address");
        config
    }

    /// Agents as (user, password, elevated), defaulting to the documented demo agents.
    pub fn agent_list(&self) -> Vec<(String, String, bool)> {
        let split = |s: &String, elevated| {
            s.split_once(':')
                .map(|(u, p)| (u.to_string(), p.to_string(), elevated))
        };
        let mut list: Vec<_> = self.agents.iter().filter_map(|a| split(a, true)).collect();
        list.extend(self.limited_agents.iter().filter_map(|a| split(a, false)));
        if self.agents.is_empty() && self.limited_agents.is_empty() {
            list.extend(split(&DEMO_AGENT.to_string(), true));
            list.extend(split(&DEMO_LIMITED_AGENT.to_string(), false));
        }
        list
    }

    /// The `Set-Cookie` attributes after the value, as configured.
    pub fn cookie_attributes(&self) -> String {
        if self.as_documented {
            // The documented `Set-Cookie: OwnerId=…; Path=/`: a session cookie, no SameSite (browsers
            // then treat it as Lax), not HttpOnly, not Secure.
            return "Path=/".into();
        }
        let secure =
            self.cookie_secure || self.partitioned || self.cookie_samesite == SameSite::None;
        // HttpOnly: no page script needs the owner id (cookies ignore ports, so a page on the same host
        // could otherwise read the API's cookie).
        let mut attrs = format!(
            "Path=/; Max-Age=2592000; HttpOnly; SameSite={}",
            self.cookie_samesite.as_str()
        );
        if secure {
            attrs.push_str("; Secure");
        }
        if self.partitioned {
            attrs.push_str("; Partitioned");
        }
        attrs
    }

    pub fn db_path(&self) -> PathBuf {
        PathBuf::from(&self.db)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_agents_are_the_documented_demo_agents() {
        let config = Config::for_tests(&[]);
        let agents = config.agent_list();
        assert!(agents.contains(&(
            "qwe@partner_api_developer_us_main".into(),
            "iu34t8hf".into(),
            true
        )));
        assert!(agents.iter().any(|(_, _, elevated)| !elevated));
    }

    #[test]
    fn as_documented_the_cookie_has_only_its_path() {
        let mut config = Config::for_tests(&[]);
        config.as_documented = true;
        config.partitioned = true;
        assert_eq!(config.cookie_attributes(), "Path=/");
    }

    #[test]
    fn partitioned_cookie_is_secure() {
        let mut config = Config::for_tests(&[]);
        config.partitioned = true;
        config.cookie_samesite = SameSite::None;
        let attrs = config.cookie_attributes();
        assert!(
            attrs.contains("SameSite=None; Secure; Partitioned"),
            "{attrs}"
        );
    }
}
