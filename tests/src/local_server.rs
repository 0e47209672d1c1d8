//! Serving a fake platform on 127.0.0.1: a free port, and a task that stops when the last
//! handle to the fake is dropped. A fake can also go away for a while (`stop`: connections are
//! then refused, as when a platform is down or unreachable) and come back on the same port.

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::task::JoinHandle;
use tokio_util::sync::CancellationToken;

/// The server's task, aborted on drop.
#[derive(Debug)]
pub struct ServerTask {
    router: axum::Router,
    addr: SocketAddr,
    what: String,
    running: Mutex<Option<Running>>,
}

#[derive(Debug)]
struct Running {
    task: JoinHandle<()>,
    stop: CancellationToken,
}

impl Drop for ServerTask {
    fn drop(&mut self) {
        if let Some(running) = self.lock().take() {
            running.task.abort();
        }
    }
}

/// Serves `router` on a free port of 127.0.0.1.
pub async fn serve(router: axum::Router, what: &str) -> (SocketAddr, Arc<ServerTask>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .unwrap_or_else(|e| panic!("bind {what} on 127.0.0.1: {e}"));
    let addr = listener.local_addr().expect("a bound address");
    let server = ServerTask {
        router,
        addr,
        what: what.to_owned(),
        running: Mutex::new(None),
    };
    server.run_on(listener);
    (addr, Arc::new(server))
}

impl ServerTask {
    /// Stops listening: requests under way are answered, idle connections closed, and new
    /// ones refused until `start`.
    pub async fn stop(&self) {
        let Some(running) = self.lock().take() else {
            return;
        };
        running.stop.cancel();
        let mut task = running.task;
        if tokio::time::timeout(Duration::from_secs(5), &mut task)
            .await
            .is_err()
        {
            task.abort();
        }
    }

    /// Listens again on the same address.
    pub async fn start(&self) {
        if self.lock().is_some() {
            return;
        }
        // The port was ours a moment ago; a connection still closing may hold it briefly.
        let mut tries = 0;
        let listener = loop {
            match tokio::net::TcpListener::bind(self.addr).await {
                Ok(listener) => break listener,
                Err(_) if tries < 50 => {
                    tries += 1;
                    tokio::time::sleep(Duration::from_millis(100)).await;
                }
                Err(error) => panic!("bind {} again on {}: {error}", self.what, self.addr),
            }
        };
        self.run_on(listener);
    }

    fn run_on(&self, listener: tokio::net::TcpListener) {
        let stop = CancellationToken::new();
        let router = self.router.clone();
        let stopped = stop.clone();
        let task = tokio::spawn(async move {
            let _ = axum::serve(listener, router)
                .with_graceful_shutdown(stopped.cancelled_owned())
                .await;
        });
        *self.lock() = Some(Running { task, stop });
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Option<Running>> {
        self.running
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}
