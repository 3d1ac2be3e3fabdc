//! The largest contributors by crate to a module, from twiggy on the pre-bindgen module (which keeps
//! its names; sizes before wasm-bindgen and wasm-opt).

use crate::process::output;

/// The crate an item of twiggy's listing belongs to (`reactive_graph`, `core`, …), or what it is when
/// it is not code of a crate (data segments, tables, custom sections).
pub fn crate_of(item: &str) -> String {
    let mut name = item.trim();
    loop {
        let before = name;
        for prefix in ["<", "&mut ", "&", "dyn ", "impl ", "*const ", "*mut ", "("] {
            name = name.strip_prefix(prefix).unwrap_or(name);
        }
        if name == before {
            break;
        }
    }
    if name.starts_with("data") || name.starts_with(".rodata") || name.starts_with(".data") {
        return "(data)".into();
    }
    if name.starts_with("custom section") {
        return "(custom sections)".into();
    }
    // `T as core::fmt::Display`: a generic type's impl of a trait, counted to the trait's crate.
    if let Some((ty, tr)) = name.split_once(" as ") {
        if !ty.contains("::") {
            name = tr;
        }
    }
    match name.split_once("::") {
        // `core[c5930c85a12de822]`: a crate named with its hash.
        Some((krate, _)) if !krate.contains(' ') => {
            krate.split('[').next().unwrap_or(krate).to_string()
        }
        _ => format!("({})", name.split(['[', ' ']).next().unwrap_or(name)),
    }
}

/// The first two fields of a line of twiggy's CSV (`Name,ShallowSize,…`); a quoted name doubles its
/// quotes.
fn csv_name_and_size(line: &str) -> Option<(String, u64)> {
    let (name, rest) = if let Some(quoted) = line.strip_prefix('"') {
        let mut name = String::new();
        let mut chars = quoted.char_indices().peekable();
        let mut end = None;
        while let Some((i, c)) = chars.next() {
            if c == '"' {
                if chars.peek().map(|(_, c)| *c) == Some('"') {
                    chars.next();
                    name.push('"');
                } else {
                    end = Some(i + 1);
                    break;
                }
            } else {
                name.push(c);
            }
        }
        (name, quoted.get(end?..)?.strip_prefix(',')?)
    } else {
        let (name, rest) = line.split_once(',')?;
        (name.to_string(), rest)
    };
    let size = rest.split(',').next()?.parse().ok()?;
    Some((name, size))
}

/// The items of the module of binary `bin` that reach the browser, with their sizes, from twiggy.
fn items(tools: &crate::tools::Tools, bin: &str) -> Result<Vec<(String, u64)>, String> {
    let module = format!("target/wasm32-unknown-unknown/release/{bin}.wasm");
    let csv = output(
        tools
            .command("twiggy")
            .args(["top", "-n", "1000000", "-f", "csv", &module]),
    )
    .ok_or_else(|| format!("twiggy top {module} failed"))?;
    Ok(csv
        .lines()
        .skip(1)
        .filter_map(csv_name_and_size)
        // Names, custom sections and wasm-bindgen's describe exports are dropped before the browser
        // gets the module.
        .filter(|(name, _)| {
            !(name.contains("subsection")
                || name.starts_with("custom section")
                || name.starts_with("export ")
                || name.contains("__wbindgen_describe")
                || name.contains("WasmDescribe"))
        })
        .collect())
}

/// The generic family of an item: its path without type arguments, crate hashes or the symbol's hash
/// (`<tachys::html::element::HtmlElement<E,At,Ch> as tachys::view::Render>::build::h12ab` and every
/// other `HtmlElement` build count as one family), so that code instantiated many times shows as one.
pub fn family_of(item: &str) -> String {
    let mut out = String::new();
    let mut depth = 0usize;
    let mut chars = item.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            // `<T as Trait>` opens a qualified path at the start; `Name<…>` opens type arguments.
            '<' if out.is_empty() || out.ends_with('<') && depth == 0 => out.push(c),
            '<' => depth += 1,
            '>' if depth > 0 => depth -= 1,
            '[' if depth == 0 => {
                // A crate's hash: `core[c5930c85a12de822]`.
                for c in chars.by_ref() {
                    if c == ']' {
                        break;
                    }
                }
            }
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    match out.rsplit_once("::h") {
        Some((path, hash)) if hash.len() == 16 && hash.chars().all(|c| c.is_ascii_hexdigit()) => {
            path.to_string()
        }
        _ => out,
    }
}

fn percent(size: u64, total: u64) -> f64 {
    size as f64 * 100.0 / total.max(1) as f64
}

/// The largest contributors to the module of binary `bin`: by crate (`top_crates`), then by generic
/// family with how many instances each has (`top_families`).
pub fn profile(
    tools: &crate::tools::Tools,
    bin: &str,
    top_crates: usize,
    top_families: usize,
) -> Result<String, String> {
    let items = items(tools, bin)?;
    let total: u64 = items.iter().map(|(_, size)| size).sum();
    let mut crates: std::collections::BTreeMap<String, u64> = Default::default();
    let mut families: std::collections::BTreeMap<String, (u64, usize)> = Default::default();
    for (name, size) in &items {
        *crates.entry(crate_of(name)).or_default() += size;
        let family = families.entry(family_of(name)).or_default();
        family.0 += size;
        family.1 += 1;
    }
    let mut rows: Vec<(String, u64)> = crates.into_iter().collect();
    rows.sort_by_key(|r| std::cmp::Reverse(r.1));
    let mut t =
        format!("  {bin}.wasm before wasm-bindgen and wasm-opt, code and data: {total} B in all\n");
    for (krate, size) in rows.into_iter().take(top_crates) {
        t.push_str(&format!(
            "  {krate:<32} {size:>10} B {:>5.1} %\n",
            percent(size, total)
        ));
    }
    let mut rows: Vec<(String, (u64, usize))> = families.into_iter().collect();
    rows.sort_by_key(|r| std::cmp::Reverse(r.1 .0));
    t.push_str(&format!(
        "  the {top_families} largest families (instances):\n"
    ));
    for (family, (size, n)) in rows.into_iter().take(top_families) {
        let family: String = if family.chars().count() > 90 {
            family.chars().take(89).chain(['…']).collect()
        } else {
            family
        };
        t.push_str(&format!(
            "  {size:>8} B {:>5.1} % {n:>5}×  {family}\n",
            percent(size, total)
        ));
    }
    Ok(t)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_are_counted_to_their_crate() {
        assert_eq!(
            crate_of("reactive_graph::graph::Foo::bar::h12"),
            "reactive_graph"
        );
        assert_eq!(
            crate_of(
                "<tachys::html::element::HtmlElement<E,At,Ch> as tachys::view::Render>::build"
            ),
            "tachys"
        );
        assert_eq!(crate_of("<&T as core::fmt::Display>::fmt"), "core");
        assert_eq!(crate_of("core[c5930c85a12de822]::panicking::panic"), "core");
        assert_eq!(crate_of("data[3]"), "(data)");
        assert_eq!(crate_of("custom section '.debug_str'"), "(custom sections)");
        assert_eq!(crate_of("code[12]"), "(code)");
    }

    #[test]
    fn instances_of_a_generic_count_as_one_family() {
        assert_eq!(
            family_of("<tachys::html::element::HtmlElement<E,At,Ch> as tachys::view::Render>::build::h0123456789abcdef"),
            "<tachys::html::element::HtmlElement as tachys::view::Render>::build"
        );
        assert_eq!(
            family_of("core[c5930c85a12de822]::ptr::drop_in_place<alloc::vec::Vec<u8>>"),
            "core::ptr::drop_in_place"
        );
        assert_eq!(family_of("data[3]"), "data");
        assert_eq!(
            family_of("hostway_core::api::client::Client::send"),
            "hostway_core::api::client::Client::send"
        );
    }

    #[test]
    fn twiggy_csv_lines_are_read() {
        assert_eq!(
            csv_name_and_size(r#""<a::B<C,D> as e::F>::g::h1",15186,0.35,,"#),
            Some(("<a::B<C,D> as e::F>::g::h1".into(), 15186))
        );
        assert_eq!(
            csv_name_and_size(r#""data segment "".rodata""",104594,2.46,,"#),
            Some(("data segment \".rodata\"".into(), 104594))
        );
        assert_eq!(
            csv_name_and_size("core::fmt::write::h2,900,0.1,,"),
            Some(("core::fmt::write::h2".into(), 900))
        );
    }
}
