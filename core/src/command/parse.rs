//! The pure parser: one line of text in, a `Command` or a `ParseError` out.

use super::args::Args;
use super::{CaptureStep, Command, StartLink, catalogue};
use crate::domain::*;

/// Why a line is not a command we can run.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ParseError {
    /// Plain text, not a command: adapters may offer to turn it into an idea.
    #[error("not a command")]
    NotACommand,
    #[error("unknown command")]
    UnknownCommand { name: String },
    #[error("missing argument")]
    MissingArgument {
        command: &'static str,
        argument: &'static str,
    },
    #[error("bad value")]
    BadValue {
        command: &'static str,
        argument: &'static str,
        value: String,
    },
    #[error("too many arguments")]
    TooManyArguments { command: &'static str },
}

impl ParseError {
    pub fn message_id(&self) -> &'static str {
        match self {
            ParseError::NotACommand => "parse-not-a-command",
            ParseError::UnknownCommand { .. } => "parse-unknown-command",
            ParseError::MissingArgument { .. } => "parse-missing-argument",
            ParseError::BadValue { .. } => "parse-bad-value",
            ParseError::TooManyArguments { .. } => "parse-too-many-arguments",
        }
    }

    pub fn to_msg(&self) -> Msg {
        let msg = Msg::new(self.message_id());
        match self {
            ParseError::NotACommand => msg,
            ParseError::UnknownCommand { name } => msg.arg("command", name.as_str()),
            ParseError::MissingArgument { command, argument } => {
                msg.arg("command", *command).arg("argument", *argument)
            }
            ParseError::BadValue {
                command,
                argument,
                value,
            } => msg
                .arg("command", *command)
                .arg("argument", *argument)
                .arg("value", value.as_str()),
            ParseError::TooManyArguments { command } => msg.arg("command", *command),
        }
    }

    /// The command whose usage should be shown with this error, if any.
    pub fn command(&self) -> Option<&'static str> {
        match self {
            ParseError::MissingArgument { command, .. }
            | ParseError::BadValue { command, .. }
            | ParseError::TooManyArguments { command } => Some(command),
            ParseError::NotACommand | ParseError::UnknownCommand { .. } => None,
        }
    }
}

/// Parses one line. Accepts Telegram's `/cmd@botname` form.
pub fn parse(line: &str) -> Result<Command, ParseError> {
    let line = line.trim();
    let Some(body) = line.strip_prefix('/') else {
        return Err(ParseError::NotACommand);
    };
    let end = body.find(char::is_whitespace).unwrap_or(body.len());
    let (head, rest) = body.split_at(end);
    let name = head.split('@').next().unwrap_or_default().to_lowercase();
    let Some(info) = catalogue::find(&name) else {
        return Err(ParseError::UnknownCommand {
            name: head.chars().take(32).collect(),
        });
    };
    let mut a = Args::new(info.name, rest);
    let command = parse_args(info.name, &mut a)?;
    Ok(command)
}

fn parse_args(name: &'static str, a: &mut Args<'_>) -> Result<Command, ParseError> {
    use Command as C;
    let command = match name {
        "start" => C::Start(a.next_word().and_then(start_link)),
        "help" => C::Help(
            a.next_word()
                .map(|w| w.trim_start_matches('/').to_lowercase()),
        ),
        "sprint" => return sprint(a),
        "sprints" => C::Sprints,
        "challenges" => C::Challenges(a.optional("sprint")?),
        "challenge" => {
            expect_sub(a, &["add"])?;
            let sprint = a.value("sprint")?;
            let (title, description) = a.title_and_description()?;
            return Ok(C::ChallengeAdd {
                sprint,
                title,
                description,
            });
        }
        "idea" => C::Idea,
        "ideas" => {
            let order = match a.next_word().map(str::to_lowercase).as_deref() {
                None | Some("top") => ListOrder::Top,
                Some("new") => ListOrder::New,
                Some("mine") => ListOrder::Mine,
                Some(other) => {
                    return Err(ParseError::BadValue {
                        command: name,
                        argument: "order",
                        value: other.to_owned(),
                    });
                }
            };
            let page: Option<i64> = a.optional("page")?;
            C::Ideas {
                order,
                page: page.unwrap_or(1).max(1) - 1,
            }
        }
        "show" => C::Show(a.value("idea")?),
        "support" => C::Support(a.value("idea")?),
        "unsupport" => C::Unsupport(a.value("idea")?),
        "comment" => {
            let idea = a.value("idea")?;
            return Ok(C::Comment {
                idea,
                text: a.text("text")?,
            });
        }
        "reply" => {
            // Comments are written `c9`; a bare number is taken as a comment number too.
            let comment = match a.value::<Target>("comment")? {
                Target::Comment(c) => c,
                Target::Idea(i) => CommentId(i.get()),
            };
            return Ok(C::Reply {
                comment,
                text: a.text("text")?,
            });
        }
        "follow" => C::Follow(a.value("idea")?),
        "unfollow" => C::Unfollow(a.value("idea")?),
        "subscribe" => C::Subscribe(a.value("frequency")?),
        "language" => match a.next_word() {
            None => C::Language(None),
            Some(word) => C::Language(Some(Locale::negotiate(word).ok_or_else(|| {
                ParseError::BadValue {
                    command: name,
                    argument: "language",
                    value: word.to_owned(),
                }
            })?)),
        },
        "link" => C::Link(a.next_word().map(str::to_owned)),
        "mydata" => C::MyData,
        "forgetme" => C::ForgetMe,
        "review" => C::Review,
        "approve" => C::Approve(a.value("target")?),
        "respond" => {
            let target = a.value("target")?;
            return Ok(C::Respond {
                target,
                text: a.text("text")?,
            });
        }
        "hide" => {
            let target = a.value("target")?;
            return Ok(C::Hide {
                target,
                reason: a.text("reason")?,
            });
        }
        "restore" => C::Restore(a.value("target")?),
        "awaiting" => C::Awaiting,
        "merge" => C::Merge {
            from: a.value("idea")?,
            into: a.value("into")?,
        },
        "theme" => return theme(a),
        "bigidea" => return big_idea(a),
        "stage" => {
            let what = expect_sub(a, &["sprint", "idea"])?;
            return Ok(if what == "sprint" {
                let sprint = a.value("sprint")?;
                C::SprintStage {
                    sprint,
                    stage: stage_words(a)?,
                }
            } else {
                let idea = a.value("idea")?;
                C::IdeaStage {
                    idea,
                    stage: stage_words(a)?,
                }
            });
        }
        "ban" => {
            let member = a.value("member")?;
            return Ok(C::Ban {
                member,
                reason: a.text("reason")?,
            });
        }
        "unban" => C::Unban(a.value("member")?),
        "role" => C::Role {
            member: a.value("member")?,
            role: a.value("role")?,
        },
        "stats" => C::Stats(a.optional("sprint")?),
        "export" => {
            let mut sprint = None;
            let mut format = ExportFormat::Csv;
            let mut table = ExportTable::Ideas;
            let mut withheld = false;
            while let Some(word) = a.next_word() {
                if word.eq_ignore_ascii_case("withheld") {
                    withheld = true;
                } else if let Ok(f) = word.parse() {
                    format = f;
                } else if let Ok(t) = word.parse() {
                    table = t;
                } else if let Ok(s) = word.parse() {
                    sprint = Some(s);
                } else {
                    return Err(ParseError::BadValue {
                        command: name,
                        argument: "format",
                        value: word.to_owned(),
                    });
                }
            }
            C::Export {
                sprint,
                table,
                format,
                withheld,
            }
        }
        "audit" => C::Audit,
        "pause" => C::Pause(a.value_or_off("days")?),
        "timezone" => C::Timezone(a.value_or_off("zone")?),
        "mute" => C::Mute {
            idea: a.value("idea")?,
            muted: true,
        },
        "unmute" => C::Mute {
            idea: a.value("idea")?,
            muted: false,
        },
        "deliveries" => C::Deliveries,
        "web" => C::Web,
        "outcome" => {
            let of = a.value("of")?;
            let word = a.word("outcome")?;
            let outcome = outcome_word(word).ok_or_else(|| ParseError::BadValue {
                command: name,
                argument: "outcome",
                value: word.to_owned(),
            })?;
            let note = if a.is_empty() {
                String::new()
            } else {
                a.text("note")?
            };
            return Ok(C::SetOutcome { of, outcome, note });
        }
        "outcomes" => C::Outcomes(a.optional("sprint")?),
        "capture" => {
            if a.is_empty() {
                C::Capture(CaptureStep::Status)
            } else {
                let session = a.text("session")?;
                return Ok(C::Capture(if session.eq_ignore_ascii_case("off") {
                    CaptureStep::Stop
                } else {
                    CaptureStep::Start(session)
                }));
            }
        }
        "claim" => return Ok(C::Claim(a.text("code")?)),
        "update" => return update(a),
        "updates" => C::Updates(a.optional("sprint")?),
        "announce" => match a.next_word() {
            None => C::Announce {
                challenge: None,
                off: false,
            },
            Some(word) if word.eq_ignore_ascii_case("off") => C::Announce {
                challenge: None,
                off: true,
            },
            Some(word) => C::Announce {
                challenge: Some(word.parse().map_err(|_| ParseError::BadValue {
                    command: name,
                    argument: "challenge",
                    value: word.to_owned(),
                })?),
                off: false,
            },
        },
        _ => {
            return Err(ParseError::UnknownCommand {
                name: name.to_owned(),
            });
        }
    };
    a.finish()?;
    Ok(command)
}

/// `idea_42` and `sprint_3`, Telegram's deep-link payloads.
fn start_link(payload: &str) -> Option<StartLink> {
    let (kind, id) = payload.split_once('_')?;
    match kind {
        "idea" => id.parse().ok().map(StartLink::Idea),
        "sprint" => id.parse().ok().map(StartLink::Sprint),
        _ => None,
    }
}

/// Reads a subcommand word that must be one of `allowed`.
fn expect_sub(a: &mut Args<'_>, allowed: &[&'static str]) -> Result<&'static str, ParseError> {
    let command = a.command;
    let word = a.word("action")?.to_lowercase();
    allowed
        .iter()
        .find(|w| **w == word)
        .copied()
        .ok_or(ParseError::BadValue {
            command,
            argument: "action",
            value: word,
        })
}

/// A stage may be typed as several words ("scale and spread").
/// An outcome as typed: its word with hyphens or underscores (`not-taken-forward`), or the
/// short forms people use (`considering`, `scaled`, `declined`).
fn outcome_word(word: &str) -> Option<Outcome> {
    match word.to_lowercase().as_str() {
        "considering" | "consideration" => Some(Outcome::UnderConsideration),
        "scaled" | "spread" => Some(Outcome::ScaledAndSpread),
        "declined" | "not-taken" => Some(Outcome::NotTakenForward),
        other => other.parse().ok(),
    }
}

fn stage_words<T: std::str::FromStr>(a: &mut Args<'_>) -> Result<T, ParseError> {
    let command = a.command;
    let text = a.text("stage")?;
    text.parse().map_err(|_| ParseError::BadValue {
        command,
        argument: "stage",
        value: text,
    })
}

fn sprint(a: &mut Args<'_>) -> Result<Command, ParseError> {
    let command = a.command;
    match a.next_word() {
        None => Ok(Command::Sprint(None)),
        Some("new") => {
            let opens_at = a.date("opens")?;
            let closes_at = a.date("closes")?;
            let (title, description) = a.title_and_description()?;
            Ok(Command::SprintNew {
                opens_at,
                closes_at,
                title,
                description,
            })
        }
        Some("window") => {
            let sprint = a.value("sprint")?;
            let opens_at = a.date("opens")?;
            let closes_at = a.date("closes")?;
            a.finish()?;
            Ok(Command::SprintWindow {
                sprint,
                opens_at,
                closes_at,
            })
        }
        Some("target") => {
            let sprint = a.value("sprint")?;
            let word = a.word("days")?;
            let days = match word.to_lowercase().as_str() {
                "default" => None,
                _ => Some(word.parse().map_err(|_| ParseError::BadValue {
                    command,
                    argument: "days",
                    value: word.to_owned(),
                })?),
            };
            a.finish()?;
            Ok(Command::SprintTarget { sprint, days })
        }
        Some(word) => {
            let id = word.parse().map_err(|_| ParseError::BadValue {
                command,
                argument: "sprint",
                value: word.to_owned(),
            })?;
            a.finish()?;
            Ok(Command::Sprint(Some(id)))
        }
    }
}

/// `/update now|digest Title | text [| link [| Welsh title | Welsh text]]`, or `/update
/// [now|digest]` alone to be asked for each part in turn.
fn update(a: &mut Args<'_>) -> Result<Command, ParseError> {
    if a.is_empty() {
        return Ok(Command::WriteUpdate(None));
    }
    let when = a.value("when")?;
    if a.is_empty() {
        return Ok(Command::WriteUpdate(Some(when)));
    }
    let details = a.text("title")?;
    let mut parts = details.split('|').map(str::trim);
    let title = parts.next().unwrap_or_default().to_owned();
    let body = parts
        .next()
        .filter(|b| !b.is_empty())
        .ok_or(ParseError::MissingArgument {
            command: a.command,
            argument: "text",
        })?
        .to_owned();
    let link = parts.next().filter(|l| !l.is_empty()).map(str::to_owned);
    let welsh = match (parts.next(), parts.next()) {
        (None, _) => None,
        (Some(title), Some(body)) if !title.is_empty() && !body.is_empty() => {
            Some((title.to_owned(), body.to_owned()))
        }
        _ => {
            return Err(ParseError::MissingArgument {
                command: a.command,
                argument: "welsh",
            });
        }
    };
    if parts.next().is_some() {
        return Err(ParseError::TooManyArguments { command: a.command });
    }
    Ok(Command::PostUpdate {
        when,
        title,
        body,
        link,
        welsh,
    })
}

fn theme(a: &mut Args<'_>) -> Result<Command, ParseError> {
    match expect_sub(a, &["new", "add", "list"])? {
        "new" => {
            let sprint = a.value("sprint")?;
            let (name, description) = a.title_and_description()?;
            Ok(Command::ThemeNew {
                sprint,
                name,
                description,
            })
        }
        "add" => {
            let command = Command::ThemeAdd {
                theme: a.value("theme")?,
                idea: a.value("idea")?,
            };
            a.finish()?;
            Ok(command)
        }
        _ => {
            let sprint = a.optional("sprint")?;
            a.finish()?;
            Ok(Command::Themes(sprint))
        }
    }
}

fn big_idea(a: &mut Args<'_>) -> Result<Command, ParseError> {
    let command = a.command;
    match expect_sub(a, &["new", "stage", "list"])? {
        "new" => {
            let sprint = a.value("sprint")?;
            let list = a.word("themes")?;
            let themes = list
                .split(',')
                .filter(|s| !s.is_empty())
                .map(|s| s.parse::<ThemeId>())
                .collect::<Result<Vec<_>, _>>()
                .map_err(|_| ParseError::BadValue {
                    command,
                    argument: "themes",
                    value: list.to_owned(),
                })?;
            let (title, description) = a.title_and_description()?;
            Ok(Command::BigIdeaNew {
                sprint,
                themes,
                title,
                description,
            })
        }
        "stage" => {
            let big_idea = a.value("bigidea")?;
            Ok(Command::BigIdeaStage {
                big_idea,
                stage: stage_words(a)?,
            })
        }
        _ => {
            let sprint = a.optional("sprint")?;
            a.finish()?;
            Ok(Command::BigIdeas(sprint))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Command as C;

    #[test]
    fn a_start_links_payload_reads_back_as_the_same_link() {
        for link in [StartLink::Idea(IdeaId(42)), StartLink::Sprint(SprintId(3))] {
            assert_eq!(
                start_link(&link.payload()),
                Some(link),
                "{}",
                link.payload()
            );
        }
    }

    #[test]
    fn commands_parse() {
        let table: Vec<(&str, Command)> = vec![
            ("/start", C::Start(None)),
            (
                "/start idea_42",
                C::Start(Some(StartLink::Idea(IdeaId(42)))),
            ),
            (
                "/start sprint_3",
                C::Start(Some(StartLink::Sprint(SprintId(3)))),
            ),
            ("/start@CrowdsprintBot", C::Start(None)),
            (
                "/outcome 12 adopted Now on three wards",
                C::SetOutcome {
                    of: OutcomeOf::Idea(IdeaId(12)),
                    outcome: Outcome::Adopted,
                    note: "Now on three wards".into(),
                },
            ),
            (
                "/outcome b3 not-taken-forward",
                C::SetOutcome {
                    of: OutcomeOf::BigIdea(BigIdeaId(3)),
                    outcome: Outcome::NotTakenForward,
                    note: String::new(),
                },
            ),
            (
                "/outcome #4 considering",
                C::SetOutcome {
                    of: OutcomeOf::Idea(IdeaId(4)),
                    outcome: Outcome::UnderConsideration,
                    note: String::new(),
                },
            ),
            ("/outcomes", C::Outcomes(None)),
            ("/outcomes 2", C::Outcomes(Some(SprintId(2)))),
            ("/capture", C::Capture(CaptureStep::Status)),
            ("/capture OFF", C::Capture(CaptureStep::Stop)),
            (
                "/capture Ward 4 huddle",
                C::Capture(CaptureStep::Start("Ward 4 huddle".into())),
            ),
            ("/claim k7q 2xm", C::Claim("k7q 2xm".into())),
            ("/updates", C::Updates(None)),
            ("/update", C::WriteUpdate(None)),
            (
                "/sprint target 3 7",
                C::SprintTarget {
                    sprint: SprintId(3),
                    days: Some(7),
                },
            ),
            (
                "/sprint target 3 Default",
                C::SprintTarget {
                    sprint: SprintId(3),
                    days: None,
                },
            ),
            ("/update now", C::WriteUpdate(Some(UpdateWhen::Now))),
            (
                "/update digest  ",
                C::WriteUpdate(Some(UpdateWhen::NextDigest)),
            ),
            (
                "/update digest Summit | Join us on 12 March",
                C::PostUpdate {
                    when: UpdateWhen::NextDigest,
                    title: "Summit".into(),
                    body: "Join us on 12 March".into(),
                    link: None,
                    welsh: None,
                },
            ),
            (
                "/update now Summit | Join us | https://example.nhs.uk/s | Uwchgynhadledd | Ymunwch",
                C::PostUpdate {
                    when: UpdateWhen::Now,
                    title: "Summit".into(),
                    body: "Join us".into(),
                    link: Some("https://example.nhs.uk/s".into()),
                    welsh: Some(("Uwchgynhadledd".into(), "Ymunwch".into())),
                },
            ),
            ("/help support", C::Help(Some("support".into()))),
            (
                "/ideas",
                C::Ideas {
                    order: ListOrder::Top,
                    page: 0,
                },
            ),
            (
                "/ideas new 2",
                C::Ideas {
                    order: ListOrder::New,
                    page: 1,
                },
            ),
            (
                "/ideas mine",
                C::Ideas {
                    order: ListOrder::Mine,
                    page: 0,
                },
            ),
            ("/support #42", C::Support(IdeaId(42))),
            ("  /SUPPORT 42  ", C::Support(IdeaId(42))),
            (
                "/comment 4 Great idea 👍",
                C::Comment {
                    idea: IdeaId(4),
                    text: "Great idea 👍".into(),
                },
            ),
            (
                "/reply c9 agreed",
                C::Reply {
                    comment: CommentId(9),
                    text: "agreed".into(),
                },
            ),
            ("/subscribe daily", C::Subscribe(DigestFrequency::Daily)),
            (
                "/timezone America/New_York",
                C::Timezone(Some(chrono_tz::America::New_York)),
            ),
            ("/timezone off", C::Timezone(None)),
            ("/language cy", C::Language(Some(Locale::Cy))),
            (
                "/hide 12 contains a name",
                C::Hide {
                    target: Target::Idea(IdeaId(12)),
                    reason: "contains a name".into(),
                },
            ),
            (
                "/respond c3 Thank you",
                C::Respond {
                    target: Target::Comment(CommentId(3)),
                    text: "Thank you".into(),
                },
            ),
            (
                "/merge 5 2",
                C::Merge {
                    from: IdeaId(5),
                    into: IdeaId(2),
                },
            ),
            (
                "/stage sprint 1 scale and spread",
                C::SprintStage {
                    sprint: SprintId(1),
                    stage: SprintStage::ScaleAndSpread,
                },
            ),
            (
                "/stage idea 7 testing",
                C::IdeaStage {
                    idea: IdeaId(7),
                    stage: DevelopmentStage::Testing,
                },
            ),
            (
                "/theme new 1 Debrief | Time to talk after a shift",
                C::ThemeNew {
                    sprint: SprintId(1),
                    name: "Debrief".into(),
                    description: "Time to talk after a shift".into(),
                },
            ),
            (
                "/theme add 2 9",
                C::ThemeAdd {
                    theme: ThemeId(2),
                    idea: IdeaId(9),
                },
            ),
            (
                "/bigidea new 1 2,3 Wellbeing hubs",
                C::BigIdeaNew {
                    sprint: SprintId(1),
                    themes: vec![ThemeId(2), ThemeId(3)],
                    title: "Wellbeing hubs".into(),
                    description: String::new(),
                },
            ),
            (
                "/role 4 champion",
                C::Role {
                    member: MemberId(4),
                    role: Role::Champion,
                },
            ),
            (
                "/export json 2",
                C::Export {
                    sprint: Some(SprintId(2)),
                    table: ExportTable::Ideas,
                    format: ExportFormat::Json,
                    withheld: false,
                },
            ),
            (
                "/export withheld 3",
                C::Export {
                    sprint: Some(SprintId(3)),
                    table: ExportTable::Ideas,
                    format: ExportFormat::Csv,
                    withheld: true,
                },
            ),
            (
                "/export",
                C::Export {
                    sprint: None,
                    table: ExportTable::Ideas,
                    format: ExportFormat::Csv,
                    withheld: false,
                },
            ),
            (
                "/export responses json",
                C::Export {
                    sprint: None,
                    table: ExportTable::Responses,
                    format: ExportFormat::Json,
                    withheld: false,
                },
            ),
            (
                "/export 2 updates",
                C::Export {
                    sprint: Some(SprintId(2)),
                    table: ExportTable::Updates,
                    format: ExportFormat::Csv,
                    withheld: false,
                },
            ),
        ];
        for (line, expected) in table {
            assert_eq!(parse(line), Ok(expected), "{line}");
        }
    }

    #[test]
    fn mistakes_are_named_precisely() {
        let table: Vec<(&str, ParseError)> = vec![
            ("hello there", ParseError::NotACommand),
            (
                "/frobnicate",
                ParseError::UnknownCommand {
                    name: "frobnicate".into(),
                },
            ),
            (
                "/support",
                ParseError::MissingArgument {
                    command: "support",
                    argument: "idea",
                },
            ),
            (
                "/support abc",
                ParseError::BadValue {
                    command: "support",
                    argument: "idea",
                    value: "abc".into(),
                },
            ),
            (
                "/support 0",
                ParseError::BadValue {
                    command: "support",
                    argument: "idea",
                    value: "0".into(),
                },
            ),
            (
                "/support 4 5",
                ParseError::TooManyArguments { command: "support" },
            ),
            (
                "/comment 4",
                ParseError::MissingArgument {
                    command: "comment",
                    argument: "text",
                },
            ),
            (
                "/hide 4",
                ParseError::MissingArgument {
                    command: "hide",
                    argument: "reason",
                },
            ),
            (
                "/timezone Atlantis/Capital",
                ParseError::BadValue {
                    command: "timezone",
                    argument: "zone",
                    value: "Atlantis/Capital".into(),
                },
            ),
            (
                "/subscribe hourly",
                ParseError::BadValue {
                    command: "subscribe",
                    argument: "frequency",
                    value: "hourly".into(),
                },
            ),
            (
                "/language klingon",
                ParseError::BadValue {
                    command: "language",
                    argument: "language",
                    value: "klingon".into(),
                },
            ),
            (
                "/stage sprint 1 sideways",
                ParseError::BadValue {
                    command: "stage",
                    argument: "stage",
                    value: "sideways".into(),
                },
            ),
            (
                "/sprint new 2026-13-01 2026-06-30 Title",
                ParseError::BadValue {
                    command: "sprint",
                    argument: "opens",
                    value: "2026-13-01".into(),
                },
            ),
            (
                "/role 4 emperor",
                ParseError::BadValue {
                    command: "role",
                    argument: "role",
                    value: "emperor".into(),
                },
            ),
        ];
        for (line, expected) in table {
            assert_eq!(parse(line), Err(expected), "{line}");
        }
    }

    #[test]
    fn odd_input_never_panics() {
        let long = format!("/{}", "x".repeat(10_000));
        for line in [
            "/",
            "/ ",
            "//",
            "/@",
            "/support \u{0}",
            "/comment 1 \u{202e}rtl",
            long.as_str(),
            "/ideas top 99999999999999999999",
        ] {
            let _ = parse(line);
        }
    }
}
