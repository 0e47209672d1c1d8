//! Logs: human-readable in a terminal, JSON when asked (`--log-format json` or
//! `CROWDSPRINT_LOG_FORMAT=json`). Level from `RUST_LOG` (default `info`). Logs go to stderr so
//! the console's conversation and `export`'s output on stdout stay clean. Beside the output,
//! a layer watches serenity's gateway events for close codes it only logs (see
//! `crowdsprint_discord::close_code_layer`), whatever the level shown.

use std::io::IsTerminal;
use tracing_subscriber::EnvFilter;
use tracing_subscriber::Layer;
use tracing_subscriber::layer::SubscriberExt;
use tracing_subscriber::util::SubscriberInitExt;

pub fn init(format: Option<&str>, quiet_default: bool) {
    let default = if quiet_default { "warn" } else { "info" };
    let mut filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new(default));
    // serenity's debug spans print each request's route, and an interaction's route holds its
    // token (a secret for 15 minutes); and while Discord is unreachable it warns at every
    // attempt, where our own health lines say it once at each end. So serenity shows only its
    // errors unless RUST_LOG names it.
    let asked = std::env::var("RUST_LOG").unwrap_or_default();
    if !asked.contains("serenity")
        && let Ok(directive) = "serenity=error".parse()
    {
        filter = filter.add_directive(directive);
    }
    let json = format.is_some_and(|f| f.eq_ignore_ascii_case("json"));
    let output = tracing_subscriber::fmt::layer().with_writer(std::io::stderr);
    let output = if json {
        output.json().with_current_span(false).boxed()
    } else {
        output.with_ansi(std::io::stderr().is_terminal()).boxed()
    };
    tracing_subscriber::registry()
        .with(output.with_filter(filter))
        .with(crowdsprint_discord::close_code_layer())
        .init();
}
