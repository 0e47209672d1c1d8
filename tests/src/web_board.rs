//! The web board over real HTTP on 127.0.0.1, on the test's core and database, and a reader
//! that fetches its pages as a browser without JavaScript would (no cookies, no redirects
//! followed unless asked).

use crate::TestEnv;
use crowdsprint_core::i18n::Catalog;
use std::sync::Arc;

/// The Telegram bot the test board links idea pages to.
pub const TELEGRAM_CHAT: &str = "https://t.me/crowdsprint_test_bot";

/// The board's address, serving until the test ends (a clone shares the connection pool).
#[derive(Debug, Clone)]
pub struct Board {
    pub base: String,
    client: reqwest::Client,
}

/// One answer, read whole.
#[derive(Debug)]
pub struct Page {
    pub status: u16,
    pub headers: reqwest::header::HeaderMap,
    pub body: String,
}

impl Page {
    pub fn header(&self, name: &str) -> &str {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
    }
}

impl Page {
    /// The staff session cookie this answer sets (`Some("")` when it clears it).
    pub fn session_cookie(&self) -> Option<String> {
        self.headers
            .get_all("set-cookie")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .find_map(|v| v.strip_prefix("__Host-crowdsprint-staff="))
            .map(|rest| rest.split(';').next().unwrap_or_default().to_owned())
    }
}

impl Board {
    pub async fn start(env: &TestEnv) -> Board {
        let listener = bind().await;
        Board::serve(env, listener)
    }

    /// The board on a port of its own, with `env`'s public address set to it, so the links
    /// core makes (sign-in links, "Open on the web") lead to this board.
    pub async fn start_public(env: TestEnv) -> (TestEnv, Board) {
        let listener = bind().await;
        let addr = listener.local_addr().expect("an address");
        let env = env.with_public_url(&format!("http://{addr}"));
        let board = Board::serve(&env, listener);
        (env, board)
    }

    fn serve(env: &TestEnv, listener: tokio::net::TcpListener) -> Board {
        let catalog = Arc::new(Catalog::load().expect("the catalog loads"));
        let join = crowdsprint_web::JoinLinks {
            telegram: Some(TELEGRAM_CHAT.to_owned()),
        };
        let router = crowdsprint_web::router(env.core.clone(), catalog, join);
        let addr = listener.local_addr().expect("an address");
        tokio::spawn(async move { axum::serve(listener, router).await });
        Board {
            base: format!("http://{addr}"),
            client: reqwest::Client::builder()
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .expect("a client"),
        }
    }

    /// `path` read with the staff session `cookie`.
    pub async fn get_signed_in(&self, path: &str, cookie: &str) -> Page {
        let request = self
            .client
            .get(self.url(path))
            .header("cookie", format!("__Host-crowdsprint-staff={cookie}"));
        read(request).await
    }

    /// A form sent from one of the board's own pages, with the staff session `cookie`.
    pub async fn post(&self, path: &str, form: &[(&str, &str)], cookie: Option<&str>) -> Page {
        self.post_from(path, form, cookie, Some(&self.base.clone()))
            .await
    }

    /// A form sent from a page at `origin` (`None`: a browser that names none).
    pub async fn post_from(
        &self,
        path: &str,
        form: &[(&str, &str)],
        cookie: Option<&str>,
        origin: Option<&str>,
    ) -> Page {
        let body = form_urlencoded::Serializer::new(String::new())
            .extend_pairs(form)
            .finish();
        let mut request = self
            .client
            .post(self.url(path))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(body);
        if let Some(cookie) = cookie {
            request = request.header("cookie", format!("__Host-crowdsprint-staff={cookie}"));
        }
        if let Some(origin) = origin {
            request = request.header("origin", origin);
        }
        read(request).await
    }

    /// A path on the board, or a whole address (a sign-in link) as it is.
    fn url(&self, path: &str) -> String {
        if path.starts_with("http") {
            path.to_owned()
        } else {
            format!("{}{path}", self.base)
        }
    }

    /// `path` read by a browser asking for `accept_language`.
    pub async fn get(&self, path: &str, accept_language: Option<&str>) -> Page {
        let mut request = self.client.get(self.url(path));
        if let Some(languages) = accept_language {
            request = request.header("accept-language", languages);
        }
        read(request).await
    }
}

async fn bind() -> tokio::net::TcpListener {
    tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("a free port")
}

async fn read(request: reqwest::RequestBuilder) -> Page {
    let response = request.send().await.expect("the board answers");
    Page {
        status: response.status().as_u16(),
        headers: response.headers().clone(),
        body: response.text().await.expect("a body"),
    }
}
