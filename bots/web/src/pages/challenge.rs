//! `/challenges/{id}`: a challenge's published ideas, most supported or newest first, a page
//! at a time (`?order=new&page=2`).

use super::{Link, Reader, failure, html, id_from, not_here};
use crate::Board;
use crate::frame::Frame;
use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use crowdsprint_core::domain::{ChallengeId, ListOrder, Msg, words};

#[derive(Debug)]
pub struct Tab {
    pub href: String,
    pub text: String,
    pub current: bool,
}

#[derive(Debug)]
pub struct IdeaCard {
    pub href: String,
    pub title: String,
    pub meta: String,
    pub supporters: String,
    pub comments: String,
}

#[derive(Debug)]
pub struct Pager {
    pub label: String,
    pub position: String,
    pub previous: Option<Link>,
    pub next: Option<Link>,
}

#[derive(Template)]
#[template(path = "challenge.html")]
struct ChallengePage {
    frame: Frame,
    crumbs_label: String,
    sprint: Link,
    title: String,
    description: String,
    order_label: String,
    tabs: Vec<Tab>,
    empty: String,
    ideas: Vec<IdeaCard>,
    pager: Option<Pager>,
}

pub async fn page(State(board): State<Board>, reader: Reader, Path(raw): Path<String>) -> Response {
    let Some(id) = id_from(&raw) else {
        return not_here(&board, &reader);
    };
    let order = match reader.query("order") {
        Some("new") => ListOrder::New,
        _ => ListOrder::Top,
    };
    // Pages are counted from 1 in addresses, as people count them.
    let number = reader
        .query("page")
        .and_then(|p| p.parse::<i64>().ok())
        .unwrap_or(1)
        .clamp(1, 1_000_000);
    let shown = match board
        .core
        .public_challenge(ChallengeId(id), order, number - 1)
        .await
    {
        Ok(shown) => shown,
        Err(error) => return failure(&board, &reader, &error),
    };
    let words = reader.words(&board);
    let here = format!("/challenges/{id}");
    // Links within the list keep the language, the order and the page apart.
    let link_to = |order: ListOrder, page: i64| {
        let mut query = vec![format!("order={}", order.as_str())];
        if page > 1 {
            query.push(format!("page={page}"));
        }
        query.extend(reader.chosen.param());
        format!("{here}?{}", query.join("&"))
    };
    let pages = shown.ideas.pages();
    let pager = (pages > 1).then(|| Pager {
        label: words.text("web-pages"),
        position: words.msg(&Msg::new("web-page").arg("page", number).arg("pages", pages)),
        previous: (number > 1).then(|| Link {
            href: link_to(order, number - 1),
            text: words.text("web-previous"),
        }),
        next: (number < pages).then(|| Link {
            href: link_to(order, number + 1),
            text: words.text("web-next"),
        }),
    });
    let page = ChallengePage {
        frame: reader.frame(&board, shown.challenge.title.clone()),
        crumbs_label: words.text("web-breadcrumbs"),
        sprint: Link {
            href: reader.link(&format!("/sprints/{}", shown.sprint.id)),
            text: shown.sprint.title.clone(),
        },
        title: shown.challenge.title.clone(),
        description: shown.challenge.description.clone(),
        order_label: words.text("web-order-label"),
        tabs: [
            (ListOrder::Top, "web-order-top"),
            (ListOrder::New, "web-order-new"),
        ]
        .into_iter()
        .map(|(tab, id)| Tab {
            href: link_to(tab, 1),
            text: words.text(id),
            current: tab == order,
        })
        .collect(),
        empty: words.text("web-no-ideas"),
        ideas: shown
            .ideas
            .ideas
            .iter()
            .map(|idea| IdeaCard {
                href: reader.link(&format!("/ideas/{}", idea.id)),
                title: idea.title.clone(),
                meta: words.msg(
                    &Msg::new("chat-review-idea-meta")
                        .arg("kind", idea.kind.to_msg())
                        .arg("author", words::byline(idea))
                        .arg("date", words::date(idea.created_at)),
                ),
                supporters: words.msg(&Msg::new("web-supporters").arg("count", idea.supporters)),
                comments: words.msg(&Msg::new("web-comment-count").arg("count", idea.comments)),
            })
            .collect(),
        pager,
    };
    html(&page)
}
