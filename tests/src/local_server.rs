//! Serving a fake platform on 127.0.0.1: a free port, and a task that stops when the last
//! handle to the fake is dropped.

use std::net::SocketAddr;
use std::sync::Arc;

/// The server's task, aborted on drop.
#[derive(Debug)]
pub struct ServerTask(tokio::task::JoinHandle<()>);

impl Drop for ServerTask {
    fn drop(&mut self) {
        self.0.abort();
    }
}

/// Serves `router` on a free port of 127.0.0.1.
pub async fn serve(router: axum::Router, what: &str) -> (SocketAddr, Arc<ServerTask>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .unwrap_or_else(|e| panic!("bind {what} on 127.0.0.1: {e}"));
    let addr = listener.local_addr().expect("a bound address");
    let task = tokio::spawn(async move {
        let _ = axum::serve(listener, router).await;
    });
    (addr, Arc::new(ServerTask(task)))
}
