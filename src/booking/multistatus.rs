//! The WebDAV `multistatus` answer to a CalDAV `calendar-query` (RFC 4918
//! §13, RFC 4791 §7.8): one `response` per event, with its `href` and, when
//! asked for, its `calendar-data`.
//!
//! Read with `quick-xml`'s namespace-aware reader rather than by splitting
//! on `<`: elements are matched by namespace and local name, so `D:href`,
//! `d:href` and an unprefixed `href` under `xmlns="DAV:"` are all the same
//! element and an `href` from another namespace is not; text is unescaped
//! (`&amp;`, `&lt;`, `&#13;`) and CDATA sections are taken as they are, as
//! servers differ in which they use for calendar data.

use quick_xml::events::Event;
use quick_xml::name::{Namespace, ResolveResult};
use quick_xml::reader::NsReader;

const DAV: &[u8] = b"DAV:";
const CALDAV: &[u8] = b"urn:ietf:params:xml:ns:caldav";

/// One `response` in a multistatus answer.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Response {
    /// The resource's `href`, as sent (percent-encoding left in).
    pub href: String,
    /// Its `calendar-data`, unescaped, from a `propstat` whose status is
    /// 200; `None` when the server sent none.
    pub calendar_data: Option<String>,
}

/// Why a multistatus answer could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MultistatusError {
    /// Not well-formed XML.
    #[error("the diary server's answer is not well-formed XML: {0}")]
    Xml(String),
    /// XML, but not a WebDAV multistatus.
    #[error("the diary server's answer is not a WebDAV multistatus")]
    NotMultistatus,
}

/// Which element we are inside, as far as the answer's shape matters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tag {
    Multistatus,
    Response,
    Href,
    Propstat,
    Status,
    CalendarData,
    Other,
}

fn tag(ns: &ResolveResult<'_>, local: &[u8]) -> Tag {
    let dav = matches!(ns, ResolveResult::Bound(Namespace(n)) if *n == DAV);
    let caldav = matches!(ns, ResolveResult::Bound(Namespace(n)) if *n == CALDAV);
    match local {
        b"multistatus" if dav => Tag::Multistatus,
        b"response" if dav => Tag::Response,
        b"href" if dav => Tag::Href,
        b"propstat" if dav => Tag::Propstat,
        b"status" if dav => Tag::Status,
        b"calendar-data" if caldav => Tag::CalendarData,
        _ => Tag::Other,
    }
}

/// A response being read.
#[derive(Default)]
struct Partial {
    href: String,
    data: Option<String>,
    /// The current propstat's calendar data and status.
    stat_data: Option<String>,
    stat_ok: bool,
}

/// Every `response` in `xml`, in order.
pub fn parse(xml: &str) -> Result<Vec<Response>, MultistatusError> {
    let mut reader = NsReader::from_str(xml);
    let mut stack: Vec<Tag> = Vec::new();
    let mut out = Vec::new();
    let mut current: Option<Partial> = None;
    let mut text = String::new();
    let mut seen_root = false;
    loop {
        let (ns, event) = reader.read_resolved_event().map_err(|e| bad(&e))?;
        match event {
            Event::Start(e) => {
                let t = tag(&ns, e.local_name().as_ref());
                if stack.is_empty() {
                    if t != Tag::Multistatus {
                        return Err(MultistatusError::NotMultistatus);
                    }
                    seen_root = true;
                }
                match t {
                    Tag::Response => current = Some(Partial::default()),
                    Tag::Propstat => {
                        if let Some(p) = current.as_mut() {
                            p.stat_data = None;
                            p.stat_ok = false;
                        }
                    }
                    _ => {}
                }
                text.clear();
                stack.push(t);
            }
            Event::Empty(e) if stack.is_empty() => {
                // `<multistatus/>`: nothing matched.
                return match tag(&ns, e.local_name().as_ref()) {
                    Tag::Multistatus => Ok(Vec::new()),
                    _ => Err(MultistatusError::NotMultistatus),
                };
            }
            Event::Text(e) => {
                let t = e.xml10_content().map_err(|e| bad(&e))?;
                text.push_str(&t);
            }
            Event::CData(e) => {
                let t = e.decode().map_err(|e| bad(&e))?;
                text.push_str(&t);
            }
            Event::GeneralRef(e) => entity(&e, &mut text)?,
            Event::End(_) => {
                let t = stack.pop().unwrap_or(Tag::Other);
                close(t, &stack, &mut current, &mut text, &mut out);
                text.clear();
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if !seen_root {
        return Err(MultistatusError::NotMultistatus);
    }
    if !stack.is_empty() {
        return Err(MultistatusError::Xml("the answer ends part way".into()));
    }
    Ok(out)
}

/// XML the reader could not read, in its words.
fn bad(e: &dyn std::fmt::Display) -> MultistatusError {
    MultistatusError::Xml(e.to_string())
}

/// An entity or character reference, resolved onto the end of `text`.
fn entity(e: &quick_xml::events::BytesRef<'_>, text: &mut String) -> Result<(), MultistatusError> {
    let name = e.decode().map_err(|e| bad(&e))?;
    match e.resolve_char_ref().map_err(|e| bad(&e))? {
        Some(c) => text.push(c),
        None => match quick_xml::escape::resolve_predefined_entity(&name) {
            Some(s) => text.push_str(s),
            None => {
                return Err(MultistatusError::Xml(format!("unknown entity &{name};")));
            }
        },
    }
    Ok(())
}

/// An element `t` ended, inside `stack`: what it held goes into the
/// response being read, and a finished response onto `out`.
fn close(
    t: Tag,
    stack: &[Tag],
    current: &mut Option<Partial>,
    text: &mut String,
    out: &mut Vec<Response>,
) {
    let in_response = stack.contains(&Tag::Response);
    match (t, current.as_mut()) {
        (Tag::Href, Some(p)) if stack.last() == Some(&Tag::Response) => {
            p.href = text.trim().to_string();
        }
        (Tag::Status, Some(p)) if stack.last() == Some(&Tag::Propstat) => {
            p.stat_ok = status_ok(text);
        }
        (Tag::CalendarData, Some(p)) if in_response => {
            p.stat_data = Some(std::mem::take(text));
        }
        (Tag::Propstat, Some(p)) if p.stat_ok && p.stat_data.is_some() => {
            p.data = p.stat_data.take();
        }
        (Tag::Response, Some(_)) => {
            if let Some(p) = current.take() {
                out.push(Response {
                    href: p.href,
                    calendar_data: p.data,
                });
            }
        }
        _ => {}
    }
}

/// Whether a status line (`HTTP/1.1 200 OK`) says 2xx.
fn status_ok(line: &str) -> bool {
    line.split_whitespace()
        .nth(1)
        .is_some_and(|code| code.len() == 3 && code.starts_with('2'))
}

#[cfg(test)]
mod tests {
    use super::*;

    const EVENT: &str =
        "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:A & B <C>\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

    #[test]
    fn prefixes_d_lower_d_and_none_are_all_dav() {
        for xml in [
            r#"<D:multistatus xmlns:D="DAV:"><D:response><D:href>/h/a.ics</D:href></D:response></D:multistatus>"#,
            r#"<d:multistatus xmlns:d="DAV:"><d:response><d:href>/h/a.ics</d:href></d:response></d:multistatus>"#,
            r#"<multistatus xmlns="DAV:"><response><href>
                 /h/a.ics
               </href></response></multistatus>"#,
            r#"<?xml version="1.0"?><x:multistatus xmlns:x="DAV:"><x:response xmlns:y="DAV:"><y:href>/h/a.ics</y:href></x:response></x:multistatus>"#,
        ] {
            let r = parse(xml).unwrap_or_else(|e| panic!("{e}: {xml}"));
            assert_eq!(r.len(), 1, "{xml}");
            assert_eq!(r[0].href, "/h/a.ics", "{xml}");
        }
    }

    #[test]
    fn an_href_in_another_namespace_is_not_an_href() {
        let xml = r#"<D:multistatus xmlns:D="DAV:" xmlns:X="urn:other"><D:response><X:href>/wrong.ics</X:href><D:href>/right.ics</D:href></D:response></D:multistatus>"#;
        assert_eq!(parse(xml).expect("xml")[0].href, "/right.ics");
        // The old reader took any tag ending in "href".
        let only_other = r#"<D:multistatus xmlns:D="DAV:" xmlns:X="urn:other"><D:response><X:href>/wrong.ics</X:href></D:response></D:multistatus>"#;
        assert_eq!(parse(only_other).expect("xml")[0].href, "");
    }

    #[test]
    fn calendar_data_with_entities_or_cdata_comes_out_as_the_server_stored_it() {
        let escaped = "<multistatus xmlns=\"DAV:\" xmlns:C=\"urn:ietf:params:xml:ns:caldav\">\
            <response><href>/h/a.ics</href><propstat><prop><getetag>\"1\"</getetag>\
            <C:calendar-data>BEGIN:VCALENDAR&#13;\nBEGIN:VEVENT&#13;\nSUMMARY:A &amp; B &lt;C&gt;&#13;\nEND:VEVENT&#13;\nEND:VCALENDAR&#13;\n</C:calendar-data>\
            </prop><status>HTTP/1.1 200 OK</status></propstat></response></multistatus>";
        let cdata = format!(
            "<D:multistatus xmlns:D=\"DAV:\" xmlns:cal=\"urn:ietf:params:xml:ns:caldav\">\
            <D:response><D:href>/h/a.ics</D:href><D:propstat><D:prop>\
            <cal:calendar-data><![CDATA[{EVENT}]]></cal:calendar-data>\
            </D:prop><D:status>HTTP/1.1 200 OK</D:status></D:propstat></D:response></D:multistatus>"
        );
        for xml in [escaped, cdata.as_str()] {
            let r = parse(xml).unwrap_or_else(|e| panic!("{e}: {xml}"));
            assert_eq!(r[0].calendar_data.as_deref(), Some(EVENT), "{xml}");
        }
    }

    #[test]
    fn data_in_a_failed_propstat_is_not_taken() {
        let xml = r#"<D:multistatus xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav"><D:response><D:href>/a.ics</D:href>
            <D:propstat><D:prop><C:calendar-data>junk</C:calendar-data></D:prop><D:status>HTTP/1.1 404 Not Found</D:status></D:propstat>
            </D:response></D:multistatus>"#;
        assert_eq!(parse(xml).expect("xml")[0].calendar_data, None);
    }

    #[test]
    fn empty_and_wrong_answers() {
        assert_eq!(parse(r#"<D:multistatus xmlns:D="DAV:"/>"#), Ok(Vec::new()));
        assert_eq!(
            parse(r#"<D:multistatus xmlns:D="DAV:"></D:multistatus>"#),
            Ok(Vec::new())
        );
        for bad in [
            "",
            "<html><body>Bad gateway</body></html>",
            r#"<multistatus>no namespace</multistatus>"#,
        ] {
            assert_eq!(parse(bad), Err(MultistatusError::NotMultistatus), "{bad}");
        }
        for broken in [
            r#"<D:multistatus xmlns:D="DAV:"><D:response>"#,
            r#"<D:multistatus xmlns:D="DAV:"><D:response><D:href>a &nbsp; b</D:href></D:response></D:multistatus>"#,
            r#"<D:multistatus xmlns:D="DAV:"><D:response></D:href></D:multistatus>"#,
        ] {
            let e = parse(broken).expect_err(broken);
            assert!(matches!(e, MultistatusError::Xml(_)), "{e:?}");
            assert!(!e.to_string().is_empty());
        }
    }
}
