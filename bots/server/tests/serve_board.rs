//! `crowdsprint serve` with no chat bot configured serves the web board alone, beside its
//! health checks, and stops cleanly; with a bot, the board is on the same listener.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use crowdsprint_tests::serve::{serve_with_no_bot, stop};
use crowdsprint_tests::{Backend, TestEnv, eventually};

const BIN: &str = env!("CARGO_BIN_EXE_crowdsprint");

async fn board_alone(backend: Backend) {
    let env = TestEnv::new(backend).await;
    let (sprint, _) = env.open_sprint().await;
    let dir = tempfile::tempdir().unwrap();
    let (mut command, addr) = serve_with_no_bot(BIN, &env, dir.path());
    let child = command.spawn().expect("serve starts");
    let client = reqwest::Client::new();
    let home = eventually("the board answers", || async {
        let response = client.get(format!("http://{addr}/")).send().await.ok()?;
        (response.status() == 200).then_some(response.text().await.ok()?)
    })
    .await;
    assert!(home.contains(&sprint.title), "{home}");
    let sprint_page = client
        .get(format!("http://{addr}/sprints/{}", sprint.id))
        .header("accept-language", "cy")
        .send()
        .await
        .unwrap();
    assert_eq!(sprint_page.status(), 200);
    assert!(sprint_page.text().await.unwrap().contains(r#"lang="cy""#));
    let ready = client
        .get(format!("http://{addr}/readyz"))
        .send()
        .await
        .unwrap();
    assert_eq!(
        ready.status(),
        200,
        "no bot to wait for: ready once the database is"
    );

    let (clean, logs) = stop(child).await;
    assert!(clean, "{logs}");
    assert!(logs.contains("serving the web board alone"), "{logs}");
}

#[tokio::test(flavor = "multi_thread")]
async fn serve_with_no_bot_serves_the_board_alone_on_sqlite() {
    board_alone(Backend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn serve_with_no_bot_serves_the_board_alone_on_postgres() {
    board_alone(Backend::Postgres).await;
}
