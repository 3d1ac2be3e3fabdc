//! The page's requests as it starts them: a negative check ("nothing was sent") needs a sign that comes
//! at once. Resource Timing lists a request only once its answer is in, so a check reading it must wait
//! out time; a count kept by a wrapper around `fetch` is up to date as soon as the page has acted.

use super::Browser;

/// Wraps `window.fetch` once per document: counts the requests started to `prefix` and those still
/// under way. Answers `[started, in flight]`.
const COUNT: &str = r#"const [prefix] = arguments;
    if (!window.__hwRequests) {
      const counts = { started: 0, open: 0 };
      const fetch = window.fetch;
      window.fetch = function (input, init) {
        const url = String(input instanceof Request ? input.url : input);
        if (!url.startsWith(prefix)) return fetch.call(this, input, init);
        counts.started++;
        counts.open++;
        const settle = () => { counts.open--; };
        const answer = fetch.call(this, input, init);
        answer.then(settle, settle);
        return answer;
      };
      window.__hwRequests = counts;
    }
    return [window.__hwRequests.started, window.__hwRequests.open];"#;

/// What the page has sent to one origin since the count began in this document.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Requests {
    pub started: u64,
    /// Started and not yet answered (or failed).
    pub in_flight: u64,
}

impl Browser {
    /// The requests the page started to URLs beginning with `prefix` (the API's), counted from the
    /// first call in this document (the count begins at 0 then: call it before the action to check).
    pub async fn requests(&self, prefix: &str) -> Requests {
        let v = self
            .client
            .execute(COUNT, vec![prefix.into()])
            .await
            .unwrap_or_else(|e| panic!("count the page's requests: {e}"));
        let n = |i: usize| v.get(i).and_then(serde_json::Value::as_u64).unwrap_or(0);
        Requests {
            started: n(0),
            in_flight: n(1),
        }
    }
}
