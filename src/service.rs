//! Telling systemd how the kiosk is: `READY=1` once the window is up, then
//! `WATCHDOG=1` from the UI loop while it keeps turning, so a hung kiosk is
//! restarted (a `Type=notify` unit with `WatchdogSec`). Without
//! `NOTIFY_SOCKET` nothing is sent.

use std::io;
use std::os::unix::net::UnixDatagram;
use std::path::PathBuf;

/// Where systemd listens: a socket file, or an abstract name (`@…`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotifySocket {
    /// A path in the file system.
    Path(PathBuf),
    /// A Linux abstract socket name, without the leading `@`.
    Abstract(Vec<u8>),
}

impl NotifySocket {
    /// The socket named by `NOTIFY_SOCKET`, if systemd set one.
    pub fn from_env() -> Option<NotifySocket> {
        let value = std::env::var_os("NOTIFY_SOCKET")?;
        let bytes = value.as_encoded_bytes();
        match bytes.split_first() {
            Some((b'@', name)) => Some(NotifySocket::Abstract(name.to_vec())),
            Some(_) => Some(NotifySocket::Path(PathBuf::from(value))),
            None => None,
        }
    }

    /// Sends one state line, such as `READY=1` or `WATCHDOG=1`.
    pub fn send(&self, state: &str) -> io::Result<()> {
        let socket = UnixDatagram::unbound()?;
        match self {
            NotifySocket::Path(path) => socket.send_to(state.as_bytes(), path)?,
            NotifySocket::Abstract(name) => {
                use std::os::linux::net::SocketAddrExt;
                let addr = std::os::unix::net::SocketAddr::from_abstract_name(name)?;
                socket.send_to_addr(state.as_bytes(), &addr)?
            }
        };
        Ok(())
    }
}
