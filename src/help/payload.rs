//! What a help call says, in each webhook format and as a text: terminal,
//! site, screen, service, the resident's language and whether text is
//! enlarged. Never an answer, a name or contact details.
//!
//! - `teams`: `{"type": "message", "attachments": [{"contentType":
//!   "application/vnd.microsoft.card.adaptive", "content": <Adaptive Card
//!   1.4>}]}`, what a Teams "post to a channel when a webhook request is
//!   received" workflow (Power Automate) takes and posts as a card.
//! - `slack`: an incoming webhook's `{"text", "blocks"}`; `text` is the
//!   notification's words, `blocks` a header and the facts as fields.
//! - `json`: the call's fields as one flat object, for anything else.

use super::call::HelpCall;
use crate::config::help::HookFormat;
use serde_json::{Value, json};

/// The English name of a kiosk language, for staff.
pub fn language_in_english(locale: &str) -> &'static str {
    match locale.split('-').next().unwrap_or(locale) {
        "en" => "English",
        "cy" => "Welsh",
        "ar" => "Arabic",
        "bn" => "Bengali",
        "es" => "Spanish",
        "pa" => "Punjabi",
        "pl" => "Polish",
        "pt" => "Portuguese",
        "ro" => "Romanian",
        "uk" => "Ukrainian",
        "ur" => "Urdu",
        _ => "another language",
    }
}

/// The language as staff read it: "Polish (Polski)", or "English".
pub fn language_words(locale: &str) -> String {
    let english = language_in_english(locale);
    let own = crate::i18n::languages()
        .iter()
        .find(|l| l.id == locale)
        .map(|l| l.name.clone());
    match own {
        Some(own) if own != english => format!("{english} ({own})"),
        _ if english == "another language" => format!("language code {locale}"),
        _ => english.to_string(),
    }
}

/// The facts of a call, in order, as (label, value).
pub fn facts(call: &HelpCall) -> Vec<(&'static str, String)> {
    vec![
        ("Terminal", call.terminal.clone()),
        ("Site", call.site.clone()),
        ("Screen", call.screen.clone()),
        (
            "Service",
            call.service
                .clone()
                .unwrap_or_else(|| "none chosen yet".into()),
        ),
        ("Language", language_words(&call.locale)),
        (
            "Large text",
            if call.large_text { "yes" } else { "no" }.to_string(),
        ),
        ("Asked at", call.local_time()),
    ]
}

/// The heading: "Help needed at Demo Library", or a test's.
pub fn heading(call: &HelpCall) -> String {
    if call.test {
        format!("Test help call from {}", call.site)
    } else {
        format!("Help needed at {}", call.site)
    }
}

/// One sentence with everything, for a text or a notification.
pub fn summary(call: &HelpCall) -> String {
    let service = call
        .service
        .as_deref()
        .map(|s| format!(" ({s})"))
        .unwrap_or_default();
    let large = if call.large_text {
        ", with large text"
    } else {
        ""
    };
    let mut s = format!(
        "{}: a resident at terminal {} asked for a member of staff at {}. Screen: {}{service}. Language: {}{large}.",
        heading(call),
        call.terminal,
        call.local_time(),
        call.screen,
        language_words(&call.locale),
    );
    if call.test {
        s.push_str(" This is a test: no one needs to go.");
    }
    s
}

/// The webhook body in `format`.
pub fn webhook_body(call: &HelpCall, format: HookFormat) -> Value {
    match format {
        HookFormat::Teams => teams(call),
        HookFormat::Slack => slack(call),
        HookFormat::Json => plain(call),
    }
}

fn teams(call: &HelpCall) -> Value {
    let mut body = vec![
        json!({"type": "TextBlock", "text": heading(call), "weight": "Bolder", "size": "Medium", "wrap": true}),
        json!({"type": "TextBlock", "text": format!("A resident at terminal {} asked for a member of staff.", call.terminal), "wrap": true}),
        json!({"type": "FactSet", "facts": facts(call).into_iter().map(|(t, v)| json!({"title": t, "value": v})).collect::<Vec<_>>()}),
    ];
    if call.test {
        body.push(json!({"type": "TextBlock", "text": "This is a test: no one needs to go.", "color": "Attention", "wrap": true}));
    }
    json!({
        "type": "message",
        "summary": summary(call),
        "attachments": [{
            "contentType": "application/vnd.microsoft.card.adaptive",
            "contentUrl": null,
            "content": {
                "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
                "type": "AdaptiveCard",
                "version": "1.4",
                "body": body,
            }
        }]
    })
}

/// Slack's mrkdwn needs &, < and > escaped.
fn slack_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

fn slack(call: &HelpCall) -> Value {
    let fields: Vec<Value> = facts(call)
        .into_iter()
        .map(|(t, v)| json!({"type": "mrkdwn", "text": format!("*{t}*\n{}", slack_escape(&v))}))
        .collect();
    let mut blocks = vec![
        json!({"type": "header", "text": {"type": "plain_text", "text": heading(call)}}),
        json!({"type": "section", "fields": fields}),
    ];
    if call.test {
        blocks.push(json!({"type": "context", "elements": [{"type": "mrkdwn", "text": "This is a test: no one needs to go."}]}));
    }
    json!({ "text": slack_escape(&summary(call)), "blocks": blocks })
}

fn plain(call: &HelpCall) -> Value {
    json!({
        "type": "frontdoor.help_call",
        "id": call.id,
        "test": call.test,
        "terminal": call.terminal,
        "site": call.site,
        "screen": call.screen,
        "service": call.service,
        "service_code": call.service_code,
        "language": call.locale,
        "language_name": language_words(&call.locale),
        "large_text": call.large_text,
        "made_at": call.made_at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        "summary": summary(call),
    })
}

/// The personalisation of the `help_sms` template.
pub fn sms_fields(call: &HelpCall) -> std::collections::BTreeMap<String, String> {
    let mut f = std::collections::BTreeMap::new();
    for (k, v) in [
        ("terminal", call.terminal.clone()),
        ("site", call.site.clone()),
        ("screen", call.screen.clone()),
        ("service", call.service.clone().unwrap_or_default()),
        ("language", language_words(&call.locale)),
        (
            "large_text",
            if call.large_text { "yes" } else { "no" }.into(),
        ),
        ("time", call.local_time()),
        ("message", summary(call)),
    ] {
        f.insert(k.to_string(), v);
    }
    f
}
