//! A network receipt printer on loopback (raw TCP, like port 9100) that
//! answers `DLE EOT` status questions as an Epson printer would, in a state
//! the test chooses: ready, paper low, out of paper, cover open, offline with
//! an error, silent, or hanging up part way through a receipt.

use std::io::{Read, Write};
use std::net::{Shutdown, TcpListener};
use std::sync::{Arc, Mutex};

/// How the emulated printer behaves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    Ready,
    PaperLow,
    PaperOut,
    CoverOpen,
    Offline,
    /// Takes bytes, never answers a status question.
    Silent,
    /// Answers as ready, then closes the connection after this many bytes.
    HangUpAfter(usize),
}

impl State {
    /// The answer to `DLE EOT n`.
    pub fn answer(self, n: u8) -> Option<u8> {
        let (printer, cause, paper) = match self {
            State::Ready | State::HangUpAfter(_) => (0x12, 0x12, 0x12),
            State::PaperLow => (0x12, 0x12, 0x1e),
            State::PaperOut => (0x1a, 0x32, 0x72),
            State::CoverOpen => (0x1a, 0x16, 0x12),
            State::Offline => (0x1a, 0x52, 0x12),
            State::Silent => return None,
        };
        match n {
            1 => Some(printer),
            2 => Some(cause),
            4 => Some(paper),
            _ => None,
        }
    }
}

pub struct Emulator {
    pub address: String,
    received: Arc<Mutex<Vec<u8>>>,
}

impl Emulator {
    pub fn start(state: State) -> Emulator {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let address = listener.local_addr().unwrap().to_string();
        let received = Arc::new(Mutex::new(Vec::new()));
        let store = received.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(mut stream) = stream else { return };
                let store = store.clone();
                std::thread::spawn(move || serve(&mut stream, state, &store));
            }
        });
        Emulator { address, received }
    }

    /// Every byte received on every connection, status questions included.
    pub fn received(&self) -> Vec<u8> {
        self.received.lock().unwrap().clone()
    }
}

/// Answers the connection until the client or the state ends it.
pub fn serve<S: Read + Write + ShutdownExt>(stream: &mut S, state: State, store: &Mutex<Vec<u8>>) {
    let mut buf = [0u8; 4096];
    let mut total = 0usize;
    // The last two bytes of the previous read, so a question split across
    // reads is still heard.
    let mut tail: Vec<u8> = Vec::new();
    loop {
        let n = match stream.read(&mut buf) {
            Ok(0) | Err(_) => return,
            Ok(n) => n,
        };
        let mut chunk = &buf[..n];
        if let State::HangUpAfter(limit) = state
            && total + n >= limit
        {
            chunk = &chunk[..limit - total];
            store.lock().unwrap().extend_from_slice(chunk);
            stream.hang_up();
            return;
        }
        total += n;
        store.lock().unwrap().extend_from_slice(chunk);
        let mut seen = std::mem::take(&mut tail);
        seen.extend_from_slice(chunk);
        for w in seen.windows(3) {
            if w[0] == 0x10
                && w[1] == 0x04
                && let Some(a) = state.answer(w[2])
            {
                let _ = stream.write_all(&[a]);
            }
        }
        // Keep only the start of a question the next read may complete.
        tail = match seen[seen.len().saturating_sub(2)..] {
            [0x10, 0x04] => vec![0x10, 0x04],
            [_, 0x10] | [0x10] => vec![0x10],
            _ => Vec::new(),
        };
    }
}

/// Closing the link from the printer's side.
pub trait ShutdownExt {
    fn hang_up(&mut self);
}

impl ShutdownExt for std::net::TcpStream {
    fn hang_up(&mut self) {
        let _ = self.shutdown(Shutdown::Both);
    }
}

impl ShutdownExt for std::fs::File {
    fn hang_up(&mut self) {}
}

/// The receipt in what a printer received: the status questions before and
/// after it taken off.
pub fn receipt_part(mut bytes: &[u8]) -> &[u8] {
    while let [0x10, 0x04, _, rest @ ..] = bytes {
        bytes = rest;
    }
    while let [rest @ .., 0x10, 0x04, _] = bytes {
        bytes = rest;
    }
    bytes
}
