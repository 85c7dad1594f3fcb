//! A tiny HTTP/1.1 server for the payment test servers: one thread per
//! connection on loopback, one request per connection, and the faults a
//! network has (answer dropped after the work is done, slowness, no
//! answer at all).
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::time::Duration;

/// One request.
#[derive(Debug, Clone)]
pub struct Request {
    /// GET, POST.
    pub method: String,
    /// The path without the query.
    pub path: String,
    /// The query string's pairs, decoded.
    pub query: Vec<(String, String)>,
    /// Headers, names in lower case.
    pub headers: HashMap<String, String>,
    /// The body.
    pub body: String,
}

impl Request {
    /// A header's value.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).map(String::as_str)
    }

    /// A query value.
    pub fn q(&self, name: &str) -> Option<&str> {
        self.query
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

/// An answer.
#[derive(Debug, Clone)]
pub struct Response {
    /// Status code.
    pub status: u16,
    /// Extra header lines, each ending in \r\n.
    pub headers: String,
    /// Body (JSON).
    pub body: String,
}

impl Response {
    /// A JSON answer.
    pub fn json(status: u16, body: impl ToString) -> Response {
        Response {
            status,
            headers: String::new(),
            body: body.to_string(),
        }
    }
}

/// What to do with the next request on a route.
#[derive(Debug, Clone)]
pub enum Fault {
    /// Answer 500 without doing anything.
    ServerError,
    /// Do the work, then close the connection without answering.
    DoThenDrop,
    /// Do the work, then answer only after this long.
    Slow(Duration),
    /// Close the connection before reading the request: nothing done.
    Refuse,
}

/// Decodes `%XX` and `+`.
pub fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                match u8::from_str_radix(
                    std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap_or(""),
                    16,
                ) {
                    Ok(b) => {
                        out.push(b);
                        i += 2;
                    }
                    Err(_) => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).to_string()
}

/// Parses `a=b&c=d`.
pub fn parse_pairs(s: &str) -> Vec<(String, String)> {
    s.split('&')
        .filter(|p| !p.is_empty())
        .map(|p| match p.split_once('=') {
            Some((k, v)) => (decode(k), decode(v)),
            None => (decode(p), String::new()),
        })
        .collect()
}

fn read(stream: &TcpStream) -> std::io::Result<Request> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut line = String::new();
    reader.read_line(&mut line)?;
    let mut parts = line.split_whitespace();
    let method = parts.next().unwrap_or("").to_string();
    let target = parts.next().unwrap_or("").to_string();
    let mut headers = HashMap::new();
    loop {
        let mut h = String::new();
        reader.read_line(&mut h)?;
        let h = h.trim_end();
        if h.is_empty() {
            break;
        }
        if let Some((k, v)) = h.split_once(':') {
            headers.insert(k.trim().to_ascii_lowercase(), v.trim().to_string());
        }
    }
    let length: usize = headers
        .get("content-length")
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    let mut body = vec![0; length];
    reader.read_exact(&mut body)?;
    let (path, query) = match target.split_once('?') {
        Some((p, q)) => (p.to_string(), parse_pairs(q)),
        None => (target, Vec::new()),
    };
    Ok(Request {
        method,
        path,
        query,
        headers,
        body: String::from_utf8_lossy(&body).to_string(),
    })
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        201 => "Created",
        204 => "No Content",
        400 => "Bad Request",
        401 => "Unauthorized",
        402 => "Payment Required",
        404 => "Not Found",
        409 => "Conflict",
        422 => "Unprocessable Entity",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        _ => "Status",
    }
}

fn write(stream: &mut TcpStream, r: &Response) -> std::io::Result<()> {
    write!(
        stream,
        "HTTP/1.1 {} {}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n{}\r\n{}",
        r.status,
        reason(r.status),
        r.body.len(),
        r.headers,
        r.body
    )?;
    stream.flush()
}

/// Serves on a free loopback port. For each request, `fault` is asked which
/// fault (if any) applies, then `handle` does the work and answers.
pub fn serve<F, H>(fault: F, handle: H) -> SocketAddr
where
    F: Fn(&Request) -> Option<Fault> + Send + Sync + 'static,
    H: Fn(&Request) -> Response + Send + Sync + 'static,
{
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    let fault = std::sync::Arc::new(fault);
    let handle = std::sync::Arc::new(handle);
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let (fault, handle) = (fault.clone(), handle.clone());
            std::thread::spawn(move || {
                let Ok(request) = read(&stream) else { return };
                match fault(&request) {
                    Some(Fault::Refuse) => {
                        let _ = stream.shutdown(std::net::Shutdown::Both);
                    }
                    Some(Fault::ServerError) => {
                        let _ = write(
                            &mut stream,
                            &Response::json(500, r#"{"error":"internal server error"}"#),
                        );
                    }
                    Some(Fault::DoThenDrop) => {
                        let _ = handle(&request);
                        let _ = stream.shutdown(std::net::Shutdown::Both);
                    }
                    Some(Fault::Slow(d)) => {
                        let r = handle(&request);
                        std::thread::sleep(d);
                        let _ = write(&mut stream, &r);
                    }
                    None => {
                        let r = handle(&request);
                        let _ = write(&mut stream, &r);
                    }
                }
            });
        }
    });
    addr
}
