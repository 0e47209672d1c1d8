//! A slash command call, turned back into what core understands: the same command line a
//! Telegram member would type (`/hide c12 off topic`), parsed by core's own parser so each
//! command is validated in one place; or, for the commands Discord answers with a form or a
//! confirmation, what to open.

use super::{MOD_COMMAND, OptKind, Slash, find};
use crowdsprint_core::domain::{Describes, IdeaKind, Msg};
use serenity::model::application::{ResolvedOption, ResolvedValue, Unresolved};

/// One option as the member filled it in (serenity's resolved options, reduced to what the
/// commands use).
#[derive(Debug, Clone, PartialEq)]
pub enum Given<'a> {
    Number(i64),
    Text(&'a str),
    Sub(&'a str, Vec<(&'a str, Given<'a>)>),
    /// A channel or forum of the server.
    Channel(u64),
    /// A user, role, attachment...: no command of ours takes one.
    Other,
}

/// Serenity's resolved options as `Given`s.
pub fn given<'a>(options: &'a [ResolvedOption<'a>]) -> Vec<(&'a str, Given<'a>)> {
    options
        .iter()
        .map(|o| {
            let value = match &o.value {
                ResolvedValue::Integer(n) => Given::Number(*n),
                ResolvedValue::String(s) => Given::Text(s),
                ResolvedValue::Autocomplete { value, .. } => Given::Text(value),
                ResolvedValue::SubCommand(inner) => Given::Sub(o.name, given(inner)),
                ResolvedValue::Channel(channel) => Given::Channel(channel.id.get()),
                // Discord sends the channel's details along; its id is all we need.
                ResolvedValue::Unresolved(Unresolved::Channel(id)) => Given::Channel(id.get()),
                _ => Given::Other,
            };
            (o.name, value)
        })
        .collect()
}

/// What a slash command asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Invocation {
    /// A core command line to parse and run.
    Line(String),
    /// `/register`: show the privacy note, then the registration form.
    Register(Describes),
    /// `/idea`: open the idea form for this challenge.
    PostIdea { challenge: i64, kind: IdeaKind },
    /// `/comment`: open the comment form for this idea.
    Comment { idea: i64 },
    /// `/forgetme`: ask to confirm first.
    ForgetMe,
}

/// Reads the command `name` with `options`, or says what is wrong with it.
pub fn invocation(name: &str, options: &[(&str, Given<'_>)]) -> Result<Invocation, Msg> {
    let (slash, options) = if name == MOD_COMMAND {
        let Some((_, Given::Sub(sub, inner))) = options.first() else {
            return Err(unknown(name));
        };
        (
            find(sub, true).ok_or_else(|| unknown(sub))?,
            inner.as_slice(),
        )
    } else {
        (find(name, false).ok_or_else(|| unknown(name))?, options)
    };
    let values = values(slash, options)?;
    let value = |n: &str| {
        values
            .iter()
            .find(|(name, _)| *name == n)
            .map(|(_, v)| v.as_str())
    };
    Ok(match slash.core {
        "register" => Invocation::Register(
            value("describes")
                .and_then(|d| d.parse().ok())
                .unwrap_or(Describes::Other),
        ),
        "idea" => Invocation::PostIdea {
            challenge: value("challenge")
                .and_then(|c| c.parse().ok())
                .ok_or_else(|| missing(slash, "challenge"))?,
            kind: value("kind")
                .and_then(|k| k.parse().ok())
                .unwrap_or(IdeaKind::Idea),
        },
        "comment" => Invocation::Comment {
            idea: value("idea")
                .and_then(|c| c.parse().ok())
                .ok_or_else(|| missing(slash, "idea"))?,
        },
        "forgetme" => Invocation::ForgetMe,
        core => {
            let mut line = format!("/{core}");
            for (_, value) in &values {
                line.push(' ');
                line.push_str(value);
            }
            Invocation::Line(line)
        }
    })
}

/// The channel an option named, at the top level or in a subcommand.
pub fn chosen_channel(options: &[(&str, Given<'_>)]) -> Option<u64> {
    options.iter().find_map(|(_, given)| match given {
        Given::Channel(id) => Some(*id),
        Given::Sub(_, inner) => chosen_channel(inner),
        _ => None,
    })
}

/// The given options as text, in the order of the table (which is the order core reads them).
fn values(
    slash: &Slash,
    options: &[(&str, Given<'_>)],
) -> Result<Vec<(&'static str, String)>, Msg> {
    let mut out = Vec::new();
    for spec in slash.options {
        if spec.kind == OptKind::Channel {
            continue; // where, not what: see `chosen_channel`
        }
        let Some((_, given)) = options.iter().find(|(name, _)| *name == spec.name) else {
            if spec.required {
                return Err(missing(slash, spec.name));
            }
            continue;
        };
        let text = match given {
            Given::Number(n) => n.to_string(),
            Given::Text(s) => s.trim().to_owned(),
            Given::Sub(..) | Given::Channel(_) | Given::Other => {
                return Err(bad(slash, spec.name, ""));
            }
        };
        // A word with spaces would spill into the next argument: refuse it instead.
        if spec.kind != OptKind::Text && text.contains(char::is_whitespace) {
            return Err(bad(slash, spec.name, &text));
        }
        if text.is_empty() {
            if spec.required {
                return Err(missing(slash, spec.name));
            }
            continue;
        }
        out.push((spec.name, text));
    }
    Ok(out)
}

fn unknown(name: &str) -> Msg {
    Msg::new("parse-unknown-command").arg("command", name)
}

fn missing(slash: &Slash, argument: &str) -> Msg {
    Msg::new("parse-missing-argument")
        .arg("command", slash.core)
        .arg("argument", argument)
}

fn bad(slash: &Slash, argument: &str, value: &str) -> Msg {
    Msg::new("parse-bad-value")
        .arg("command", slash.core)
        .arg("argument", argument)
        .arg("value", value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use Given::{Number, Sub, Text};

    #[test]
    fn member_commands_become_core_lines() {
        let got = invocation("support", &[("idea", Number(12))]);
        assert_eq!(got, Ok(Invocation::Line("/support 12".into())));
        let got = invocation("ideas", &[("page", Number(2)), ("list", Text("new"))]);
        assert_eq!(got, Ok(Invocation::Line("/ideas new 2".into())));
    }

    #[test]
    fn mod_subcommands_keep_free_text_whole() {
        let sub = vec![
            ("target", Text("c12")),
            ("reason", Text("off topic, sorry")),
        ];
        let got = invocation("mod", &[("hide", Sub("hide", sub))]);
        assert_eq!(
            got,
            Ok(Invocation::Line("/hide c12 off topic, sorry".into()))
        );
    }

    #[test]
    fn a_chosen_channel_says_where_and_stays_off_the_line() {
        let sub = vec![("challenge", Text("3")), ("channel", Given::Channel(42))];
        let options = [("announce", Sub("announce", sub))];
        assert_eq!(
            invocation("mod", &options),
            Ok(Invocation::Line("/announce 3".into()))
        );
        assert_eq!(chosen_channel(&options), Some(42));
        assert_eq!(chosen_channel(&[("idea", Number(1))]), None);
    }

    #[test]
    fn a_word_with_spaces_is_refused_not_spilled() {
        let sub = vec![("target", Text("12 13")), ("reason", Text("spam"))];
        let got = invocation("mod", &[("hide", Sub("hide", sub))]);
        assert_eq!(got.map_err(|m| m.id), Err("parse-bad-value"));
    }

    #[test]
    fn forms_and_confirmations_are_asked_for() {
        let got = invocation(
            "idea",
            &[("challenge", Number(3)), ("kind", Text("experience"))],
        );
        assert_eq!(
            got,
            Ok(Invocation::PostIdea {
                challenge: 3,
                kind: IdeaKind::Experience
            })
        );
        assert_eq!(
            invocation("register", &[("describes", Text("carer"))]),
            Ok(Invocation::Register(Describes::Carer))
        );
        assert_eq!(invocation("forgetme", &[]), Ok(Invocation::ForgetMe));
    }

    #[test]
    fn unknown_and_incomplete_commands_are_explained() {
        assert_eq!(
            invocation("nope", &[]).map_err(|m| m.id),
            Err("parse-unknown-command")
        );
        assert_eq!(
            invocation("mod", &[]).map_err(|m| m.id),
            Err("parse-unknown-command")
        );
        assert_eq!(
            invocation("support", &[]).map_err(|m| m.id),
            Err("parse-missing-argument")
        );
    }
}
