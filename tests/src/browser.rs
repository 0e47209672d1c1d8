//! A real headless Chromium driven over WebDriver (Debian's `chromium` and `chromium-driver`,
//! installed by `.ci/ensure-browser`), for the web board's browser journeys: each test starts
//! its own chromedriver on a free port, so tests can run side by side. axe-core (from
//! `tests/browser/node_modules`, installed by the same script) checks a page's accessibility
//! from inside it. Nothing is skipped: without a browser or axe-core, the test fails and says
//! what to run.

use fantoccini::{Client, ClientBuilder};
use hyper_util::client::legacy::connect::HttpConnector;
use serde_json::json;
use std::path::PathBuf;
use std::process::Stdio;
use std::time::Duration;
use tokio::process::{Child, Command};

/// A browser session and the chromedriver behind it (stopped when this is dropped).
#[derive(Debug)]
pub struct Browser {
    pub client: Client,
    _driver: Child,
}

/// One rule axe-core found broken on a page.
#[derive(Debug, Clone)]
pub struct Violation {
    pub id: String,
    pub impact: String,
    pub help: String,
    pub nodes: Vec<String>,
}

impl Browser {
    /// A fresh headless Chromium, 1280×1024, with no profile of its own.
    pub async fn start() -> Browser {
        let port = crate::serve::free_address()
            .rsplit(':')
            .next()
            .map(str::to_owned)
            .expect("a port");
        let driver = Command::new("chromedriver")
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .kill_on_drop(true)
            .spawn()
            .expect("chromedriver is not installed: run `bash .ci/ensure-browser`");
        let url = format!("http://127.0.0.1:{port}");
        let mut capabilities = serde_json::Map::new();
        capabilities.insert("browserName".into(), json!("chrome"));
        capabilities.insert(
            "goog:chromeOptions".into(),
            json!({
                "binary": "/usr/bin/chromium",
                "args": [
                    "--headless=new", "--no-sandbox", "--disable-gpu",
                    "--disable-dev-shm-usage", "--window-size=1280,1024",
                    "--lang=en-GB"
                ]
            }),
        );
        let mut last = None;
        for _ in 0..100 {
            match ClientBuilder::new(HttpConnector::new())
                .capabilities(capabilities.clone())
                .connect(&url)
                .await
            {
                Ok(client) => {
                    return Browser {
                        client,
                        _driver: driver,
                    };
                }
                Err(error) => last = Some(error),
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("no browser session from chromedriver on {url}: {last:?}");
    }

    /// The accessibility rules of WCAG 2.2 A and AA that axe-core finds broken on the page
    /// now shown.
    pub async fn axe(&self) -> Vec<Violation> {
        let script = std::fs::read_to_string(axe_path()).unwrap_or_else(|error| {
            panic!(
                "axe-core is not installed ({error}): run `bash .ci/ensure-browser`, which runs \
                 `npm ci --prefix tests/browser`"
            )
        });
        self.client
            .execute(&script, Vec::new())
            .await
            .expect("axe-core loads in the page");
        let found = self
            .client
            .execute(
                "return axe.run(document, { runOnly: { type: 'tag', values: \
                 ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } })\
                 .then(r => r.violations.map(v => ({ id: v.id, impact: v.impact || '', \
                 help: v.help, nodes: v.nodes.map(n => n.html) })));",
                Vec::new(),
            )
            .await
            .expect("axe-core runs");
        found
            .as_array()
            .cloned()
            .unwrap_or_default()
            .into_iter()
            .map(|v| Violation {
                id: v["id"].as_str().unwrap_or_default().to_owned(),
                impact: v["impact"].as_str().unwrap_or_default().to_owned(),
                help: v["help"].as_str().unwrap_or_default().to_owned(),
                nodes: v["nodes"]
                    .as_array()
                    .cloned()
                    .unwrap_or_default()
                    .iter()
                    .filter_map(|n| n.as_str().map(str::to_owned))
                    .collect(),
            })
            .collect()
    }

    /// Saves what the browser shows as `target/board-screenshots/<name>.png`, a test
    /// artefact for a person to look at; returns its path.
    pub async fn screenshot(&self, name: &str) -> PathBuf {
        let png = self.client.screenshot().await.expect("a screenshot");
        let dir = target_dir().join("board-screenshots");
        std::fs::create_dir_all(&dir).expect("the screenshot folder");
        let path = dir.join(format!("{name}.png"));
        std::fs::write(&path, png).expect("the screenshot is written");
        path
    }
}

fn axe_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("browser/node_modules/axe-core/axe.min.js")
}

/// The workspace's `target` (or `CARGO_TARGET_DIR`).
fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR").map_or_else(
        || PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target"),
        PathBuf::from,
    )
}
