//! Checks 3 and 4: the Bot API accepts the token (`getMe`, through the same client `serve`
//! builds, at `TELEGRAM_API_URL` when set), and the webhook Telegram has on record suits the
//! mode configured (`getWebhookInfo`). Nothing is set or deleted.

use super::PATIENCE;
use super::report::Report;
use crowdsprint_core::health::Fatal;
use crowdsprint_telegram::TelegramConfig;
use teloxide::requests::Requester;

pub async fn check(config: &TelegramConfig, report: &mut Report) {
    let bot = crowdsprint_telegram::client(config);
    match tokio::time::timeout(PATIENCE, bot.get_me()).await {
        Ok(Ok(me)) => report.pass(format!(
            "Telegram: the Bot API accepts TELEGRAM_BOT_TOKEN; it is @{}'s token.",
            me.username()
        )),
        Ok(Err(error)) => {
            let error = crowdsprint_telegram::start_failure(error);
            match error.downcast::<Fatal>() {
                Ok(fatal) => report.fail(format!("Telegram: {}", fatal.reason), fatal.fix),
                Err(error) => report.fail(format!("Telegram: {error}"), UNREACHABLE_FIX),
            }
            report.skip("Telegram webhook: not checked until the Bot API accepts the token.");
            return;
        }
        Err(_) => {
            report.fail(
                format!(
                    "Telegram: the Bot API did not answer getMe within {} s.",
                    PATIENCE.as_secs()
                ),
                UNREACHABLE_FIX,
            );
            return;
        }
    }
    let info = match tokio::time::timeout(PATIENCE, bot.get_webhook_info()).await {
        Ok(Ok(info)) => info,
        Ok(Err(error)) => {
            report.fail(
                format!("Telegram webhook: getWebhookInfo failed ({error})."),
                UNREACHABLE_FIX,
            );
            return;
        }
        Err(_) => {
            report.fail(
                "Telegram webhook: the Bot API did not answer getWebhookInfo.",
                UNREACHABLE_FIX,
            );
            return;
        }
    };
    let set = info.url.as_ref().map(|url| url.as_str().to_owned());
    match (&config.webhook, set) {
        (None, None) => report.pass("Telegram webhook: none is set, as long polling needs."),
        (None, Some(url)) => report.note(format!(
            "Telegram webhook: one is set to {url}; serve removes it when it starts, since \
             TELEGRAM_WEBHOOK_URL is not set (long polling). If another deployment uses this \
             bot's token by webhook, it will stop getting updates."
        )),
        (Some(wanted), None) => report.pass(format!(
            "Telegram webhook: none set yet; serve sets it to {} when it starts.",
            wanted.url
        )),
        (Some(wanted), Some(url)) if url == wanted.url.as_str() => report.pass(format!(
            "Telegram webhook: set to {url}, as TELEGRAM_WEBHOOK_URL says."
        )),
        (Some(wanted), Some(url)) => report.fail(
            format!(
                "Telegram webhook: Telegram sends this bot's updates to {url}, not to \
                 TELEGRAM_WEBHOOK_URL ({}).",
                wanted.url
            ),
            "if another deployment (staging, an old server) uses this bot's token, give each \
             deployment a bot of its own from @BotFather; if that address is simply out of \
             date, serve moves the webhook to TELEGRAM_WEBHOOK_URL when it starts.",
        ),
    }
    if let Some(message) = &info.last_error_message {
        let when = info
            .last_error_date
            .map(|date| format!(" at {}", date.format("%Y-%m-%d %H:%M UTC")))
            .unwrap_or_default();
        report.note(format!(
            "Telegram webhook: Telegram's last delivery to the webhook failed{when}: \
             {message}. Once serve runs, check that the address reaches it over HTTPS."
        ));
    }
}

const UNREACHABLE_FIX: &str = "check that this machine reaches api.telegram.org over HTTPS (a \
     proxy or firewall in between?), and TELEGRAM_API_URL if it is set.";
