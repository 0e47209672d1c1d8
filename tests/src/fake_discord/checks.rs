//! What Discord refuses with 400 "Invalid Form Body": over-long text and embeds, too many
//! buttons, and commands it would not register. Checked on every message and command.

use serde_json::Value;

/// Discord's locales, the only keys allowed in `*_localizations`.
const LOCALES: &[&str] = &[
    "id", "da", "de", "en-GB", "en-US", "es-ES", "es-419", "fr", "hr", "it", "lt", "hu", "nl",
    "no", "pl", "pt-BR", "ro", "fi", "sv-SE", "vi", "tr", "cs", "el", "bg", "ru", "uk", "hi", "th",
    "zh-CN", "ja", "zh-TW", "ko",
];

fn chars(v: &Value) -> usize {
    v.as_str().map_or(0, |s| s.chars().count())
}

/// Why a message body would be refused, if it would.
pub fn message(body: &Value) -> Option<String> {
    if chars(&body["content"]) > 2000 {
        return Some("content: must be 2000 or fewer in length".into());
    }
    let embeds = body["embeds"].as_array().cloned().unwrap_or_default();
    if embeds.len() > 10 {
        return Some("embeds: at most 10".into());
    }
    let mut total = 0;
    for embed in &embeds {
        let fields = embed["fields"].as_array().cloned().unwrap_or_default();
        if chars(&embed["title"]) > 256 || chars(&embed["description"]) > 4096 || fields.len() > 25
        {
            return Some("embed: title, description or fields too long".into());
        }
        for f in &fields {
            if chars(&f["name"]) > 256 || chars(&f["value"]) > 1024 || chars(&f["value"]) == 0 {
                return Some("embed field: name or value too long or empty".into());
            }
            total += chars(&f["name"]) + chars(&f["value"]);
        }
        total += chars(&embed["title"]) + chars(&embed["description"]);
        total += chars(&embed["footer"]["text"]);
    }
    if total > 6000 {
        return Some("embeds: more than 6000 characters in all".into());
    }
    components(&body["components"])
}

/// Why action rows would be refused, if they would.
pub fn components(rows: &Value) -> Option<String> {
    let rows = rows.as_array().cloned().unwrap_or_default();
    if rows.len() > 5 {
        return Some("components: at most 5 action rows".into());
    }
    for row in &rows {
        let items = row["components"].as_array().cloned().unwrap_or_default();
        if items.is_empty() || items.len() > 5 {
            return Some("components: 1 to 5 per row".into());
        }
        for item in &items {
            let id = chars(&item["custom_id"]);
            if id > 100 || chars(&item["label"]) > 80 {
                return Some("component: custom_id or label too long".into());
            }
        }
    }
    None
}

/// Why an interaction response would be refused, if it would.
pub fn interaction_response(body: &Value) -> Option<String> {
    match body["type"].as_i64() {
        Some(9) => {
            let data = &body["data"];
            if chars(&data["title"]) > 45 || chars(&data["custom_id"]) > 100 {
                return Some("modal: title or custom_id too long".into());
            }
            components(&data["components"])
        }
        Some(1 | 4..=8) => message(&body["data"]),
        _ => Some("type: unknown interaction response type".into()),
    }
}

/// Why a command list would be refused, if it would.
pub fn commands(list: &Value) -> Option<String> {
    let list = list.as_array()?;
    if list.len() > 100 {
        return Some("at most 100 commands".into());
    }
    list.iter().find_map(command)
}

fn command(c: &Value) -> Option<String> {
    let name = c["name"].as_str().unwrap_or_default();
    let valid_name = (1..=32).contains(&name.chars().count())
        && name
            .chars()
            .all(|ch| ch.is_lowercase() || ch.is_ascii_digit() || ch == '-' || ch == '_');
    if !valid_name {
        return Some(format!("name {name:?} is not a valid command name"));
    }
    if !(1..=100).contains(&chars(&c["description"])) {
        return Some(format!("{name}: description must be 1-100 characters"));
    }
    for key in ["name_localizations", "description_localizations"] {
        if let Some(map) = c[key].as_object() {
            if let Some(bad) = map.keys().find(|k| !LOCALES.contains(&k.as_str())) {
                return Some(format!("{name}: {key}: {bad} is not a valid locale"));
            }
            if let Some(long) = map.values().find(|v| chars(v) > 100) {
                return Some(format!("{name}: {key}: {long} is too long"));
            }
        }
    }
    let options = c["options"].as_array().cloned().unwrap_or_default();
    if options.len() > 25 {
        return Some(format!("{name}: at most 25 options"));
    }
    options.iter().find_map(command)
}
