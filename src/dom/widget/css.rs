//! The widgets' stylesheets as the browser needs them: the files' comments (written for people) out,
//! each run of whitespace one space. Done by the compiler (`const fn`), so the module carries the
//! smaller text and no code for it: about 0.7 KB gzip off the first stage a shop's every page view pays.

/// The length of `css` minified.
pub const fn minified_len(css: &str) -> usize {
    walk(css.as_bytes(), None)
}

/// `css` minified, into `N` ([`minified_len`]) bytes.
pub const fn minify<const N: usize>(css: &str) -> [u8; N] {
    let mut out = [0u8; N];
    walk(css.as_bytes(), Some(&mut out));
    out
}

const fn walk(b: &[u8], mut out: Option<&mut [u8]>) -> usize {
    let (mut i, mut n, mut space) = (0, 0, false);
    while i < b.len() {
        if b[i] == b'/' && i + 1 < b.len() && b[i + 1] == b'*' {
            i += 2;
            while i + 1 < b.len() && !(b[i] == b'*' && b[i + 1] == b'/') {
                i += 1;
            }
            i += 2;
            space = true;
            continue;
        }
        let c = b[i];
        i += 1;
        if matches!(c, b' ' | b'\n' | b'\t' | b'\r') {
            space = true;
            continue;
        }
        if space && n > 0 {
            if let Some(o) = &mut out {
                o[n] = b' ';
            }
            n += 1;
        }
        space = false;
        if let Some(o) = &mut out {
            o[n] = c;
        }
        n += 1;
    }
    n
}

/// A stylesheet (a `&'static str` constant) minified at compile time.
#[macro_export]
macro_rules! minified {
    ($css:expr) => {{
        const LEN: usize = $crate::widget::css::minified_len($css);
        const BYTES: [u8; LEN] = $crate::widget::css::minify::<LEN>($css);
        match core::str::from_utf8(&BYTES) {
            Ok(s) => s,
            Err(_) => panic!("a stylesheet is UTF-8"),
        }
    }};
}
pub use minified;

/// Whether `small` is `raw` minified with every rule kept: the same text without comments and
/// whitespace, smaller, with no comment left (the widgets' stylesheets are checked with it).
pub fn same_rules(raw: &str, small: &str) -> bool {
    let bare = |s: &str| -> String {
        let mut out = String::new();
        let mut rest = s;
        while let Some(at) = rest.find("/*") {
            out.push_str(&rest[..at]);
            rest = &rest[at + 2..];
            rest = &rest[rest.find("*/").map_or(rest.len(), |e| e + 2)..];
        }
        out.push_str(rest);
        out.split_whitespace().collect()
    };
    small.len() < raw.len() && !small.contains("/*") && bare(small) == bare(raw)
}

#[cfg(test)]
mod tests {
    const SHEET: &str =
        "/* a rule */\n.a  {\n  content: \"▾\" / \"\";\n}\n\n/* b */ .b > .c { x: 1 }\n";

    #[test]
    fn comments_go_and_whitespace_is_one_space() {
        assert_eq!(
            minified!(SHEET),
            ".a { content: \"▾\" / \"\"; } .b > .c { x: 1 }"
        );
    }

    #[test]
    fn the_first_stages_sheet_keeps_every_rule() {
        let (raw, small) = (super::super::first::RAW_CSS, super::super::first::CSS);
        assert!(super::same_rules(raw, small));
    }
}
