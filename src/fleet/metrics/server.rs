//! The `/metrics` server: a few lines of HTTP/1.1 on tokio, on its own
//! thread.
//!
//! Hand-written rather than built on an HTTP server crate because it answers
//! exactly one thing, `GET /metrics`, one request per connection, to a
//! Prometheus a few times a minute; the kiosk has no other HTTP server, and
//! hyper's server side with its helpers would be more code to audit than
//! this. It is strict in what it reads: the request head is at most 8 KiB
//! and must arrive within 5 seconds, anything but `GET` or `HEAD` is 405,
//! any path but `/metrics` is 404, a scraper outside `[metrics] allow` is 403,
//! and at most four scrapes are answered at once (503 past that). The
//! answer is always `Connection: close`.
//!
//! The server runs on its own thread with a single-threaded tokio runtime,
//! so it needs nothing from the app's runtime and a slow store read never
//! holds the screen; the store is read on a blocking thread.

use super::{Reader, Target};
use crate::config::Config;
use crate::config::metrics::is_allowed;
use crate::fleet::Live;
use ipnet::IpNet;
use prometheus_client::encoding::prometheus_text::CONTENT_TYPE;
use std::net::{IpAddr, SocketAddr};
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{Semaphore, oneshot};

/// The longest request head read.
pub const MAX_REQUEST: usize = 8 * 1024;
/// How long a scraper may take to send its request, and to take the answer.
pub const TIMEOUT: Duration = Duration::from_secs(5);
/// Scrapes answered at once.
pub const CONCURRENT: usize = 4;

/// Why the metrics server could not start.
#[derive(Debug, thiserror::Error)]
pub enum MetricsError {
    /// `[metrics] listen` is not an address and port.
    #[error("metrics.listen: \"{0}\" is not an address and port")]
    Listen(String),
    /// The address could not be taken (in use, or not this machine's).
    #[error("metrics.listen: cannot listen on {0}: {1}")]
    Bind(SocketAddr, std::io::Error),
    /// The server's thread or runtime could not be started.
    #[error("the metrics server could not start: {0}")]
    Start(std::io::Error),
}

/// A running metrics server. Dropping it (or [`Server::stop`]) stops it.
#[derive(Debug)]
pub struct Server {
    addr: SocketAddr,
    stop: Option<oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Server {
    /// Where it listens (with the real port when the config said port 0).
    pub fn local_addr(&self) -> SocketAddr {
        self.addr
    }

    /// Stops it and waits for its thread to end.
    pub fn stop(mut self) {
        self.shutdown();
    }

    fn shutdown(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.shutdown();
    }
}

/// Starts serving `/metrics` when `[metrics] listen` is set: `Ok(None)`
/// when metrics are off. The address is taken before this returns, so a
/// port in use is reported at once. Call from anywhere: the server runs on
/// its own thread.
pub fn serve(
    config: &Config,
    store_path: &Path,
    live: Live,
) -> Result<Option<Server>, MetricsError> {
    let Some(listen) = config.metrics.listen.as_deref() else {
        return Ok(None);
    };
    let addr = config
        .metrics
        .listen_addr()
        .ok_or_else(|| MetricsError::Listen(listen.to_string()))?;
    let listener = std::net::TcpListener::bind(addr).map_err(|e| MetricsError::Bind(addr, e))?;
    listener
        .set_nonblocking(true)
        .map_err(MetricsError::Start)?;
    let local = listener.local_addr().map_err(MetricsError::Start)?;
    let context = Arc::new(Context {
        reader: Arc::new(std::sync::Mutex::new(Reader::new(Target::new(
            config, store_path,
        )))),
        live,
        allowed: config.metrics.allowed(),
    });
    let (stop, stopped) = oneshot::channel();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .max_blocking_threads(2)
        .build()
        .map_err(MetricsError::Start)?;
    let thread = std::thread::Builder::new()
        .name("frontdoor-metrics".into())
        .spawn(move || {
            runtime.block_on(async move {
                match TcpListener::from_std(listener) {
                    Ok(listener) => {
                        tokio::select! {
                            () = accept(listener, context) => {}
                            _ = stopped => {}
                        }
                    }
                    Err(e) => tracing::error!(error = %e, "metrics: cannot listen"),
                }
            });
        })
        .map_err(MetricsError::Start)?;
    tracing::info!(listen = %local, "metrics: serving /metrics");
    Ok(Some(Server {
        addr: local,
        stop: Some(stop),
        thread: Some(thread),
    }))
}

struct Context {
    reader: Arc<std::sync::Mutex<Reader>>,
    live: Live,
    allowed: Vec<IpNet>,
}

async fn accept(listener: TcpListener, context: Arc<Context>) {
    let permits = Arc::new(Semaphore::new(CONCURRENT));
    loop {
        let (stream, peer) = match listener.accept().await {
            Ok(accepted) => accepted,
            Err(e) => {
                // Out of file descriptors and the like: wait, then go on.
                tracing::warn!(error = %e, "metrics: accept failed");
                tokio::time::sleep(Duration::from_millis(100)).await;
                continue;
            }
        };
        let context = context.clone();
        let permit = permits.clone().try_acquire_owned().ok();
        tokio::spawn(async move {
            let _ = tokio::time::timeout(
                TIMEOUT * 2,
                answer(stream, peer.ip(), &context, permit.is_some()),
            )
            .await;
            drop(permit);
        });
    }
}

/// A response: status line and body.
struct Reply {
    status: &'static str,
    content_type: &'static str,
    body: String,
    head_only: bool,
}

impl Reply {
    fn plain(status: &'static str, body: &str) -> Reply {
        Reply {
            status,
            content_type: "text/plain; charset=utf-8",
            body: format!("{body}\n"),
            head_only: false,
        }
    }
}

async fn answer(mut stream: TcpStream, peer: IpAddr, context: &Context, has_room: bool) {
    let reply = match tokio::time::timeout(TIMEOUT, read_head(&mut stream)).await {
        Err(_) => Reply::plain("408 Request Timeout", "the request took too long"),
        Ok(Err(reply)) => reply,
        Ok(Ok(head)) => route(&head, peer, context, has_room).await,
    };
    let status_code = reply.status.split(' ').next().unwrap_or_default();
    if status_code == "200" {
        tracing::debug!(peer = %peer, status = status_code, "metrics: scraped");
    } else {
        tracing::info!(peer = %peer, status = status_code, "metrics: request refused");
    }
    let mut head = format!(
        "HTTP/1.1 {}\r\nContent-Type: {}\r\nContent-Length: {}\r\nConnection: close\r\n",
        reply.status,
        reply.content_type,
        reply.body.len()
    );
    if reply.status.starts_with("405") {
        head.push_str("Allow: GET, HEAD\r\n");
    }
    head.push_str("\r\n");
    let write = async {
        stream.write_all(head.as_bytes()).await?;
        if !reply.head_only {
            stream.write_all(reply.body.as_bytes()).await?;
        }
        stream.shutdown().await
    };
    let _ = tokio::time::timeout(TIMEOUT, write).await;
}

/// Reads up to the blank line that ends the request head.
async fn read_head(stream: &mut TcpStream) -> Result<String, Reply> {
    let mut buf = Vec::with_capacity(1024);
    let mut chunk = [0u8; 1024];
    loop {
        let n = stream
            .read(&mut chunk)
            .await
            .map_err(|_| Reply::plain("400 Bad Request", "the request could not be read"))?;
        if n == 0 {
            return Err(Reply::plain("400 Bad Request", "the request ended early"));
        }
        buf.extend_from_slice(&chunk[..n]);
        if let Some(end) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            buf.truncate(end);
            return String::from_utf8(buf)
                .map_err(|_| Reply::plain("400 Bad Request", "the request is not text"));
        }
        if buf.len() > MAX_REQUEST {
            return Err(Reply::plain(
                "431 Request Header Fields Too Large",
                "the request is too large",
            ));
        }
    }
}

async fn route(head: &str, peer: IpAddr, context: &Context, has_room: bool) -> Reply {
    let line = head.lines().next().unwrap_or_default();
    let mut parts = line.split(' ');
    let (Some(method), Some(target), Some(version), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Reply::plain("400 Bad Request", "not an HTTP request");
    };
    if !version.starts_with("HTTP/1.") {
        return Reply::plain("505 HTTP Version Not Supported", "use HTTP/1.1");
    }
    if !is_allowed(&context.allowed, peer) {
        return Reply::plain(
            "403 Forbidden",
            "this address may not read this terminal's metrics: see [metrics] allow",
        );
    }
    let path = target.split('?').next().unwrap_or_default();
    if path != "/metrics" {
        return Reply::plain("404 Not Found", "the metrics are at /metrics");
    }
    let head_only = match method {
        "GET" => false,
        "HEAD" => true,
        _ => return Reply::plain("405 Method Not Allowed", "use GET"),
    };
    if !has_room {
        return Reply::plain("503 Service Unavailable", "too many scrapes at once");
    }
    let reader = context.reader.clone();
    let live = context.live.clone();
    let read = move || {
        reader
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .render(&live, chrono::Utc::now())
    };
    match tokio::task::spawn_blocking(read).await {
        Ok(body) => Reply {
            status: "200 OK",
            content_type: CONTENT_TYPE,
            body,
            head_only,
        },
        Err(e) => {
            tracing::error!(error = %e, "metrics: rendering failed");
            Reply::plain("500 Internal Server Error", "the metrics could not be read")
        }
    }
}
