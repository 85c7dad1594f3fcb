//! Pieces more than one screen draws: rows of blocks, big tiles, rules,
//! the text field, the error box, big choices, the language buttons and the
//! satisfaction rating. Each is generic over the screen's own message type.

use crate::i18n;
use crate::outbox::Rating;
use crate::ui::{self, Ctx, Kind, TextSize};
use iced::widget::{Space, column, container, text};
use iced::{Alignment, Background, Border, Element, Length};

/// An element of a screen with messages `M`.
pub type El<M> = Element<'static, M>;

/// What typing does to the page's field. Keys of the on-screen keyboard and
/// of a physical keyboard both arrive as these.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// Type this text.
    Type(String),
    /// Delete the last character.
    Backspace,
    /// Empty the field.
    Clear,
    /// The field was touched or activated.
    Focus,
}

/// Lays blocks out in rows of `per_row`, each filling its share (half as
/// many to a row at the largest text size).
pub fn wrap<M: Clone + 'static>(ctx: &Ctx<'_, M>, items: Vec<El<M>>, per_row: usize) -> El<M> {
    let per_row = if ctx.size == TextSize::Largest {
        per_row.div_ceil(2).max(1)
    } else {
        per_row
    };
    grid(ctx, items, per_row)
}

/// Lays blocks out in rows of exactly `per_row`, each filling its share.
pub fn grid<M: Clone + 'static>(ctx: &Ctx<'_, M>, items: Vec<El<M>>, per_row: usize) -> El<M> {
    let per_row = per_row.max(1);
    let mut rows: Vec<El<M>> = Vec::new();
    let mut items = items.into_iter().peekable();
    while items.peek().is_some() {
        let mut cells: Vec<El<M>> = Vec::new();
        for _ in 0..per_row {
            match items.next() {
                Some(item) => cells.push(container(item).width(Length::Fill).into()),
                None => cells.push(Space::new().width(Length::Fill).into()),
            }
        }
        rows.push(ctx.row(cells).spacing(ctx.px(14.0)).into());
    }
    column(rows).spacing(ctx.px(14.0)).into()
}

/// A big tile: its title, and a line under it when there is one; the
/// title is what speech says for it.
pub fn tile<M: Clone + 'static>(
    ctx: &Ctx<'_, M>,
    title: String,
    detail: Option<String>,
    message: M,
) -> El<M> {
    let mut label = column![ctx.subheading(title.clone())]
        .spacing(ctx.px(4.0))
        .align_x(ctx.start())
        .width(Length::Fill);
    if let Some(detail) = detail {
        label = label.push(ctx.body(detail));
    }
    ctx.button_with(label.into(), title, message, Kind::Secondary)
}

/// A thin line across the column, between a page's sections.
pub fn rule<M: 'static>(ctx: &Ctx<'_, M>) -> El<M> {
    let p = ctx.palette;
    container(Space::new())
        .width(Length::Fill)
        .height(2.0)
        .style(ui::panel(p.neutral, p.neutral))
        .into()
}

/// The text field: shows what was typed, with a caret when focused.
/// `on_focus` is the screen's message for touching it.
pub fn field<M: Clone + 'static>(
    ctx: &Ctx<'_, M>,
    value: &str,
    multiline: bool,
    error: bool,
    on_focus: M,
) -> El<M> {
    let p = ctx.palette;
    // The field's own words are not read out: it may hold personal
    // details, and staff PIN entry is masked.
    let focused = ctx.register(on_focus.clone(), &ctx.t("speech-field"));
    // What was typed reads in its own direction: Arabic or Urdu from the
    // right (the caret at its left end), a postcode or a phone number from
    // the left, even on an Arabic screen.
    let rtl = match value.chars().find(|c| c.is_alphabetic()) {
        Some(c) => i18n::is_rtl_char(c),
        // Digits alone (a phone number, an amount) read left to right.
        None if value.chars().any(|c| c.is_ascii_digit()) => false,
        None => ctx.rtl,
    };
    let shown = if focused {
        format!("{value}|")
    } else {
        value.to_string()
    };
    let edge = if error {
        p.error
    } else if focused {
        p.text
    } else {
        p.border
    };
    let width = if focused || error { 5.0 } else { 3.0 };
    let height = if multiline {
        ctx.px(120.0)
    } else {
        ctx.px(64.0)
    };
    let inner = container(
        text(shown)
            .size(ctx.px(26.0))
            .font(ui::BODY)
            .shaping(text::Shaping::Advanced)
            .wrapping(text::Wrapping::WordOrGlyph),
    )
    .padding(ctx.px(12.0))
    .width(Length::Fill)
    .height(height)
    .align_x(if rtl {
        Alignment::End
    } else {
        Alignment::Start
    })
    .style(move |_: &iced::Theme| container::Style {
        text_color: Some(p.text),
        background: Some(Background::Color(if focused {
            p.field_focus
        } else {
            p.background
        })),
        border: Border {
            color: edge,
            width,
            radius: 0.0.into(),
        },
        ..container::Style::default()
    });
    let touch = iced::widget::mouse_area(inner).on_press(on_focus);
    if focused {
        container(touch).id(ui::scroll::FOCUSED).into()
    } else {
        touch.into()
    }
}

/// "There is a problem" and what to do, in a red box at the top of a page.
/// Each line is read aloud when it appears.
pub fn error_box<M: Clone + 'static>(ctx: &Ctx<'_, M>, messages: &str) -> El<M> {
    let p = ctx.palette;
    let mut items = column![ctx.subheading(ctx.t("error-summary"))]
        .spacing(ctx.px(8.0))
        .align_x(ctx.start());
    for message in messages.lines() {
        ctx.alert(message);
        items = items.push(ctx.body(message.to_string()).color(p.error).font(ui::BOLD));
    }
    // On the reading side: right-aligned in Arabic and Urdu.
    container(items)
        .padding(ctx.px(20.0))
        .width(Length::Fill)
        .align_x(ctx.start())
        .style(ui::boxed(p, p.error, p.background))
        .into()
}

/// Words in a tinted box, for what the resident should notice.
pub fn inset<M: Clone + 'static>(ctx: &Ctx<'_, M>, content: El<M>) -> El<M> {
    let p = ctx.palette;
    container(content)
        .padding(ctx.px(20.0))
        .width(Length::Fill)
        .align_x(ctx.start())
        .style(ui::boxed(p, p.selected, p.inset))
        .into()
}

/// A bold label over its value, as on check pages.
pub fn labelled<M: Clone + 'static>(ctx: &Ctx<'_, M>, label: String, value: String) -> El<M> {
    column![ctx.body(label).font(ui::BOLD), ctx.body(value)]
        .spacing(ctx.px(2.0))
        .align_x(ctx.start())
        .into()
}

/// A big choice: a round mark for one-of, a square for many, and the label.
pub fn choice<M: Clone + 'static>(
    ctx: &Ctx<'_, M>,
    label: &str,
    selected: bool,
    square: bool,
    action: M,
) -> El<M> {
    let mark_size = ctx.px(30.0);
    let radius = if square { 3.0 } else { mark_size / 2.0 };
    let (ink, paper) = (ctx.palette.border, ctx.palette.mark);
    let mark = container(
        container(Space::new())
            .width(mark_size * 0.5)
            .height(mark_size * 0.5)
            .style(move |_: &iced::Theme| container::Style {
                background: selected.then_some(Background::Color(paper)),
                border: Border {
                    radius: (if square { 1.0 } else { mark_size / 4.0 }).into(),
                    ..Border::default()
                },
                ..container::Style::default()
            }),
    )
    .center(mark_size)
    .style(move |_: &iced::Theme| container::Style {
        background: Some(Background::Color(if selected { ink } else { paper })),
        border: Border {
            color: ink,
            width: 3.0,
            radius: radius.into(),
        },
        ..container::Style::default()
    });
    let content = ctx
        .row(vec![
            mark.into(),
            ctx.fill_text(
                text(label.to_string())
                    .size(ctx.px(24.0))
                    .font(ui::BODY)
                    .shaping(text::Shaping::Advanced),
            ),
        ])
        .spacing(ctx.px(16.0))
        .align_y(Alignment::Center)
        .width(Length::Fill);
    ctx.button_with(content.into(), label, action, Kind::Choice { selected })
}

/// A button for each shipped language, named in its own language,
/// `per_row` to a row (fewer at the largest text size).
pub fn language_choices<M: Clone + 'static>(
    ctx: &Ctx<'_, M>,
    current: &str,
    per_row: usize,
    choose: fn(String) -> M,
) -> El<M> {
    let languages: Vec<El<M>> = i18n::languages()
        .iter()
        .map(|l| {
            // Language names are short: they keep to a size that lets every
            // language fit on one screen, even at the largest text.
            let name = text(l.name.clone())
                .size(ctx.key_px(26.0))
                .font(ui::BODY)
                .shaping(text::Shaping::Advanced);
            ctx.button_with(
                name.into(),
                l.name.clone(),
                choose(l.id.to_string()),
                Kind::Choice {
                    selected: l.id == current,
                },
            )
        })
        .collect();
    // Language names keep their size at every text size, so the picker
    // keeps most of its columns: three at the largest, to stay on screen.
    let per_row = if ctx.size == TextSize::Largest {
        per_row.min(3)
    } else {
        per_row
    };
    grid(ctx, languages, per_row)
}

/// The one-tap satisfaction rating, or thanks once given: five buttons of
/// the same size in a column, each its whole words on one line, from very
/// good to very poor in reading order.
pub fn rating<M: Clone + 'static>(
    ctx: &Ctx<'_, M>,
    rated: Option<Rating>,
    rate: fn(Rating) -> M,
) -> El<M> {
    if rated.is_some() {
        return ctx.subheading(ctx.t("rating-thanks")).into();
    }
    let buttons: Vec<El<M>> = Rating::ALL
        .iter()
        .map(|&r| {
            ctx.button(
                ctx.t(r.message_id()),
                rate(r),
                Kind::Choice { selected: false },
            )
        })
        .collect();
    column![
        ctx.subheading(ctx.t("rating-question")),
        column(buttons)
            .spacing(ctx.px(10.0))
            .max_width(ctx.px(520.0))
    ]
    .spacing(ctx.px(12.0))
    .align_x(ctx.start())
    .into()
}

/// "Tuesday 24 November 2026 at 10:00" in the resident's language.
pub fn when(locale: &str, at: chrono::NaiveDateTime) -> String {
    i18n::t_args(
        locale,
        "receipt-date-time",
        &[
            ("date", i18n::long_date(locale, at.date()).into()),
            ("time", at.format("%H:%M").to_string().into()),
        ],
    )
}

/// Words in a tinted box, for what the resident should notice.
pub fn note<M: Clone + 'static>(ctx: &Ctx<'_, M>, words: String) -> El<M> {
    let p = ctx.palette;
    container(ctx.body(words))
        .padding(ctx.px(16.0))
        .width(iced::Length::Fill)
        .align_x(ctx.start())
        .style(ui::boxed(p, p.selected, p.inset))
        .into()
}
