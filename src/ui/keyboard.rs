//! The on-screen keyboard for touch users: letters, email, postcode, number
//! and phone layouts. It sits in the page below the field and the Continue
//! button, so it never covers what is being typed.

use super::{Ctx, Kind};
use crate::journey::FieldKind;
use iced::widget::{column, row};
use iced::{Element, Length};

/// What the keyboard's keys do.
#[derive(Debug, Clone)]
pub struct Keys<M> {
    /// Types the key's text.
    pub on_text: fn(String) -> M,
    /// Deletes one character.
    pub backspace: M,
    /// Empties the field.
    pub clear: M,
    /// Switches capitals on or off.
    pub shift: M,
}

/// The rows of character keys for a field.
pub fn layout(kind: FieldKind, capitals: bool) -> Vec<Vec<String>> {
    let rows: &[&str] = match kind {
        FieldKind::Number => &["123", "456", "789", "0.-"],
        FieldKind::Phone => &["123", "456", "789", "+0 "],
        FieldKind::Postcode => &["1234567890", "QWERTYUIOP", "ASDFGHJKL", "ZXCVBNM"],
        FieldKind::Email => &["1234567890", "qwertyuiop", "asdfghjkl@", "zxcvbnm._-"],
        FieldKind::Line | FieldKind::Lines => {
            &["1234567890", "qwertyuiop", "asdfghjkl'", "zxcvbnm,.-"]
        }
    };
    rows.iter()
        .map(|r| {
            r.chars()
                .map(|c| {
                    if capitals && matches!(kind, FieldKind::Line | FieldKind::Lines) {
                        c.to_uppercase().to_string()
                    } else {
                        c.to_string()
                    }
                })
                .collect()
        })
        .collect()
}

/// Draws the keyboard for a field.
pub fn view<M: Clone + 'static>(
    ctx: &Ctx<'_, M>,
    kind: FieldKind,
    capitals: bool,
    keys: &Keys<M>,
) -> Element<'static, M> {
    let key_width = ctx.key_px(if matches!(kind, FieldKind::Number | FieldKind::Phone) {
        96.0
    } else {
        62.0
    });
    let key = |label: String, action: M| -> Element<'static, M> {
        iced::widget::container(ctx.button(label, action, Kind::Key))
            .width(Length::Fixed(key_width))
            .into()
    };
    let mut rows: Vec<Element<'static, M>> = Vec::new();
    for r in layout(kind, capitals) {
        let cells: Vec<Element<'static, M>> = r
            .into_iter()
            .map(|c| {
                let label = if c == " " {
                    ctx.t("key-space")
                } else {
                    c.clone()
                };
                key(label, (keys.on_text)(c))
            })
            .collect();
        rows.push(row(cells).spacing(ctx.key_px(8.0)).into());
    }
    // Wide keys span whole key widths so the grid stays even.
    let gap = ctx.key_px(8.0);
    let wide = |label: String, action: M, span: f32| -> Element<'static, M> {
        iced::widget::container(ctx.button(label, action, Kind::Key))
            .width(Length::Fixed(key_width * span + gap * (span - 1.0)))
            .into()
    };
    let mut bottom: Vec<Element<'static, M>> = Vec::new();
    match kind {
        FieldKind::Line | FieldKind::Lines => {
            let label = if capitals {
                ctx.t("key-lower-case")
            } else {
                ctx.t("key-capitals")
            };
            bottom.push(wide(label, keys.shift.clone(), 2.0));
            bottom.push(wide(ctx.t("key-space"), (keys.on_text)(" ".into()), 4.0));
        }
        FieldKind::Email => {
            bottom.push(wide(".co.uk".into(), (keys.on_text)(".co.uk".into()), 2.0));
            bottom.push(wide(".com".into(), (keys.on_text)(".com".into()), 2.0));
            bottom.push(wide(
                "@gmail.com".into(),
                (keys.on_text)("@gmail.com".into()),
                2.0,
            ));
        }
        FieldKind::Postcode => {
            bottom.push(wide(ctx.t("key-space"), (keys.on_text)(" ".into()), 4.0));
        }
        FieldKind::Number | FieldKind::Phone => {}
    }
    let small = matches!(kind, FieldKind::Number | FieldKind::Phone);
    let span = if small { 1.5 } else { 2.0 };
    bottom.push(wide(ctx.t("key-delete"), keys.backspace.clone(), span));
    bottom.push(wide(ctx.t("key-clear"), keys.clear.clone(), span));
    rows.push(row(bottom).spacing(gap).into());
    column(rows).spacing(gap).into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layouts_only_offer_what_the_field_takes() {
        for kind in [
            FieldKind::Number,
            FieldKind::Phone,
            FieldKind::Postcode,
            FieldKind::Email,
            FieldKind::Line,
        ] {
            for key in layout(kind, false).concat() {
                assert!(
                    key.chars().all(|c| kind.accepts(c)),
                    "{kind:?} offers {key}"
                );
            }
        }
        assert!(
            layout(FieldKind::Email, false)
                .concat()
                .contains(&"@".to_string())
        );
        assert_eq!(layout(FieldKind::Line, true)[1][0], "Q");
    }
}
