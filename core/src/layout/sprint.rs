//! Sprints and what is counted in them: the overview, the challenge list, the sprint lines,
//! stats and the audit log.

use super::{Doc, Line};
use crate::domain::words;
use crate::domain::*;
use crate::service::{SprintOverview, SprintStats};
use crate::store::AuditEntry;

/// A sprint with its window, description, numbers and challenges.
pub fn sprint_overview(o: &SprintOverview) -> Doc {
    let s = &o.sprint;
    let mut doc = vec![
        Line::words(
            Msg::new("sprint-title")
                .arg("id", s.id.get())
                .arg("title", s.title.as_str())
                .arg("stage", s.stage.to_msg()),
        )
        .strong(),
        Line::words(words::sprint_window(s, o.accepting)),
    ];
    if !s.description.is_empty() {
        doc.extend([Line::blank(), Line::typed(&s.description)]);
    }
    doc.extend([Line::blank(), Line::words(o.counts.to_msg()), Line::blank()]);
    doc.extend(challenge_list(&o.challenges));
    doc
}

/// The challenges of a sprint, numbered as `/idea` asks for them.
pub fn challenge_list(challenges: &[Challenge]) -> Doc {
    if challenges.is_empty() {
        return vec![Line::words(Msg::new("no-challenges"))];
    }
    let numbered = challenges.iter().enumerate().map(|(n, c)| {
        Line::mark(format!("{}. ", n + 1))
            .then_typed(&c.title)
            .at(1)
    });
    std::iter::once(Line::words(Msg::new("challenges-heading")).strong())
        .chain(numbered)
        .collect()
}

/// One line per sprint.
pub fn sprint_lines(sprints: &[Sprint]) -> Doc {
    if sprints.is_empty() {
        return vec![Line::words(Msg::new("error-no-open-sprint"))];
    }
    sprints
        .iter()
        .map(|s| Line::words(words::sprint_line(s)))
        .collect()
}

/// The sprint's numbers and how its response promise is kept, then each challenge's.
pub fn stats(stats: &SprintStats) -> Doc {
    let mut doc = vec![
        Line::words(words::sprint_line(&stats.sprint)).strong(),
        Line::words(stats.total.to_msg()),
        Line::words(stats.responses.to_msg()),
    ];
    let (now, digest) = stats.updates;
    if now + digest > 0 {
        doc.push(Line::words(
            Msg::new("stats-updates")
                .arg("now", now)
                .arg("digest", digest),
        ));
    }
    let (captured, sessions) = stats.captured;
    if captured > 0 {
        doc.push(Line::words(
            Msg::new("stats-captured")
                .arg("count", captured)
                .arg("sessions", sessions),
        ));
    }
    for (n, (challenge, counts)) in stats.challenges.iter().enumerate() {
        doc.push(
            Line::mark("• ")
                .then_typed(&challenge.title)
                .then_mark(": ")
                .then_words(counts.to_msg())
                .at(1),
        );
        if let Some(responses) = stats.challenge_responses.get(n) {
            doc.push(Line::words(responses.to_msg()).at(2).quiet());
        }
    }
    doc
}

/// "2026-12-04 10:00 member 3: hid #12", then the reason and details as they were typed.
pub fn audit_line(e: &AuditEntry) -> Line {
    let mut line = Line::words(e.to_msg());
    if let Some(reason) = &e.reason {
        line = line.then_mark(" (").then_typed(reason).then_mark(")");
    }
    if !e.details.is_empty() {
        line = line.then_mark(" ").then_typed(&e.details);
    }
    line
}

/// The audit log, newest first as core returns it.
pub fn audit(entries: &[AuditEntry]) -> Doc {
    entries.iter().map(audit_line).collect()
}
