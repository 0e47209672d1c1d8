//! Reply markup: Telegram's checks on inline keyboards, and the buttons a person sees.

use super::failure::ApiError;
use serde_json::Value;

/// One button as a person sees it, with what pressing it does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Button {
    pub text: String,
    /// Sent back in a callback query when pressed (inline keyboards).
    pub callback_data: Option<String>,
    /// Opened when pressed.
    pub url: Option<String>,
}

/// Most buttons Telegram takes in one inline keyboard.
pub const MAX_BUTTONS: usize = 100;

/// Most bytes of `callback_data`.
pub const MAX_CALLBACK_DATA: usize = 64;

const ACTIONS: &[&str] = &[
    "url",
    "callback_data",
    "web_app",
    "login_url",
    "switch_inline_query",
    "switch_inline_query_current_chat",
    "switch_inline_query_chosen_chat",
    "copy_text",
    "callback_game",
    "pay",
];

/// Checks a `reply_markup` as Telegram does before sending anything.
pub(crate) fn check(markup: &Value) -> Result<(), ApiError> {
    if !markup.is_object() {
        return Err(ApiError::bad_request("Object expected as reply markup"));
    }
    let Some(rows) = markup.get("inline_keyboard") else {
        return Ok(());
    };
    let rows = rows.as_array().ok_or_else(|| {
        ApiError::bad_request(
            "can't parse inline keyboard: field \"inline_keyboard\" must be an Array",
        )
    })?;
    let mut count = 0;
    for row in rows {
        let row = row.as_array().ok_or_else(|| {
            ApiError::bad_request("can't parse inline keyboard: keyboard row must be an Array")
        })?;
        for button in row {
            count += 1;
            check_button(button)?;
        }
    }
    if count > MAX_BUTTONS {
        return Err(ApiError::bad_request("reply markup is too long"));
    }
    Ok(())
}

fn check_button(button: &Value) -> Result<(), ApiError> {
    if !button.get("text").is_some_and(Value::is_string) {
        return Err(ApiError::bad_request(
            "can't parse inline keyboard button: Field \"text\" must be of type String",
        ));
    }
    let present = |key: &&str| button.get(*key).is_some_and(|value| !value.is_null());
    if !ACTIONS.iter().any(present) {
        return Err(ApiError::bad_request(
            "can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard",
        ));
    }
    if let Some(data) = button.get("callback_data").filter(|value| !value.is_null()) {
        let bytes = data.as_str().map_or(0, str::len);
        if bytes == 0 || bytes > MAX_CALLBACK_DATA {
            return Err(ApiError::bad_request("BUTTON_DATA_INVALID"));
        }
    }
    if let Some(url) = button.get("url").filter(|value| !value.is_null()) {
        let url = url.as_str().unwrap_or_default();
        let scheme_ok = ["http://", "https://", "tg://"]
            .iter()
            .any(|scheme| url.starts_with(scheme) && url.len() > scheme.len());
        if !scheme_ok || url.contains(char::is_whitespace) {
            return Err(ApiError::bad_request("BUTTON_URL_INVALID"));
        }
    }
    Ok(())
}

/// The buttons of a markup, row by row (inline keyboards and reply keyboards alike).
pub(crate) fn buttons(markup: Option<&Value>) -> Vec<Vec<Button>> {
    let Some(markup) = markup else {
        return Vec::new();
    };
    let rows = markup
        .get("inline_keyboard")
        .or_else(|| markup.get("keyboard"))
        .and_then(Value::as_array);
    rows.into_iter()
        .flatten()
        .map(|row| {
            row.as_array()
                .into_iter()
                .flatten()
                .map(|button| {
                    let field =
                        |key: &str| button.get(key).and_then(Value::as_str).map(str::to_owned);
                    match button {
                        Value::String(text) => Button {
                            text: text.clone(),
                            callback_data: None,
                            url: None,
                        },
                        _ => Button {
                            text: field("text").unwrap_or_default(),
                            callback_data: field("callback_data"),
                            url: field("url"),
                        },
                    }
                })
                .collect()
        })
        .collect()
}

/// Whether a markup is an inline keyboard (the only kind attached to the message itself).
pub(crate) fn is_inline(markup: Option<&Value>) -> bool {
    markup.is_some_and(|markup| markup.get("inline_keyboard").is_some())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn keyboard(buttons: Vec<Value>) -> Value {
        json!({ "inline_keyboard": [buttons] })
    }

    fn refusal(markup: &Value) -> String {
        check(markup).unwrap_err().description
    }

    #[test]
    fn callback_data_is_one_to_sixty_four_bytes() {
        let ok = keyboard(vec![json!({"text": "a", "callback_data": "é".repeat(32)})]);
        assert!(check(&ok).is_ok());
        let long = keyboard(vec![json!({"text": "a", "callback_data": "x".repeat(65)})]);
        assert_eq!(refusal(&long), "Bad Request: BUTTON_DATA_INVALID");
        let empty = keyboard(vec![json!({"text": "a", "callback_data": ""})]);
        assert_eq!(refusal(&empty), "Bad Request: BUTTON_DATA_INVALID");
    }

    #[test]
    fn buttons_need_an_action_and_a_sane_url() {
        assert!(
            refusal(&keyboard(vec![json!({"text": "a"})])).contains("Text buttons are unallowed")
        );
        let bad_url = keyboard(vec![json!({"text": "a", "url": "javascript:alert(1)"})]);
        assert_eq!(refusal(&bad_url), "Bad Request: BUTTON_URL_INVALID");
    }

    #[test]
    fn at_most_a_hundred_buttons() {
        let row: Vec<Value> = (0..8)
            .map(|i| json!({"text": "b", "callback_data": i.to_string()}))
            .collect();
        let rows: Vec<Value> = (0..13).map(|_| json!(row)).collect();
        assert_eq!(
            refusal(&json!({ "inline_keyboard": rows })),
            "Bad Request: reply markup is too long"
        );
    }

    #[test]
    fn buttons_read_back_row_by_row() {
        let markup = json!({"inline_keyboard": [[{"text": "Support", "callback_data": "v:1"}], [{"text": "Open", "url": "https://x.test"}]]});
        assert_eq!(
            buttons(Some(&markup)),
            vec![
                vec![Button {
                    text: "Support".into(),
                    callback_data: Some("v:1".into()),
                    url: None
                }],
                vec![Button {
                    text: "Open".into(),
                    callback_data: None,
                    url: Some("https://x.test".into())
                }],
            ]
        );
    }
}
