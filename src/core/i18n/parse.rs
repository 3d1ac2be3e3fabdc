// A locale's catalogue file (`src/core/i18n/<lang>.txt`), read by the core's build script (which
// generates the keys from `en.txt`), by `cargo xtask build` (which writes each other locale's strings
// in the keys' order) and by the catalogues' tests: one reader for all three.
//
// The format: one entry per line, `section.name = text`; a plural is two lines, `section.name.one = …`
// then `section.name.other = …`; `#` starts a comment line; blank lines are skipped. `{name}` in a text
// is filled by the code (every locale's text has the same placeholders as English's).

/// The sections spoken in English only: the agent portal's (`agent.…`), whose pages install no
/// language. Their keys go through the catalogue like every other (English's file holds them, the code
/// says `i18n::agent::…`), but no locale's file translates them and no page downloads them.
pub const ENGLISH_ONLY: [&str; 1] = ["agent"];

/// One line of a catalogue.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// `section.name`.
    pub key: String,
    /// `Some("one" | "other")` for a plural's form.
    pub form: Option<String>,
    pub text: String,
    /// 1-based, for messages.
    pub line: usize,
}

impl Entry {
    /// Whether other locales say this entry (it is not in an [`ENGLISH_ONLY`] section).
    pub fn translated(&self) -> bool {
        let section = self.key.split('.').next().unwrap_or_default();
        !ENGLISH_ONLY.contains(&section)
    }

    /// `section.name` or `section.name.form`: what identifies the entry in every locale.
    pub fn id(&self) -> String {
        match &self.form {
            Some(form) => format!("{}.{form}", self.key),
            None => self.key.clone(),
        }
    }
}

/// The entries of `file` (its text), in order; an error names the line that is not an entry.
pub fn parse(file: &str) -> Result<Vec<Entry>, String> {
    let mut entries: Vec<Entry> = Vec::new();
    for (i, raw) in file.lines().enumerate() {
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let at = i + 1;
        let (id, text) = line
            .split_once(" = ")
            .ok_or_else(|| format!("line {at}: not `section.name = text`: {line}"))?;
        let parts: Vec<&str> = id.trim().split('.').collect();
        let word = |p: &&str| {
            !p.is_empty()
                && p.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
        };
        let (key, form) = match parts.as_slice() {
            [s, n] if word(s) && word(n) => (format!("{s}.{n}"), None),
            [s, n, f] if word(s) && word(n) && (*f == "one" || *f == "other") => {
                (format!("{s}.{n}"), Some(f.to_string()))
            }
            _ => {
                return Err(format!(
                    "line {at}: `{id}` is not section.name[.one|.other]"
                ))
            }
        };
        let entry = Entry {
            key,
            form,
            text: text.trim().to_string(),
            line: at,
        };
        if entries.iter().any(|e| e.id() == entry.id()) {
            return Err(format!("line {at}: `{}` is there twice", entry.id()));
        }
        entries.push(entry);
    }
    Ok(entries)
}

/// The `{name}` placeholders of `text`, sorted.
pub fn placeholders(text: &str) -> Vec<String> {
    let mut found: Vec<String> = text
        .split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name.to_string()))
        .collect();
    found.sort();
    found
}

/// `other`'s texts in the order of `english`'s entries (the order of the strings a build ships), or
/// what is wrong: a key missing or unknown, a plural's form missing, placeholders that differ.
pub fn in_order_of(english: &[Entry], other: &[Entry]) -> Result<Vec<String>, Vec<String>> {
    let mut problems = Vec::new();
    let mut texts = Vec::new();
    for e in english.iter().filter(|e| e.translated()) {
        match other.iter().find(|o| o.id() == e.id()) {
            Some(o) if placeholders(&o.text) != placeholders(&e.text) => problems.push(format!(
                "line {}: `{}` has {:?}, English has {:?}",
                o.line,
                o.id(),
                placeholders(&o.text),
                placeholders(&e.text)
            )),
            Some(o) => texts.push(o.text.clone()),
            None => problems.push(format!("`{}` is missing", e.id())),
        }
    }
    for o in other {
        if !o.translated() {
            problems.push(format!(
                "line {}: `{}` is spoken in English only",
                o.line,
                o.id()
            ));
        } else if !english.iter().any(|e| e.id() == o.id()) {
            problems.push(format!(
                "line {}: `{}` is not an English key",
                o.line,
                o.id()
            ));
        }
    }
    if problems.is_empty() {
        Ok(texts)
    } else {
        Err(problems)
    }
}

/// English's `text` as the pseudo-locale says it: every letter accented, the whole marked with `[…]`
/// and a third longer (as German runs), placeholders untouched. A literal that is not in the catalogue
/// stands out as plain English among these.
pub fn pseudo(text: &str) -> String {
    let mut out = String::from("[");
    let mut in_placeholder = false;
    for c in text.chars() {
        in_placeholder = (in_placeholder || c == '{') && c != '}';
        out.push(match c {
            _ if in_placeholder => c,
            'a' => 'á',
            'e' => 'é',
            'i' => 'í',
            'o' => 'ö',
            'u' => 'ü',
            'c' => 'ç',
            'n' => 'ñ',
            'A' => 'Å',
            'C' => 'Ç',
            'E' => 'É',
            'O' => 'Ö',
            'U' => 'Ü',
            _ => c,
        });
    }
    let pad = text.chars().filter(|c| c.is_alphabetic()).count() / 3;
    out.push(' ');
    out.extend(std::iter::repeat_n('~', pad.max(1)));
    out.push(']');
    out
}
