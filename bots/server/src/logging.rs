//! Logs: human-readable in a terminal, JSON when asked (`--log-format json` or
//! `CROWDSPRINT_LOG_FORMAT=json`). Level from `RUST_LOG` (default `info`). Logs go to stderr so
//! the console's conversation and `export`'s output on stdout stay clean.

use std::io::IsTerminal;
use tracing_subscriber::EnvFilter;

pub fn init(format: Option<&str>, quiet_default: bool) {
    let default = if quiet_default { "warn" } else { "info" };
    let mut filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new(default));
    // serenity's debug spans print each request's route, and an interaction's route holds its
    // token (a secret for 15 minutes): keep serenity at info unless RUST_LOG names it.
    let asked = std::env::var("RUST_LOG").unwrap_or_default();
    let verbose = asked.contains("debug") || asked.contains("trace");
    if verbose
        && !asked.contains("serenity")
        && let Ok(directive) = "serenity=info".parse()
    {
        filter = filter.add_directive(directive);
    }
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    let json = format.is_some_and(|f| f.eq_ignore_ascii_case("json"));
    if json {
        builder.json().with_current_span(false).init();
    } else {
        builder.with_ansi(std::io::stderr().is_terminal()).init();
    }
}
