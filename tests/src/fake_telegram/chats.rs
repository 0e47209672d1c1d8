//! Who is who: the fake's bot, users and chats, and how Telegram shows them in JSON.

use serde_json::{Value, json};

/// What kind of chat an id names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChatKind {
    Private,
    Group,
    Supergroup,
    /// A supergroup with topics (`is_forum`); messages carry `message_thread_id`.
    Forum,
}

impl ChatKind {
    /// Telegram's convention: users are positive, supergroups `-100…`, basic groups negative.
    pub fn from_id(id: i64) -> ChatKind {
        if id > 0 {
            ChatKind::Private
        } else if id <= -1_000_000_000_000 {
            ChatKind::Supergroup
        } else {
            ChatKind::Group
        }
    }

    pub fn is_private(self) -> bool {
        self == ChatKind::Private
    }
}

/// A person as the fake knows them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct UserInfo {
    pub id: i64,
    pub first_name: String,
    pub username: Option<String>,
    pub language_code: Option<String>,
}

impl UserInfo {
    pub fn new(id: i64) -> UserInfo {
        UserInfo {
            id,
            first_name: format!("User {id}"),
            username: None,
            language_code: None,
        }
    }

    pub fn json(&self) -> Value {
        let mut user = json!({ "id": self.id, "is_bot": false, "first_name": self.first_name });
        if let Some(username) = &self.username {
            user["username"] = json!(username);
        }
        if let Some(language) = &self.language_code {
            user["language_code"] = json!(language);
        }
        user
    }
}

/// A group or forum the fake knows (private chats are their user).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct GroupInfo {
    pub kind: ChatKind,
    pub title: String,
}

/// The bot behind the fake's token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct BotInfo {
    pub id: i64,
    pub first_name: String,
    pub username: String,
}

impl BotInfo {
    /// The bot's id is the number before the token's colon, as on Telegram.
    pub fn from_token(token: &str) -> BotInfo {
        let id = token
            .split(':')
            .next()
            .and_then(|id| id.parse().ok())
            .unwrap_or(1);
        BotInfo {
            id,
            first_name: "Crowdsprint Test".to_owned(),
            username: "crowdsprint_test_bot".to_owned(),
        }
    }

    pub fn user_json(&self) -> Value {
        json!({
            "id": self.id,
            "is_bot": true,
            "first_name": self.first_name,
            "username": self.username,
        })
    }

    /// The answer to `getMe`.
    pub fn me_json(&self) -> Value {
        let mut me = self.user_json();
        me["can_join_groups"] = json!(true);
        me["can_read_all_group_messages"] = json!(false);
        me["supports_inline_queries"] = json!(false);
        me["can_connect_to_business"] = json!(false);
        me["has_main_web_app"] = json!(false);
        me
    }
}

/// The `Chat` object of a private chat.
pub(crate) fn private_chat_json(user: &UserInfo) -> Value {
    let mut chat = json!({ "id": user.id, "type": "private", "first_name": user.first_name });
    if let Some(username) = &user.username {
        chat["username"] = json!(username);
    }
    chat
}

/// The `Chat` object of a group, supergroup or forum.
pub(crate) fn group_chat_json(id: i64, group: &GroupInfo) -> Value {
    match group.kind {
        ChatKind::Group => json!({ "id": id, "type": "group", "title": group.title }),
        ChatKind::Supergroup => json!({ "id": id, "type": "supergroup", "title": group.title }),
        ChatKind::Forum => {
            json!({ "id": id, "type": "supergroup", "title": group.title, "is_forum": true })
        }
        ChatKind::Private => json!({ "id": id, "type": "private", "first_name": group.title }),
    }
}

/// `getChat`'s `ChatFullInfo`: the chat plus the fields Telegram always sends.
pub(crate) fn full_info_json(mut chat: Value) -> Value {
    chat["accent_color_id"] = json!(0);
    chat["max_reaction_count"] = json!(11);
    chat["accepted_gift_types"] = json!({
        "unlimited_gifts": false,
        "limited_gifts": false,
        "unique_gifts": false,
        "premium_subscription": false,
    });
    chat
}

/// A `ChatMember` object with the given status ("creator", "administrator", "member", "left",
/// "kicked").
pub(crate) fn member_json(user: Value, status: &str) -> Value {
    match status {
        "creator" => json!({ "status": "creator", "user": user, "is_anonymous": false }),
        "administrator" => json!({
            "status": "administrator",
            "user": user,
            "can_be_edited": false,
            "is_anonymous": false,
            "can_manage_chat": true,
            "can_delete_messages": true,
            "can_manage_video_chats": false,
            "can_restrict_members": true,
            "can_promote_members": false,
            "can_change_info": false,
            "can_invite_users": true,
            "can_post_stories": false,
            "can_edit_stories": false,
            "can_delete_stories": false,
            "can_pin_messages": true,
            "can_manage_topics": false,
        }),
        "kicked" => json!({ "status": "kicked", "user": user, "until_date": 0 }),
        other => json!({ "status": other, "user": user }),
    }
}
