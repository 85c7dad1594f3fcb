//! The council's web server for the fleet tests: a static file server on
//! loopback that answers GET and HEAD for the files put in it, 404 for
//! anything else, 405 for other methods, as nginx or IIS serving a folder
//! would. And the council's minisign key, to sign what it publishes.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use std::collections::HashMap;
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// A static file server on 127.0.0.1. Stops when dropped.
pub struct Files {
    addr: SocketAddr,
    files: Arc<Mutex<HashMap<String, Vec<u8>>>>,
    stop: Arc<AtomicBool>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Files {
    pub fn start() -> Files {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        let addr = listener.local_addr().expect("addr");
        listener.set_nonblocking(true).expect("nonblocking");
        let files: Arc<Mutex<HashMap<String, Vec<u8>>>> = Arc::default();
        let stop = Arc::new(AtomicBool::new(false));
        let thread = {
            let (files, stop) = (files.clone(), stop.clone());
            std::thread::spawn(move || {
                while !stop.load(Ordering::Relaxed) {
                    match listener.accept() {
                        Ok((stream, _)) => {
                            let files = files.clone();
                            std::thread::spawn(move || serve(stream, &files));
                        }
                        Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {
                            std::thread::sleep(Duration::from_millis(5));
                        }
                        Err(_) => return,
                    }
                }
            })
        };
        Files {
            addr,
            files,
            stop,
            thread: Some(thread),
        }
    }

    /// `http://127.0.0.1:PORT` + `path`.
    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    /// Publishes `bytes` at `path` (replacing what was there).
    pub fn put(&self, path: &str, bytes: impl Into<Vec<u8>>) {
        self.files
            .lock()
            .unwrap()
            .insert(path.to_string(), bytes.into());
    }

    /// Takes a file down.
    pub fn remove(&self, path: &str) {
        self.files.lock().unwrap().remove(path);
    }
}

impl Drop for Files {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

fn serve(mut stream: TcpStream, files: &Mutex<HashMap<String, Vec<u8>>>) {
    stream.set_nonblocking(false).ok();
    stream.set_read_timeout(Some(Duration::from_secs(5))).ok();
    let mut head = Vec::new();
    let mut byte = [0u8; 1];
    while !head.ends_with(b"\r\n\r\n") {
        match stream.read(&mut byte) {
            Ok(1) => head.push(byte[0]),
            _ => return,
        }
        if head.len() > 16 * 1024 {
            let _ = reply(
                &mut stream,
                "431 Request Header Fields Too Large",
                b"",
                false,
            );
            return;
        }
    }
    let head = String::from_utf8_lossy(&head);
    let mut parts = head.lines().next().unwrap_or_default().split(' ');
    let (method, path) = (
        parts.next().unwrap_or_default(),
        parts.next().unwrap_or_default(),
    );
    let result = match method {
        "GET" | "HEAD" => match files.lock().unwrap().get(path).cloned() {
            Some(body) => reply(&mut stream, "200 OK", &body, method == "HEAD"),
            None => reply(
                &mut stream,
                "404 Not Found",
                b"<h1>404 Not Found</h1>",
                false,
            ),
        },
        _ => reply(&mut stream, "405 Method Not Allowed", b"", false),
    };
    let _ = result;
}

fn reply(
    stream: &mut TcpStream,
    status: &str,
    body: &[u8],
    head_only: bool,
) -> std::io::Result<()> {
    write!(
        stream,
        "HTTP/1.1 {status}\r\nContent-Type: application/octet-stream\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    )?;
    if !head_only {
        stream.write_all(body)?;
    }
    stream.flush()
}

/// The council's minisign key pair, made for the test.
pub struct Key {
    pair: minisign::KeyPair,
}

impl Key {
    pub fn new() -> Key {
        Key {
            pair: minisign::KeyPair::generate_unencrypted_keypair().expect("key pair"),
        }
    }

    /// The public key as `[fleet] public_key` takes it.
    pub fn public(&self) -> String {
        self.pair.pk.to_base64()
    }

    /// A `.minisig` for `text`, as `minisign -S` writes it.
    pub fn sign(&self, text: &[u8]) -> String {
        minisign::sign(
            Some(&self.pair.pk),
            &self.pair.sk,
            std::io::Cursor::new(text),
            Some("frontdoor test"),
            Some("signature from the test council's key"),
        )
        .expect("signed")
        .to_string()
    }

    /// Publishes `text` at `path` with its signature at `path.minisig`.
    pub fn publish(&self, files: &Files, path: &str, text: &str) {
        files.put(path, text.as_bytes());
        files.put(&format!("{path}.minisig"), self.sign(text.as_bytes()));
    }
}
