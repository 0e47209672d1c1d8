//! The shared send pace's two uses of the database (see `limits::Pace`): taking a block of a
//! bot's send slots, and pausing the bot after a 429. Each is one short statement in its own
//! transaction, so no replica holds the row while it sends.

use super::Core;
use crate::error::Result;
use crate::store::SlotBlock;

impl Core {
    /// Takes `span_us` of `bot`'s sending time from `now_us` on (microsecond Unix times).
    pub async fn take_send_slots(&self, bot: &str, now_us: i64, span_us: i64) -> Result<SlotBlock> {
        let mut tx = self.store.begin().await?;
        let block = tx.db().take_send_slots(bot, now_us, span_us).await?;
        tx.commit().await?;
        Ok(block)
    }

    /// Holds every send of `bot`, on every replica, until `until_us`.
    pub async fn pause_sends(&self, bot: &str, until_us: i64) -> Result<()> {
        let mut tx = self.store.begin().await?;
        tx.db().pause_sends(bot, until_us).await?;
        tx.commit().await?;
        Ok(())
    }
}
