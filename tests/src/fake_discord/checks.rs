//! What Discord refuses before doing anything: over-long text and embeds, too many components,
//! malformed modals and autocomplete choices, commands it would not register, and empty
//! messages. Every route that creates or edits a message, answers an interaction or registers
//! commands checks its body here, so the limits live in one place.
//!
//! Refusals come back as Discord words them: 400 `Invalid Form Body` (code 50035) with an
//! `errors` tree naming each bad field, which serenity flattens into readable paths.

use serde_json::{Value, json};
use std::fmt::Display;

/// Discord's client locales, the only keys allowed in `*_localizations`.
pub const LOCALES: &[&str] = &[
    "id", "da", "de", "en-GB", "en-US", "es-ES", "es-419", "fr", "hr", "it", "lt", "hu", "nl",
    "no", "pl", "pt-BR", "ro", "fi", "sv-SE", "vi", "tr", "cs", "el", "bg", "ru", "uk", "hi", "th",
    "zh-CN", "ja", "zh-TW", "ko",
];

/// One field Discord would refuse, at a dotted path in the body (`embeds.0.title`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Problem {
    pub path: String,
    pub code: &'static str,
    pub message: String,
}

/// Why a body is refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Refusal {
    /// 400, code 50035.
    Invalid(Vec<Problem>),
    /// 400, code 50006: no content, embeds, components or files.
    Empty,
}

/// What the message carries besides its JSON: files sent in the same multipart request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A new message: must not be empty.
    New { files: bool },
    /// An edit: any subset of fields.
    Edit,
}

/// The `errors` tree of an Invalid Form Body answer.
pub(crate) fn errors_tree(problems: &[Problem]) -> Value {
    let mut root = json!({});
    for problem in problems {
        let mut node = &mut root;
        for key in problem.path.split('.').filter(|k| !k.is_empty()) {
            node = &mut node[key];
        }
        let errors = &mut node["_errors"];
        if !errors.is_array() {
            *errors = json!([]);
        }
        if let Some(list) = errors.as_array_mut() {
            list.push(json!({"code": problem.code, "message": problem.message}));
        }
    }
    root
}

/// A message body (channel message, follow-up, edit, or an interaction response's `data`).
pub(crate) fn message(body: &Value, kind: Kind) -> Result<(), Refusal> {
    let mut form = Form::default();
    message_fields(&mut form, "", body);
    form.result()?;
    if let Kind::New { files } = kind
        && !files
        && is_empty(body)
    {
        return Err(Refusal::Empty);
    }
    Ok(())
}

/// An interaction response (`{type, data}`) sent to the callback route.
pub(crate) fn interaction_response(body: &Value, files: bool) -> Result<(), Refusal> {
    let data = &body["data"];
    match body["type"].as_i64() {
        // PONG, deferrals: nothing to check beyond flags.
        Some(1 | 5 | 6) => Ok(()),
        Some(4) => message(data, Kind::New { files }).map_err(|r| nest(r, "data")),
        Some(7) => message(data, Kind::Edit).map_err(|r| nest(r, "data")),
        Some(8) => {
            let mut form = Form::default();
            autocomplete(&mut form, "data", data);
            form.result()
        }
        Some(9) => {
            let mut form = Form::default();
            modal(&mut form, "data", data);
            form.result()
        }
        // PREMIUM_REQUIRED (deprecated) and LAUNCH_ACTIVITY carry nothing to check.
        Some(10 | 12) => Ok(()),
        _ => {
            let mut form = Form::default();
            form.add(
                "type",
                "BASE_TYPE_CHOICES",
                "Value must be one of {1, 4, 5, 6, 7, 8, 9, 10, 12}.",
            );
            form.result()
        }
    }
}

/// A forum post: the thread's name and tags, and its first message.
pub(crate) fn forum_post(body: &Value, files: bool) -> Result<(), Refusal> {
    let mut form = Form::default();
    form.between("name", &body["name"], 1, 100);
    if body["applied_tags"].as_array().is_some_and(|t| t.len() > 5) {
        form.add(
            "applied_tags",
            "BASE_TYPE_MAX_LENGTH",
            "Must be 5 or fewer in length.",
        );
    }
    form.result()?;
    message(&body["message"], Kind::New { files }).map_err(|r| nest(r, "message"))
}

/// A bulk overwrite of application commands.
pub(crate) fn commands(list: &Value) -> Result<(), Refusal> {
    let mut form = Form::default();
    let Some(list) = list.as_array() else {
        form.add("", "BASE_TYPE_ARRAY", "Must be an array.");
        return form.result();
    };
    let chat_input = list.iter().filter(|c| command_type(c) == 1).count();
    if chat_input > 100 {
        form.add(
            "",
            "BASE_TYPE_MAX_LENGTH",
            "Must be 100 or fewer in length.",
        );
    }
    unique_names(&mut form, "", list);
    for (n, command) in list.iter().enumerate() {
        let path = n.to_string();
        let chat = command_type(command) == 1;
        name(&mut form, &join(&path, "name"), &command["name"], chat);
        if chat {
            form.between(&join(&path, "description"), &command["description"], 1, 100);
        }
        localizations(&mut form, &path, command, chat);
        options(&mut form, &path, &command["options"]);
    }
    form.result()
}

/// Problems collected while walking one body.
#[derive(Debug, Default)]
struct Form(Vec<Problem>);

impl Form {
    fn add(&mut self, path: &str, code: &'static str, message: impl Into<String>) {
        self.0.push(Problem {
            path: path.to_owned(),
            code,
            message: message.into(),
        });
    }

    fn result(self) -> Result<(), Refusal> {
        if self.0.is_empty() {
            Ok(())
        } else {
            Err(Refusal::Invalid(self.0))
        }
    }

    /// At most `max` characters (absent counts as empty).
    fn at_most(&mut self, path: &str, value: &Value, max: usize) {
        if chars(value) > max {
            self.add(
                path,
                "BASE_TYPE_MAX_LENGTH",
                format!("Must be {max} or fewer in length."),
            );
        }
    }

    /// Between `min` and `max` characters, as required fields are.
    fn between(&mut self, path: &str, value: &Value, min: usize, max: usize) {
        if !(min..=max).contains(&chars(value)) {
            self.add(
                path,
                "BASE_TYPE_BAD_LENGTH",
                format!("Must be between {min} and {max} in length."),
            );
        }
    }

    /// At most `max` items in an array.
    fn at_most_items(&mut self, path: &str, value: &Value, max: usize) {
        if items(value).len() > max {
            self.add(
                path,
                "BASE_TYPE_MAX_LENGTH",
                format!("Must be {max} or fewer in length."),
            );
        }
    }
}

fn chars(v: &Value) -> usize {
    v.as_str().map_or(0, |s| s.chars().count())
}

fn items(v: &Value) -> &[Value] {
    v.as_array().map_or(&[], Vec::as_slice)
}

fn join(prefix: &str, key: impl Display) -> String {
    if prefix.is_empty() {
        key.to_string()
    } else {
        format!("{prefix}.{key}")
    }
}

/// Moves every problem under `prefix` (a message checked as an interaction's `data`).
fn nest(refusal: Refusal, prefix: &str) -> Refusal {
    match refusal {
        Refusal::Invalid(problems) => Refusal::Invalid(
            problems
                .into_iter()
                .map(|p| Problem {
                    path: join(prefix, &p.path),
                    ..p
                })
                .collect(),
        ),
        Refusal::Empty => Refusal::Empty,
    }
}

fn is_empty(body: &Value) -> bool {
    let content = body["content"]
        .as_str()
        .is_some_and(|s| !s.trim().is_empty());
    let carried = ["embeds", "components", "sticker_ids", "attachments"]
        .iter()
        .any(|key| !items(&body[*key]).is_empty());
    !content && !carried && body["poll"].is_null()
}

fn message_fields(form: &mut Form, prefix: &str, body: &Value) {
    form.at_most(&join(prefix, "content"), &body["content"], 2000);
    let embeds = items(&body["embeds"]);
    form.at_most_items(&join(prefix, "embeds"), &body["embeds"], 10);
    let mut total = 0;
    for (n, embed) in embeds.iter().enumerate() {
        total += embed_fields(form, &join(prefix, format!("embeds.{n}")), embed);
    }
    if total > 6000 {
        form.add(
            &join(prefix, "embeds"),
            "MAX_EMBED_SIZE_EXCEEDED",
            "Embed size exceeds maximum size of 6000",
        );
    }
    components(form, &join(prefix, "components"), &body["components"]);
}

/// Checks one embed and returns the characters it counts towards the 6,000 total.
fn embed_fields(form: &mut Form, path: &str, embed: &Value) -> usize {
    form.at_most(&join(path, "title"), &embed["title"], 256);
    form.at_most(&join(path, "description"), &embed["description"], 4096);
    form.at_most(&join(path, "footer.text"), &embed["footer"]["text"], 2048);
    form.at_most(&join(path, "author.name"), &embed["author"]["name"], 256);
    form.at_most_items(&join(path, "fields"), &embed["fields"], 25);
    let mut total = chars(&embed["title"])
        + chars(&embed["description"])
        + chars(&embed["footer"]["text"])
        + chars(&embed["author"]["name"]);
    for (n, field) in items(&embed["fields"]).iter().enumerate() {
        let at = join(path, format!("fields.{n}"));
        form.between(&join(&at, "name"), &field["name"], 1, 256);
        form.between(&join(&at, "value"), &field["value"], 1, 1024);
        total += chars(&field["name"]) + chars(&field["value"]);
    }
    total
}

/// Action rows of a message: at most 5, each with 1-5 buttons or one select menu.
fn components(form: &mut Form, path: &str, rows: &Value) {
    form.at_most_items(path, rows, 5);
    for (n, row) in items(rows).iter().enumerate() {
        let at = join(path, n);
        let inner = items(&row["components"]);
        let selects = inner
            .iter()
            .filter(|c| matches!(c["type"].as_i64(), Some(3 | 5..=8)))
            .count();
        if inner.is_empty() || inner.len() > 5 || (selects > 0 && inner.len() > 1) {
            form.add(
                &join(&at, "components"),
                "BASE_TYPE_BAD_LENGTH",
                "Must be between 1 and 5 in length (a select menu fills its row).",
            );
        }
        for (m, item) in inner.iter().enumerate() {
            component(form, &join(&at, format!("components.{m}")), item);
        }
    }
}

fn component(form: &mut Form, path: &str, item: &Value) {
    let link = item["type"].as_i64() == Some(2) && item["style"].as_i64() == Some(5);
    if link {
        if item["url"].as_str().is_none_or(str::is_empty) {
            form.add(
                &join(path, "url"),
                "BASE_TYPE_REQUIRED",
                "This field is required",
            );
        }
    } else {
        form.between(&join(path, "custom_id"), &item["custom_id"], 1, 100);
    }
    form.at_most(&join(path, "label"), &item["label"], 80);
    form.at_most(&join(path, "placeholder"), &item["placeholder"], 150);
    form.at_most_items(&join(path, "options"), &item["options"], 25);
}

/// A modal: a title, a custom id, and 1-5 rows of one text input each.
fn modal(form: &mut Form, path: &str, data: &Value) {
    form.between(&join(path, "title"), &data["title"], 1, 45);
    form.between(&join(path, "custom_id"), &data["custom_id"], 1, 100);
    let rows = &data["components"];
    if !(1..=5).contains(&items(rows).len()) {
        form.add(
            &join(path, "components"),
            "BASE_TYPE_BAD_LENGTH",
            "Must be between 1 and 5 in length.",
        );
    }
    for (n, row) in items(rows).iter().enumerate() {
        let at = join(path, format!("components.{n}.components"));
        let inputs = items(&row["components"]);
        if inputs.len() != 1 || inputs[0]["type"].as_i64() != Some(4) {
            form.add(
                &at,
                "BASE_TYPE_BAD_LENGTH",
                "A modal row holds exactly one text input.",
            );
            continue;
        }
        let input = &inputs[0];
        let at = join(&at, 0);
        form.between(&join(&at, "custom_id"), &input["custom_id"], 1, 100);
        form.between(&join(&at, "label"), &input["label"], 1, 45);
        form.at_most(&join(&at, "placeholder"), &input["placeholder"], 100);
        form.at_most(&join(&at, "value"), &input["value"], 4000);
        for key in ["min_length", "max_length"] {
            if input[key].as_u64().is_some_and(|n| n > 4000) {
                form.add(
                    &join(&at, key),
                    "NUMBER_TYPE_MAX",
                    "int value should be less than or equal to 4000.",
                );
            }
        }
    }
}

/// Autocomplete choices: at most 25, names 1-100 characters, string values at most 100.
fn autocomplete(form: &mut Form, path: &str, data: &Value) {
    let choices = &data["choices"];
    form.at_most_items(&join(path, "choices"), choices, 25);
    for (n, choice) in items(choices).iter().enumerate() {
        let at = join(path, format!("choices.{n}"));
        form.between(&join(&at, "name"), &choice["name"], 1, 100);
        form.at_most(&join(&at, "value"), &choice["value"], 100);
    }
}

fn command_type(command: &Value) -> i64 {
    command["type"].as_i64().unwrap_or(1)
}

/// A slash command's (or option's) name: 1-32 lowercase letters, digits, `-` or `_`. User and
/// message commands may use any 1-32 characters.
fn name(form: &mut Form, path: &str, value: &Value, chat_input: bool) {
    let text = value.as_str().unwrap_or_default();
    let length_ok = (1..=32).contains(&text.chars().count());
    let chars_ok = !chat_input
        || text.chars().all(|ch| {
            ch == '-' || ch == '_' || ch.is_numeric() || (ch.is_alphabetic() && !ch.is_uppercase())
        });
    if !length_ok || !chars_ok {
        form.add(
            path,
            "APPLICATION_COMMAND_INVALID_NAME",
            format!("Command name {text:?} is invalid"),
        );
    }
}

fn localizations(form: &mut Form, path: &str, item: &Value, chat_input: bool) {
    for key in ["name_localizations", "description_localizations"] {
        let Some(map) = item[key].as_object() else {
            continue;
        };
        for (locale, text) in map {
            let at = join(path, format!("{key}.{locale}"));
            if !LOCALES.contains(&locale.as_str()) {
                form.add(
                    &at,
                    "ENUM_TYPE_COERCE",
                    format!("Value {locale:?} is not a valid enum value."),
                );
            } else if key == "name_localizations" {
                name(form, &at, text, chat_input);
            } else {
                form.between(&at, text, 1, 100);
            }
        }
    }
}

/// Options of a command or subcommand, recursively.
fn options(form: &mut Form, path: &str, list: &Value) {
    let at = join(path, "options");
    form.at_most_items(&at, list, 25);
    let list = items(list);
    unique_names(form, &at, list);
    // Required options must come before optional ones (subcommands are neither).
    let mut optional_seen = false;
    for (n, option) in list.iter().enumerate() {
        let here = join(&at, n);
        name(form, &join(&here, "name"), &option["name"], true);
        form.between(&join(&here, "description"), &option["description"], 1, 100);
        localizations(form, &here, option, true);
        let kind = option["type"].as_i64().unwrap_or_default();
        if kind >= 3 {
            let required = option["required"].as_bool().unwrap_or(false);
            if required && optional_seen {
                form.add(
                    &join(&here, "required"),
                    "APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID",
                    "Required options must be placed before non-required options",
                );
            }
            optional_seen |= !required;
        }
        form.at_most_items(&join(&here, "choices"), &option["choices"], 25);
        for (m, choice) in items(&option["choices"]).iter().enumerate() {
            form.between(
                &join(&here, format!("choices.{m}.name")),
                &choice["name"],
                1,
                100,
            );
        }
        options(form, &here, &option["options"]);
    }
}

fn unique_names(form: &mut Form, path: &str, list: &[Value]) {
    let mut seen = std::collections::HashSet::new();
    for item in list {
        let key = (
            command_type(item),
            item["name"].as_str().unwrap_or_default(),
        );
        if !seen.insert(key) {
            form.add(
                path,
                "APPLICATION_COMMANDS_DUPLICATE_NAME",
                format!("Application command names must be unique: {:?}", key.1),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problems(result: Result<(), Refusal>) -> Vec<String> {
        match result {
            Err(Refusal::Invalid(list)) => list.into_iter().map(|p| p.path).collect(),
            other => panic!("expected Invalid Form Body, got {other:?}"),
        }
    }

    #[test]
    fn long_content_and_embeds_are_refused_with_their_paths() {
        let body = json!({"content": "x".repeat(2001), "embeds": [{"title": "t".repeat(257)}]});
        assert_eq!(
            problems(message(&body, Kind::Edit)),
            ["content", "embeds.0.title"]
        );
        let six_thousand = json!({"embeds": [
            {"description": "d".repeat(4000)}, {"description": "d".repeat(2001)}
        ]});
        assert_eq!(problems(message(&six_thousand, Kind::Edit)), ["embeds"]);
    }

    #[test]
    fn empty_new_messages_are_refused_but_files_count() {
        let empty = json!({"content": " "});
        assert_eq!(
            message(&empty, Kind::New { files: false }),
            Err(Refusal::Empty)
        );
        assert_eq!(message(&empty, Kind::New { files: true }), Ok(()));
        assert_eq!(message(&empty, Kind::Edit), Ok(()));
    }

    #[test]
    fn rows_hold_five_buttons_and_ids_hold_100_characters() {
        let button = |id: &str| json!({"type": 2, "style": 1, "label": "b", "custom_id": id});
        let six = json!({"components": [{"type": 1, "components": vec![button("a"); 6]}]});
        assert_eq!(
            problems(message(&six, Kind::Edit)),
            ["components.0.components"]
        );
        let long = json!({"components": [{"type": 1, "components": [button(&"i".repeat(101))]}]});
        assert_eq!(
            problems(message(&long, Kind::Edit)),
            ["components.0.components.0.custom_id"]
        );
    }

    #[test]
    fn modal_titles_hold_45_characters() {
        let modal = json!({"type": 9, "data": {"title": "t".repeat(46), "custom_id": "m",
            "components": [{"type": 1, "components": [
                {"type": 4, "custom_id": "f", "label": "Title", "style": 1}]}]}});
        assert_eq!(
            problems(interaction_response(&modal, false)),
            ["data.title"]
        );
    }

    #[test]
    fn commands_need_discord_names_and_locales() {
        let list = json!([
            {"name": "idea", "description": "Post an idea",
             "description_localizations": {"cy": "Postio syniad", "de": "Idee"}},
            {"name": "Vote", "description": "Vote"},
        ]);
        assert_eq!(
            problems(commands(&list)),
            ["0.description_localizations.cy", "1.name"]
        );
        let errors = errors_tree(&[Problem {
            path: "0.name_localizations.cy".into(),
            code: "ENUM_TYPE_COERCE",
            message: "bad".into(),
        }]);
        assert_eq!(
            errors["0"]["name_localizations"]["cy"]["_errors"][0]["code"],
            "ENUM_TYPE_COERCE"
        );
    }

    #[test]
    fn required_options_come_first() {
        let list = json!([{"name": "idea", "description": "d", "options": [
            {"type": 3, "name": "body", "description": "d"},
            {"type": 4, "name": "challenge", "description": "d", "required": true},
        ]}]);
        assert_eq!(problems(commands(&list)), ["0.options.1.required"]);
    }
}
