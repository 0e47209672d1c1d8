//! Method parameters as Telegram accepts them: a JSON body, a urlencoded form or query string, or
//! multipart/form-data with files. Form values stay strings; the readers here coerce as Telegram
//! does, so `"42"` and `42` are the same `chat_id`.

use super::failure::ApiError;
use axum::extract::{FromRequest, Multipart, Request};
use axum::http::header::CONTENT_TYPE;
use serde_json::{Map, Value};

/// A file sent in a multipart request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UploadedFile {
    /// The multipart field name (teloxide uses a random id referred to as `attach://<id>`).
    pub field: String,
    pub file_name: Option<String>,
    pub content_type: Option<String>,
    pub size: usize,
    pub data: Vec<u8>,
}

/// Largest request body accepted (Telegram: 50 MB for uploads).
pub(crate) const MAX_BODY: usize = 50 * 1024 * 1024;

/// Reads the parameters and files of one request, whatever its encoding.
pub(crate) async fn read(request: Request) -> Result<(Value, Vec<UploadedFile>), ApiError> {
    let mut params = Map::new();
    if let Some(query) = request.uri().query() {
        for (key, value) in form_urlencoded::parse(query.as_bytes()) {
            params.insert(key.into_owned(), Value::String(value.into_owned()));
        }
    }
    let content_type = request
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .unwrap_or_default()
        .to_ascii_lowercase();
    let mut files = Vec::new();
    if content_type.starts_with("multipart/form-data") {
        let mut multipart = Multipart::from_request(request, &())
            .await
            .map_err(|error| ApiError::bad_request(format_args!("bad multipart body: {error}")))?;
        while let Some(field) = multipart
            .next_field()
            .await
            .map_err(|error| ApiError::bad_request(format_args!("bad multipart body: {error}")))?
        {
            let name = field.name().unwrap_or_default().to_owned();
            let file_name = field.file_name().map(str::to_owned);
            let field_type = field.content_type().map(str::to_owned);
            let data = field.bytes().await.map_err(|error| {
                ApiError::bad_request(format_args!("bad multipart body: {error}"))
            })?;
            if file_name.is_some() {
                files.push(UploadedFile {
                    field: name,
                    file_name,
                    content_type: field_type,
                    size: data.len(),
                    data: data.to_vec(),
                });
            } else {
                let text = String::from_utf8_lossy(&data).into_owned();
                params.insert(name, Value::String(text));
            }
        }
    } else {
        let body = axum::body::to_bytes(request.into_body(), MAX_BODY)
            .await
            .map_err(|_| ApiError::new(413, "Request Entity Too Large"))?;
        if content_type.starts_with("application/x-www-form-urlencoded") {
            for (key, value) in form_urlencoded::parse(&body) {
                params.insert(key.into_owned(), Value::String(value.into_owned()));
            }
        } else if !body.iter().all(u8::is_ascii_whitespace) {
            match serde_json::from_slice::<Value>(&body) {
                Ok(Value::Object(object)) => params.extend(object),
                Ok(_) => return Err(ApiError::bad_request("parameters must be a JSON object")),
                Err(error) => {
                    return Err(ApiError::bad_request(format_args!(
                        "can't parse JSON body: {error}"
                    )));
                }
            }
        }
    }
    Ok((Value::Object(params), files))
}

/// An integer parameter, given as a number or a numeric string.
pub(crate) fn int(params: &Value, key: &str) -> Option<i64> {
    match params.get(key)? {
        Value::Number(number) => number.as_i64(),
        Value::String(text) => text.trim().parse().ok(),
        _ => None,
    }
}

/// A string parameter; numbers and booleans read as their text.
pub(crate) fn text(params: &Value, key: &str) -> Option<String> {
    match params.get(key)? {
        Value::String(text) => Some(text.clone()),
        Value::Number(number) => Some(number.to_string()),
        Value::Bool(flag) => Some(flag.to_string()),
        _ => None,
    }
}

/// A boolean parameter (`true`, `"true"`, `1`).
pub(crate) fn flag(params: &Value, key: &str) -> bool {
    match params.get(key) {
        Some(Value::Bool(flag)) => *flag,
        Some(Value::String(text)) => matches!(text.as_str(), "true" | "True" | "1"),
        Some(Value::Number(number)) => number.as_i64() == Some(1),
        _ => false,
    }
}

/// An object or array parameter, given as JSON or as a JSON string (forms carry it that way).
pub(crate) fn object(params: &Value, key: &str) -> Result<Option<Value>, ApiError> {
    match params.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(text)) if text.trim().is_empty() => Ok(None),
        Some(Value::String(text)) => serde_json::from_str(text)
            .map(Some)
            .map_err(|_| ApiError::bad_request(format_args!("can't parse {key} JSON object"))),
        Some(value) => Ok(Some(value.clone())),
    }
}

/// The `chat_id` parameter, required: numeric ids only (the fake has no public usernames).
pub(crate) fn chat_id(params: &Value) -> Result<i64, ApiError> {
    match params.get("chat_id") {
        None | Some(Value::Null) => Err(ApiError::bad_request("chat_id is empty")),
        Some(_) => int(params, "chat_id").ok_or_else(|| ApiError::bad_request("chat not found")),
    }
}
