//! The two ways bytes reach a printer that can answer: a device file (USB or
//! serial) opened non-blocking and waited on with `poll`, or a TCP socket with
//! read and write timeouts. Every wait has a deadline.

use super::{Deadlines, Status, status::QUESTIONS};
use nix::poll::{PollFd, PollFlags, PollTimeout, poll};
use std::fs::File;
use std::io::{self, ErrorKind, Read, Write};
use std::net::{TcpStream, ToSocketAddrs};
use std::os::fd::AsFd;
use std::os::unix::fs::OpenOptionsExt;
use std::path::Path;
use std::time::{Duration, Instant};

/// An open connection to a printer.
pub(super) enum Link {
    /// A device file (or a regular file standing in for one).
    Device { file: File, deadlines: Deadlines },
    /// A raw TCP connection.
    Network {
        stream: TcpStream,
        deadlines: Deadlines,
    },
}

/// Waits until `file` is ready for `flags` or `left` runs out.
fn wait(file: &File, flags: PollFlags, left: Duration) -> io::Result<bool> {
    let ms = left.as_millis().min(u16::MAX as u128) as u16;
    let mut fds = [PollFd::new(file.as_fd(), flags)];
    let ready = poll(&mut fds, PollTimeout::from(ms)).map_err(io::Error::from)?;
    Ok(ready > 0)
}

impl Link {
    /// Opens a device file for reading and writing without blocking; a serial
    /// device is put in raw mode so no byte is translated on the way.
    pub(super) fn device(path: &Path, serial: bool, deadlines: Deadlines) -> io::Result<Link> {
        let file = std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .custom_flags(nix::libc::O_NONBLOCK | nix::libc::O_NOCTTY)
            .open(path)
            .map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", path.display())))?;
        if serial {
            use nix::sys::termios::{SetArg, cfmakeraw, tcgetattr, tcsetattr};
            let mut t = tcgetattr(&file).map_err(io::Error::from)?;
            cfmakeraw(&mut t);
            tcsetattr(&file, SetArg::TCSANOW, &t).map_err(io::Error::from)?;
        }
        Ok(Link::Device { file, deadlines })
    }

    /// Connects to a network printer.
    pub(super) fn network(address: &str, deadlines: Deadlines) -> io::Result<Link> {
        let mut last = io::Error::new(ErrorKind::NotFound, format!("{address}: no such address"));
        for addr in address.to_socket_addrs()? {
            match TcpStream::connect_timeout(&addr, deadlines.connect) {
                Ok(stream) => {
                    stream.set_write_timeout(Some(deadlines.write))?;
                    stream.set_nodelay(true)?;
                    return Ok(Link::Network { stream, deadlines });
                }
                Err(e) => last = io::Error::new(e.kind(), format!("{address}: {e}")),
            }
        }
        Err(last)
    }

    /// Sends every byte, failing if the printer takes nothing for the write
    /// deadline.
    pub(super) fn send(&mut self, mut bytes: &[u8]) -> io::Result<()> {
        match self {
            Link::Network { stream, .. } => {
                stream.write_all(bytes)?;
                stream.flush()
            }
            Link::Device { file, deadlines } => {
                while !bytes.is_empty() {
                    match file.write(bytes) {
                        Ok(0) => return Err(ErrorKind::WriteZero.into()),
                        Ok(n) => bytes = &bytes[n..],
                        Err(e) if e.kind() == ErrorKind::WouldBlock => {
                            if !wait(file, PollFlags::POLLOUT, deadlines.write)? {
                                return Err(io::Error::new(
                                    ErrorKind::TimedOut,
                                    "the printer stopped taking data",
                                ));
                            }
                        }
                        Err(e) if e.kind() == ErrorKind::Interrupted => {}
                        Err(e) => return Err(e),
                    }
                }
                Ok(())
            }
        }
    }

    /// Throws away anything the printer sent that nobody asked for.
    fn drain(&mut self) -> io::Result<()> {
        let mut buf = [0u8; 64];
        match self {
            Link::Network { stream, .. } => {
                stream.set_nonblocking(true)?;
                let result = loop {
                    match stream.read(&mut buf) {
                        Ok(0) => break Err(io::Error::from(ErrorKind::ConnectionAborted)),
                        Ok(_) => {}
                        Err(e) if e.kind() == ErrorKind::WouldBlock => break Ok(()),
                        Err(e) => break Err(e),
                    }
                };
                stream.set_nonblocking(false)?;
                result
            }
            Link::Device { file, .. } => loop {
                match file.read(&mut buf) {
                    Ok(0) => return Ok(()),
                    Ok(_) => {}
                    Err(e) if e.kind() == ErrorKind::WouldBlock => return Ok(()),
                    Err(e) => return Err(e),
                }
            },
        }
    }

    /// Asks one status question (`DLE EOT n`). `Ok(None)` when no answer
    /// comes before the deadline or a device cannot answer at all.
    fn ask(&mut self, n: u8) -> io::Result<Option<u8>> {
        self.drain()?;
        self.send(&[0x10, 0x04, n])?;
        let mut byte = [0u8; 1];
        match self {
            Link::Network { stream, deadlines } => {
                stream.set_read_timeout(Some(deadlines.status))?;
                match stream.read(&mut byte) {
                    Ok(0) => Err(io::Error::new(
                        ErrorKind::ConnectionAborted,
                        "the printer closed the connection",
                    )),
                    Ok(_) => Ok(Some(byte[0])),
                    Err(e) if matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut) => {
                        Ok(None)
                    }
                    Err(e) => Err(e),
                }
            }
            Link::Device { file, deadlines } => {
                let until = Instant::now() + deadlines.status;
                loop {
                    let left = until.saturating_duration_since(Instant::now());
                    if left.is_zero() || !wait(file, PollFlags::POLLIN, left)? {
                        return Ok(None);
                    }
                    match file.read(&mut byte) {
                        // A regular file, or a device with nothing to say.
                        Ok(0) => return Ok(None),
                        Ok(_) => return Ok(Some(byte[0])),
                        Err(e) if e.kind() == ErrorKind::WouldBlock => continue,
                        Err(e) => return Err(e),
                    }
                }
            }
        }
    }

    /// The printer's status, or `Ok(None)` when it does not answer in time.
    pub(super) fn status(&mut self) -> io::Result<Option<Status>> {
        let mut answers = [0u8; 3];
        for (slot, (_, n)) in answers.iter_mut().zip(QUESTIONS) {
            match self.ask(n)? {
                Some(b) => *slot = b,
                None => return Ok(None),
            }
        }
        Ok(Status::from_answers(answers[0], answers[1], answers[2]))
    }
}
