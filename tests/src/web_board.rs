//! The web board over real HTTP on 127.0.0.1, on the test's core and database, and a reader
//! that fetches its pages as a browser without JavaScript would (no cookies, no redirects
//! followed unless asked).

use crate::TestEnv;
use crowdsprint_core::i18n::Catalog;
use std::sync::Arc;

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

impl Board {
    pub async fn start(env: &TestEnv) -> Board {
        let catalog = Arc::new(Catalog::load().expect("the catalog loads"));
        let router = crowdsprint_web::router(env.core.clone(), catalog);
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("a free port");
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

    /// `path` read by a browser asking for `accept_language`.
    pub async fn get(&self, path: &str, accept_language: Option<&str>) -> Page {
        let mut request = self.client.get(format!("{}{path}", self.base));
        if let Some(languages) = accept_language {
            request = request.header("accept-language", languages);
        }
        let response = request.send().await.expect("the board answers");
        Page {
            status: response.status().as_u16(),
            headers: response.headers().clone(),
            body: response.text().await.expect("a body"),
        }
    }
}
