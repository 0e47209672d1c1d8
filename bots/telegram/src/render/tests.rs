//! Snapshots of the rendered HTML: exact text, with every user value escaped.
#![allow(clippy::unwrap_used)]

use super::*;
use crate::html::{split_message, visible_len};
use crate::test_support::{CATALOG, comment, held_idea, idea, overview, page, view};
use crowdsprint_core::service::{ReviewItem, ReviewQueue};

fn en() -> HtmlRenderer<'static> {
    HtmlRenderer {
        catalog: &CATALOG,
        locale: Locale::EnGb,
    }
}

fn cy() -> HtmlRenderer<'static> {
    HtmlRenderer {
        catalog: &CATALOG,
        locale: Locale::Cy,
    }
}

#[test]
fn an_idea_card() {
    let expected = "\
<b>#12 Less &lt;waiting&gt; &amp; more 🏥 care</b>
<i>Idea · People &amp; teams · by Jo &lt;Ward 7&gt; · 2026-06-12</i>

Patients wait &amp; wait.
A &lt;b&gt;board&lt;/b&gt; would help.

Stage: Submitted
Themes: Flow &amp; discharge
<b>Comments:</b>
c3 Sam: I agree &lt;3 &amp; more
↳ c4 ✔ Response from Priya: Thanks — we'll look at it.";
    assert_eq!(en().idea_card(&view()), expected);
}

#[test]
fn an_idea_card_in_welsh_without_comments() {
    let mut v = view();
    v.comments.clear();
    v.themes.clear();
    v.idea.body.clear();
    v.idea.author_name = None;
    let expected = "\
<b>#12 Less &lt;waiting&gt; &amp; more 🏥 care</b>
<i>Syniad · People &amp; teams · awdur: cyn-aelod · 2026-06-12</i>
Cam: Wedi'i gyflwyno
Does dim sylwadau eto. Pwyswch 💬 Sylw i ychwanegu'r un cyntaf.";
    assert_eq!(cy().idea_card(&v), expected);
}

#[test]
fn a_held_idea_says_why_and_invites_no_comments() {
    let mut v = view();
    v.idea = held_idea();
    v.comments.clear();
    v.themes.clear();
    let expected = "\
<b>#13 Call Mrs Jones</b>
<i>Idea · People &amp; teams · by Jo &lt;Ward 7&gt; · 2026-06-12</i>

Her number is 07700 900123

Held for review: may contain Phone number.
Stage: Submitted";
    assert_eq!(en().idea_card(&v), expected);
}

#[test]
fn a_list_page() {
    let expected = "\
<b>Top ideas · page 2 of 3</b>
#12 Less &lt;waiting&gt; &amp; more 🏥 care — 5 supporters, 2 comments
#13 Call Mrs Jones — 0 supporters, 0 comments [Waiting for a check]";
    assert_eq!(en().idea_page(&page(), ListOrder::Top), expected);
    let mut empty = page();
    empty.ideas.clear();
    assert_eq!(
        en().idea_page(&empty, ListOrder::Mine),
        "No ideas here yet. Be the first: type /idea."
    );
}

#[test]
fn a_sprint_overview() {
    let expected = "\
<b>Sprint 3: Home for noon (Open for ideas)</b>
Open for ideas from 2026-06-01 until 2026-06-30.

Getting people home &lt;sooner&gt; &amp; safer.

40 people · 12 ideas · 80 votes · 9 comments · 101 interactions

<b>Challenges:</b>
1. People &amp; teams
2. Organisations, including systems";
    assert_eq!(en().doc(&layout::sprint_overview(&overview())), expected);
}

#[test]
fn review_items() {
    let queue = ReviewQueue {
        items: Vec::new(),
        ideas_waiting: 1,
        comments_waiting: 2,
    };
    assert_eq!(
        en().review_heading(&queue),
        "<b>Waiting for review: 1 idea, 2 comments.</b>"
    );
    let expected = "\
<b>#13 Call Mrs Jones</b>
<i>Idea · by Jo &lt;Ward 7&gt; · 2026-06-12</i>

Her number is 07700 900123

Held for review: may contain Phone number.";
    assert_eq!(en().review_item(&ReviewItem::Idea(held_idea())), expected);
    let item = ReviewItem::Comment {
        comment: comment(9, None, "<Sam>", "Nurse \"Kay\" & co", false),
        idea_title: idea().title,
    };
    assert_eq!(
        en().review_item(&item),
        "c9 on #12 \"Less &lt;waiting&gt; &amp; more 🏥 care\" — &lt;Sam&gt;: Nurse \"Kay\" &amp; co"
    );
}

#[test]
fn errors_in_the_members_words() {
    let error = UserError::IdeaNotFound { id: IdeaId(42) };
    assert!(en().user_error(&error).contains("#42"));
    let typed = crowdsprint_core::command::parse("/support <b>").unwrap_err();
    let shown = en().parse_error(&typed);
    assert!(shown.contains("&lt;b&gt;"), "{shown}");
    assert!(!shown.contains("<b>"), "{shown}");
    assert!(shown.contains("Usage: /support N"), "{shown}");
    assert_eq!(
        en().internal_error("0badc0de"),
        "Sorry, something went wrong on our side. Please try again in a moment. If it keeps happening, quote reference 0badc0de."
    );
    assert_eq!(
        en().plain(&Msg::new("chat-callback-invalid")),
        "Sorry, that button didn't work. Please send the command again."
    );
}

#[test]
fn a_card_with_hundreds_of_comments_splits_into_valid_messages() {
    let mut v = view();
    v.comments = (1..=300)
        .map(|n| {
            comment(
                n,
                None,
                "A & B",
                "<i>not italic</i> & 🏥 ".repeat(3).trim(),
                false,
            )
        })
        .collect();
    let card = en().idea_card(&v);
    assert!(visible_len(&card) > 4096);
    let parts = split_message(&card);
    assert!(parts.len() >= 2);
    assert!(parts[0].starts_with("<b>#12 Less &lt;waiting&gt;"));
    for part in &parts {
        assert!(visible_len(part) <= 4096);
        assert!(!part.contains("<i>not"), "{part}");
    }
}

#[test]
fn answers_named_at_run_time_have_words_in_every_language() {
    use crate::callback::CallbackError;
    use crate::limits::{LimitKind, SlowDown};
    use std::time::Duration;
    let mut msgs: Vec<Msg> = [
        CallbackError::Empty,
        CallbackError::Forged,
        CallbackError::Stale { version: '0' },
    ]
    .iter()
    .map(CallbackError::to_msg)
    .collect();
    for kind in [LimitKind::Idea, LimitKind::Vote] {
        for seconds in [1, 30, 600] {
            let retry_after = Duration::from_secs(seconds);
            msgs.push(SlowDown { kind, retry_after }.to_msg());
        }
    }
    for locale in Locale::ALL {
        let r = HtmlRenderer {
            catalog: &CATALOG,
            locale: *locale,
        };
        for msg in &msgs {
            assert!(CATALOG.has(*locale, msg.id), "{locale}: {}", msg.id);
            let text = r.plain(msg);
            // Button answers are shown as a notice of at most 200 characters.
            assert!(text.chars().count() <= 200, "{locale}: {text}");
            assert!(!text.contains('{'), "{locale}: {text}");
        }
    }
    let wait = |kind, seconds| {
        let retry_after = Duration::from_secs(seconds);
        en().plain(&SlowDown { kind, retry_after }.to_msg())
    };
    assert_eq!(
        wait(LimitKind::Idea, 600),
        "You've shared a lot of ideas in a short time — thank you! Please try again in 10 minutes."
    );
    assert_eq!(
        wait(LimitKind::Vote, 1),
        "That's a lot of votes in a short time. Please try again in 1 second."
    );
    assert_eq!(
        cy().plain(
            &SlowDown {
                kind: LimitKind::Vote,
                retry_after: Duration::from_secs(30)
            }
            .to_msg()
        ),
        "Rydych chi wedi cefnogi llawer o syniadau mewn amser byr. Rhowch gynnig arall arni ymhen 30 eiliad, os gwelwch yn dda."
    );
}
