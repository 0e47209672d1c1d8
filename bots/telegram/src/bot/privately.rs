//! Answers only the asker may see (core's `Audience::Asker`), when they asked in a group: the
//! answer goes to their private chat and the group gets a short pointer, or, when they have
//! never opened a chat with the bot (Telegram refuses to write first), a button to open one.
//! Nothing of the answer itself is ever posted in the group.

use super::app::{App, Ctx};
use super::send::Outgoing;
use crowdsprint_core::domain::Msg;
use crowdsprint_core::service::Reply;
use teloxide::types::ChatId;

impl App {
    /// Renders `reply` as for a private chat and sends it there; returns what to say in the
    /// group where it was asked.
    pub async fn answer_privately(&self, ctx: &Ctx, reply: Reply) -> Vec<Outgoing> {
        let mut private = self.private_ctx(ctx);
        let replies = self.render_reply(&mut private, reply).await;
        self.send_privately(ctx, &replies).await
    }

    /// Sends already rendered messages to the asker's private chat; returns the group's pointer.
    pub async fn send_privately(&self, ctx: &Ctx, replies: &[Outgoing]) -> Vec<Outgoing> {
        let private = self.private_ctx(ctx);
        let sent = self.deliver(private.chat, None, replies).await;
        let said = if sent {
            "telegram-sent-privately"
        } else {
            "telegram-go-private"
        };
        let locale = ctx.locale();
        vec![Outgoing::with(
            self.html(locale).msg(&Msg::new(said)),
            self.keys(locale).open_private(self.private_link(None)),
        )]
    }

    /// The same person, in their private chat with the bot (its id is their user id).
    pub fn private_ctx(&self, ctx: &Ctx) -> Ctx {
        Ctx {
            chat: ChatId::from(ctx.user.id),
            thread: None,
            private: true,
            ..ctx.clone()
        }
    }
}
