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

/// The largest contributors by crate to the module of binary `bin`, from twiggy.
pub fn by_crate(tools: &crate::tools::Tools, bin: &str, top: usize) -> Result<String, String> {
    let module = format!("target/wasm32-unknown-unknown/release/{bin}.wasm");
    let csv = output(
        tools
            .command("twiggy")
            .args(["top", "-n", "1000000", "-f", "csv", &module]),
    )
    .ok_or_else(|| format!("twiggy top {module} failed"))?;
    let mut sizes: std::collections::BTreeMap<String, u64> = Default::default();
    let mut total = 0;
    for line in csv.lines().skip(1) {
        let Some((name, size)) = csv_name_and_size(line) else {
            continue;
        };
        // Names, custom sections and wasm-bindgen's describe exports are dropped before the browser
        // gets the module.
        if name.contains("subsection")
            || name.starts_with("custom section")
            || name.starts_with("export ")
            || name.contains("__wbindgen_describe")
            || name.contains("WasmDescribe>::describe")
        {
            continue;
        }
        total += size;
        *sizes.entry(crate_of(&name)).or_default() += size;
    }
    let mut rows: Vec<(String, u64)> = sizes.into_iter().collect();
    rows.sort_by_key(|r| std::cmp::Reverse(r.1));
    let mut t =
        format!("  {bin}.wasm before wasm-bindgen and wasm-opt, code and data: {total} B in all\n");
    for (krate, size) in rows.into_iter().take(top) {
        t.push_str(&format!(
            "  {krate:<32} {size:>10} B {:>5.1} %\n",
            size as f64 * 100.0 / total.max(1) as f64
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
