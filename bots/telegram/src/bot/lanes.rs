//! Which updates are handled side by side. teloxide's default gives every chat its own worker:
//! a task and a queue each, created on the chat's first update and kept while it is busy. When
//! 1,000 people send `/start` together (a poster's QR code, a trust-wide email), that is 1,000
//! workers at once, and `serve`'s memory doubled (29 -> 68 MB) for a burst that the database
//! handles one write at a time anyway. Chats are spread over a fixed number of lanes instead:
//! one chat always lands in the same lane, so its updates stay in order, and at most `LANES`
//! updates are in hand at once.

use teloxide::types::Update;

/// How many updates are handled at once. Enough that a slow answer (Telegram's round trip is
/// 50-100 ms from Europe) does not hold up many other people: with 64 lanes, 1,000 people
/// starting together share each lane with about 15 others.
pub const LANES: i64 = 64;

/// The lane for `update`, from its chat; updates without a chat are handled on their own.
pub fn lane(update: &Update) -> Option<i64> {
    update.chat().map(|chat| chat.id.0.rem_euclid(LANES))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    fn message_in(chat: i64) -> Update {
        let chat_json = if chat < 0 {
            serde_json::json!({ "id": chat, "type": "supergroup", "title": "Ward 7" })
        } else {
            serde_json::json!({ "id": chat, "type": "private", "first_name": "Ann" })
        };
        let update = serde_json::json!({
            "update_id": 1,
            "message": {
                "message_id": 1, "date": 0, "text": "/start", "chat": chat_json,
                "from": { "id": 7, "is_bot": false, "first_name": "Ann" }
            }
        });
        // From text, as the Bot API's answers are read (teloxide buffers raw values).
        serde_json::from_str(&update.to_string()).expect("a Bot API update")
    }

    #[test]
    fn a_chat_keeps_its_lane_and_a_thousand_chats_share_a_few() {
        let chats: Vec<i64> = (2_000_000..2_001_000).chain([-1_002_345_679, -1]).collect();
        let mut used = HashSet::new();
        for chat in chats {
            let first = lane(&message_in(chat));
            assert_eq!(first, lane(&message_in(chat)), "chat {chat}");
            used.insert(first.expect("a message has a chat"));
        }
        assert_eq!(used.len(), usize::try_from(LANES).unwrap_or(0));
    }
}
