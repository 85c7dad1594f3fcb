//! HTTP as every client of the kiosk does it: the Open311 back office, the
//! CalDAV diary, GOV.UK Notify, help webhooks, payment providers and the
//! fleet's signed files.
//!
//! - [`builder`] starts every `reqwest` client. Redirects are never
//!   followed: a server that answers 3xx gets no second request, so an
//!   `api_key` in a form, or an `Authorization` header, never travels to an
//!   address the config does not name. The answer is the 3xx itself, which
//!   each client reports in plain words.
//! - [`read`] and [`text`] read an answer in chunks up to a cap, and refuse
//!   it as soon as it passes the cap (at once when its `Content-Length`
//!   already says so). Nothing is buffered whole first, so a server that
//!   answers without end costs the terminal at most the cap.
//!
//! The caps come from `[network]` in the config: `max_answer_bytes` for any
//! one answer ([`MAX_ANSWER_BYTES`] unless set), `max_catalogue_bytes` for
//! the back office's whole catalogue ([`MAX_CATALOGUE_BYTES`]).

pub use crate::config::network::{MAX_ANSWER_BYTES, MAX_CATALOGUE_BYTES};

/// A `reqwest` client builder with the kiosk's user agent that never
/// follows a redirect. Every HTTP client in the kiosk starts here.
pub fn builder() -> reqwest::ClientBuilder {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .user_agent(concat!("frontdoor/", env!("CARGO_PKG_VERSION")))
}

/// Why an answer was not read.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    /// Its `Content-Length` is over the cap: not a byte was read.
    #[error(
        "the answer is {} long, more than the {} the kiosk reads, so it was not read",
        size(*declared),
        size(*limit)
    )]
    Declared {
        /// What the server said it would send.
        declared: u64,
        /// The cap.
        limit: u64,
    },
    /// It passed the cap while being read: reading stopped there.
    #[error(
        "the answer went on past {}, the most the kiosk reads, so it was not read",
        size(*limit)
    )]
    TooLarge {
        /// The cap.
        limit: u64,
    },
    /// The connection failed part way.
    #[error("the answer was cut off: {0}")]
    Cut(#[source] reqwest::Error),
}

impl ReadError {
    /// Whether the answer was refused for its size (not a network fault).
    pub fn is_too_large(&self) -> bool {
        !matches!(self, ReadError::Cut(_))
    }
}

/// A size in plain words: "8 MB", "64 KB" or "300 bytes" (1 MB is 1024 KB).
pub fn size(bytes: u64) -> String {
    const MB: u64 = 1024 * 1024;
    if bytes >= MB && bytes.is_multiple_of(MB) {
        format!("{} MB", bytes / MB)
    } else if bytes >= 10 * MB {
        format!("{} MB", (bytes + MB / 2) / MB)
    } else if bytes >= MB {
        format!("{:.1} MB", bytes as f64 / MB as f64)
    } else if bytes >= 1024 && bytes.is_multiple_of(1024) {
        format!("{} KB", bytes / 1024)
    } else {
        format!("{bytes} bytes")
    }
}

/// Reads an answer's body, chunk by chunk, refusing it once it passes
/// `limit` bytes (or at once, when its `Content-Length` is over `limit`).
pub async fn read(mut response: reqwest::Response, limit: u64) -> Result<Vec<u8>, ReadError> {
    let declared = response.content_length();
    if let Some(declared) = declared
        && declared > limit
    {
        return Err(ReadError::Declared { declared, limit });
    }
    let start = declared.unwrap_or(0).min(limit).min(64 * 1024);
    let mut body = Vec::with_capacity(usize::try_from(start).unwrap_or(0));
    while let Some(chunk) = response.chunk().await.map_err(ReadError::Cut)? {
        if (body.len() as u64).saturating_add(chunk.len() as u64) > limit {
            return Err(ReadError::TooLarge { limit });
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
}

/// [`read`] as text (UTF-8; anything else replaced with U+FFFD).
pub async fn text(response: reqwest::Response, limit: u64) -> Result<String, ReadError> {
    let body = read(response, limit).await?;
    Ok(match String::from_utf8(body) {
        Ok(s) => s,
        Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
    })
}

/// Plain words for a redirect the kiosk did not follow, naming where it
/// pointed, for staff.
pub fn redirect_words(response: &reqwest::Response) -> String {
    let to = response
        .headers()
        .get(reqwest::header::LOCATION)
        .and_then(|v| v.to_str().ok())
        .map(|l| crate::clip::to_chars(l, 200))
        .unwrap_or_else(|| "nowhere given".into());
    format!(
        "the server answered {} and pointed elsewhere ({to}); the kiosk does not follow redirects, so check the address in the config",
        response.status().as_u16()
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::{BufRead, BufReader, Write};
    use std::net::TcpListener;
    use std::sync::Arc;
    use std::sync::atomic::{AtomicU64, Ordering};

    /// Serves one answer per connection: `head` (status line and headers),
    /// then `body_chunks` chunks of 64 KiB, chunked if `chunked`. Counts
    /// the body bytes written.
    fn serve(head: &'static str, chunks: u64, chunked: bool) -> (String, Arc<AtomicU64>) {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        let addr = listener.local_addr().expect("addr");
        let written = Arc::new(AtomicU64::new(0));
        let counter = written.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(mut stream) = stream else { continue };
                let mut reader = BufReader::new(stream.try_clone().expect("clone"));
                let mut line = String::new();
                while reader.read_line(&mut line).is_ok_and(|n| n > 2) {
                    line.clear();
                }
                if stream.write_all(head.as_bytes()).is_err() {
                    continue;
                }
                let chunk = vec![b'x'; 64 * 1024];
                for _ in 0..chunks {
                    let ok = if chunked {
                        write!(stream, "{:x}\r\n", chunk.len())
                            .and_then(|()| stream.write_all(&chunk))
                            .and_then(|()| stream.write_all(b"\r\n"))
                    } else {
                        stream.write_all(&chunk)
                    };
                    if ok.is_err() {
                        break;
                    }
                    counter.fetch_add(chunk.len() as u64, Ordering::SeqCst);
                }
                if chunked {
                    let _ = stream.write_all(b"0\r\n\r\n");
                }
            }
        });
        (format!("http://{addr}/"), written)
    }

    fn runtime() -> tokio::runtime::Runtime {
        tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("runtime")
    }

    #[test]
    fn an_answer_within_the_cap_is_read_whole() {
        let (url, _) = serve(
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n",
            4,
            true,
        );
        let rt = runtime();
        let body = rt
            .block_on(async {
                let r = builder().build()?.get(&url).send().await?;
                Ok::<_, reqwest::Error>(read(r, 256 * 1024).await)
            })
            .expect("sent")
            .expect("read");
        assert_eq!(body.len(), 256 * 1024);
    }

    #[test]
    fn a_declared_length_over_the_cap_is_refused_unread() {
        // Says 3 GB; sends a little.
        let (url, _) = serve(
            "HTTP/1.1 200 OK\r\nContent-Length: 3000000000\r\nConnection: close\r\n\r\n",
            2,
            false,
        );
        let rt = runtime();
        let e = rt
            .block_on(async {
                let r = builder().build()?.get(&url).send().await?;
                Ok::<_, reqwest::Error>(read(r, MAX_ANSWER_BYTES).await)
            })
            .expect("sent")
            .expect_err("refused");
        assert!(
            matches!(
                e,
                ReadError::Declared {
                    declared: 3_000_000_000,
                    ..
                }
            ),
            "{e:?}"
        );
        assert_eq!(
            e.to_string(),
            "the answer is 2861 MB long, more than the 1 MB the kiosk reads, so it was not read"
        );
    }

    #[test]
    fn an_endless_answer_is_refused_soon_after_the_cap() {
        // 100 MB offered without a length.
        let (url, written) = serve(
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n",
            1600,
            true,
        );
        let rt = runtime();
        let e = rt
            .block_on(async {
                let r = builder().build()?.get(&url).send().await?;
                Ok::<_, reqwest::Error>(text(r, MAX_ANSWER_BYTES).await)
            })
            .expect("sent")
            .expect_err("refused");
        assert!(e.is_too_large());
        assert!(e.to_string().contains("went on past 1 MB"), "{e}");
        std::thread::sleep(std::time::Duration::from_millis(300));
        let sent = written.load(Ordering::SeqCst);
        assert!(
            sent < 40 * 1024 * 1024,
            "reading stopped at the cap, not at the end: {sent} bytes were sent"
        );
    }

    #[test]
    fn sizes_read_plainly() {
        assert_eq!(size(8 * 1024 * 1024), "8 MB");
        assert_eq!(size(64 * 1024), "64 KB");
        assert_eq!(size(300), "300 bytes");
        assert_eq!(size(1024 * 1024 + 512 * 1024), "1.5 MB");
    }

    #[test]
    fn redirects_are_not_followed() {
        // The second server counts what reaches it.
        let (second, reached) = serve(
            "HTTP/1.1 200 OK\r\nContent-Length: 65536\r\nConnection: close\r\n\r\n",
            1,
            false,
        );
        let head: &'static str = Box::leak(
            format!(
                "HTTP/1.1 307 Temporary Redirect\r\nLocation: {second}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
            )
            .into_boxed_str(),
        );
        let (first, _) = serve(head, 0, false);
        let rt = runtime();
        let response = rt
            .block_on(async {
                builder()
                    .build()?
                    .post(&first)
                    .form(&[("api_key", "secret")])
                    .send()
                    .await
            })
            .expect("sent");
        assert_eq!(response.status().as_u16(), 307);
        assert!(redirect_words(&response).contains(&second));
        std::thread::sleep(std::time::Duration::from_millis(100));
        assert_eq!(
            reached.load(Ordering::SeqCst),
            0,
            "the second server was asked"
        );
    }
}
